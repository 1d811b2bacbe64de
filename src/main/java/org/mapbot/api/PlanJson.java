package org.mapbot.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/**
 * The API's JSON of a plan, its steps, history and commitment: snake_case names, ISO dates, stable ids, and every
 * field present (null when unknown), as the OpenAPI document describes them.
 */
public final class PlanJson {
    private PlanJson() {
    }

    /** The plan in a list: its numbers, without steps and history. */
    static Map<String, Object> summary(PlanView view) {
        Plan plan = view.plan();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", plan.id());
        json.put("title", plan.title());
        json.put("customer", plan.customerName());
        json.put("channel_id", plan.channelId());
        json.put("owner_user_id", plan.ownerUserId());
        json.put("status", plan.status().dbValue());
        json.put("start_date", str(plan.startDate()));
        json.put("target_date", str(plan.targetDate()));
        json.put("projected_finish", str(view.projectedFinish()));
        json.put("time_zone", plan.timeZone().getId());
        int counted = view.countedSteps();
        json.put("progress", Map.of("done", view.doneCount(), "steps", counted,
                "percent", counted == 0 ? 0 : Math.round(100f * view.doneCount() / counted)));
        json.put("slips", Map.of("count", view.slips().count(), "days", view.slips().days()));
        json.put("next_step", view.steps().stream().filter(Step::isOpen).findFirst().map(PlanJson::step).orElse(null));
        json.put("commitment", commitment(view.commitment()));
        json.put("version", plan.version());
        json.put("created_at", str(plan.createdAt()));
        json.put("updated_at", str(plan.updatedAt()));
        return json;
    }

    /** One plan with its steps and its latest history. */
    static Map<String, Object> full(PlanView view, List<PlanEvent> history) {
        Map<String, Object> json = summary(view);
        json.put("steps", view.steps().stream().map(PlanJson::step).toList());
        json.put("history", history.stream().map(PlanJson::event).toList());
        return json;
    }

    public static Map<String, Object> step(Step step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", step.id());
        json.put("position", step.position());
        json.put("title", step.title());
        json.put("side", step.side().dbValue());
        json.put("owner", owner(step.owner()));
        json.put("due_date", str(step.dueDate()));
        json.put("agreed_due_date", str(step.agreedDueDate()));
        json.put("date_agreed", step.isDateAgreed());
        json.put("status", step.status().dbValue());
        json.put("result", step.result());
        json.put("internal", step.internalOnly());
        json.put("completed_at", step.status() == StepStatus.DONE ? str(step.completedAt()) : null);
        json.put("version", step.version());
        return json;
    }

    private static Map<String, Object> owner(Owner owner) {
        if (owner.isNobody()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", owner.userId());
        json.put("name", owner.name());
        return json;
    }

    private static Map<String, Object> commitment(Commitment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", c.state().name().toLowerCase(java.util.Locale.ROOT));
        json.put("terms_version", c.termsVersion());
        json.put("proposed_at", c.proposedAt().map(PlanJson::str).orElse(null));
        json.put("agreed_at", c.agreedAt().map(PlanJson::str).orElse(null));
        json.put("seller_agreement", agreement(c.seller()));
        json.put("customer_agreement", agreement(c.customer()));
        json.put("open_proposals", c.open().stream().map(PlanJson::proposal).toList());
        return json;
    }

    private static Map<String, Object> agreement(Optional<Agreement> agreement) {
        return agreement.map(a -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("user_id", a.userId());
            json.put("organisation", a.orgName());
            json.put("terms_version", a.termsVersion());
            json.put("at", str(a.at()));
            return json;
        }).orElse(null);
    }

    private static Map<String, Object> proposal(Proposal p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("step_id", p.stepId());
        json.put("kind", p.kind().dbValue());
        json.put("old_date", str(p.oldDate()));
        json.put("new_date", str(p.newDate()));
        json.put("new_owner", p.newOwner() == null ? null : owner(p.newOwner()));
        json.put("reason", p.reason());
        json.put("proposed_by", p.proposedBy());
        json.put("proposed_side", p.proposedSide().dbValue());
        json.put("created_at", str(p.createdAt()));
        return json;
    }

    private static Map<String, Object> event(PlanEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("at", str(e.at()));
        json.put("kind", e.kind());
        json.put("step_id", e.stepId());
        json.put("actor_user_id", e.actorUserId());
        json.put("old_value", e.oldValue());
        json.put("new_value", e.newValue());
        json.put("reason", e.reason());
        json.put("days_slipped", e.daysSlipped());
        return json;
    }

    private static String str(Object value) {
        return value == null ? null : value instanceof Instant i ? i.toString() : value.toString();
    }
}
