package org.mapbot.hubspot;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Slips;
import org.mapbot.plan.domain.Step;

/**
 * What MAP Bot writes to a linked deal, in the group {@value #GROUP}: the plan as its seller sees it. HubSpot is the
 * seller's own system, so internal steps count like any other (cancelled steps do not: they are no longer work).
 */
final class DealProperties {
    static final String GROUP = "mapbot";
    static final String GROUP_LABEL = "MAP Bot";
    static final String PROGRESS = "mapbot_progress";
    static final String NEXT_STEP = "mapbot_next_step";
    static final String NEXT_STEP_DATE = "mapbot_next_step_date";
    static final String TARGET_DATE = "mapbot_target_date";
    static final String PROJECTED_FINISH = "mapbot_projected_finish";
    static final String SLIPS = "mapbot_slips";
    static final String SLIP_DAYS = "mapbot_slip_days";
    static final String COMMITMENT = "mapbot_commitment";

    static final List<DealProperty> ALL = List.of(
            DealProperty.number(PROGRESS, "Plan progress (%)", "Done steps of all steps of the mutual action plan, in per cent"),
            DealProperty.text(NEXT_STEP, "Next plan step", "The open step of the mutual action plan that is due first"),
            DealProperty.date(NEXT_STEP_DATE, "Next plan step date", "When the next plan step is due"),
            DealProperty.date(TARGET_DATE, "Plan target date", "The close or go-live date the plan works towards"),
            DealProperty.date(PROJECTED_FINISH, "Plan projected finish", "When the plan will probably finish, given its slips so far"),
            DealProperty.number(SLIPS, "Plan slips", "How often a step's due date moved later"),
            DealProperty.number(SLIP_DAYS, "Plan slip days", "By how many days due dates moved later in all"),
            DealProperty.choice(COMMITMENT, "Plan commitment", "Whether both organisations agreed the plan as it stands", List.of(
                    new DealProperty.Option("not_proposed", "Not proposed"),
                    new DealProperty.Option("proposed", "Proposed, not agreed"),
                    new DealProperty.Option("agreed", "Agreed by both"),
                    new DealProperty.Option("changed_since_agreement", "Changed since agreement"))));

    private DealProperties() {
    }

    /** The property values for the plan as it stands; an empty string clears a property in HubSpot. */
    static Map<String, String> of(PlanView view) {
        Map<String, String> values = new LinkedHashMap<>();
        int counted = view.countedSteps();
        values.put(PROGRESS, Integer.toString(counted == 0 ? 0 : Math.round(100f * view.doneCount() / counted)));
        Optional<Step> next = next(view.steps());
        values.put(NEXT_STEP, next.map(Step::title).orElse(""));
        values.put(NEXT_STEP_DATE, next.map(Step::dueDate).map(LocalDate::toString).orElse(""));
        values.put(TARGET_DATE, date(view.plan().targetDate()));
        values.put(PROJECTED_FINISH, date(view.projectedFinish()));
        Slips slips = view.slips();
        values.put(SLIPS, Integer.toString(slips.count()));
        values.put(SLIP_DAYS, Integer.toString(slips.days()));
        values.put(COMMITMENT, commitment(view.commitment().state()));
        return values;
    }

    /** The open step due first; undated open steps come after dated ones, in plan order. */
    static Optional<Step> next(List<Step> steps) {
        return steps.stream().filter(Step::isOpen)
                .min(Comparator.comparing(Step::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private static String commitment(Commitment.State state) {
        return switch (state) {
            case NOT_PROPOSED -> "not_proposed";
            case PROPOSED -> "proposed";
            case AGREED -> "agreed";
            case CHANGED_SINCE_AGREEMENT -> "changed_since_agreement";
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
