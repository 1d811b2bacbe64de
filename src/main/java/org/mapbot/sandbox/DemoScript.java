package org.mapbot.sandbox;

import static org.mapbot.sandbox.SandboxCast.CHAMPION;
import static org.mapbot.sandbox.SandboxCast.CTO;
import static org.mapbot.sandbox.SandboxCast.ENGINEER;
import static org.mapbot.sandbox.SandboxCast.LEGAL;
import static org.mapbot.sandbox.SandboxCast.SALES_REP;
import static org.mapbot.sandbox.SandboxCast.SHARED;

import java.util.List;
import java.util.Map;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;

/**
 * What "Load demo" does, as people would do it: commands typed, buttons and menu entries clicked on the plan card,
 * modals filled in, and the clock moved, in order. Every step is a signed request to the real bot, so the deal it
 * leaves behind is exactly what those people would have produced in Slack.
 */
final class DemoScript {
    private DemoScript() {
    }

    sealed interface Step permits Command, Click, Menu, Submit, Clock {
    }

    /** {@code person} types {@code text} in {@code channel}. */
    record Command(Person person, Conversation channel, String text) implements Step {
    }

    /**
     * {@code person} clicks the button labelled {@code button} on the newest plan card in {@code channel}: in the row of
     * the step titled {@code step}, or anywhere on the card when {@code step} is null.
     */
    record Click(Person person, Conversation channel, String step, String button) implements Step {
    }

    /** {@code person} picks {@code option} from the "⋯" menu of the step titled {@code step} on the newest card. */
    record Menu(Person person, Conversation channel, String step, String option) implements Step {
    }

    /**
     * {@code person} fills in their open modal {@code callbackId} and submits it. {@code fields} maps block ids to
     * answers: text as typed, a user id for a user picker, an option value for a select, comma-separated values for
     * checkboxes, and for a date picker an ISO date or {@code +N}, N days after the date the picker showed.
     */
    record Submit(Person person, String callbackId, Map<String, String> fields) implements Step {
    }

    /** Time passes: the clock moves and the reminder sweep runs, as the page's clock buttons do. */
    record Clock(ClockControl.Move move) implements Step {
    }

    /**
     * A two-week-old enterprise deal: Discovery and the seller's questionnaire done, the Demo overdue, the Technical
     * test blocked, the Business case reassigned to a person without Slack and commented on, the Contract review and
     * Signing moved with reasons, and an internal-only discount approval the customer never sees.
     */
    static final List<Step> STEPS = List.of(
            new Command(SALES_REP, SHARED, "/map new Acme Corp rollout with enterprise"),
            new Command(SALES_REP, SHARED, "/map target in 8 weeks"),
            new Command(SALES_REP, SHARED, "/map assign 1 @casey"),
            new Command(SALES_REP, SHARED, "/map assign 2 @casey"),
            new Command(SALES_REP, SHARED, "/map assign 3 @taylor"),
            new Command(SALES_REP, SHARED, "/map assign 5 @lee"),
            new Command(SALES_REP, SHARED, "/map add Security questionnaire @chris by week 3"),
            new Command(SALES_REP, SHARED, "/map add Discount approval @mia internal by week 4"),
            new Click(CHAMPION, SHARED, "Discovery", "Done"),

            new Clock(ClockControl.Move.WEEK),
            new Click(ENGINEER, SHARED, "Security questionnaire", "Done"),
            new Menu(CTO, SHARED, "Technical test", "Blocked"),
            new Submit(CTO, CardIds.MODAL_BLOCKED, Map.of(PlanModals.REASON, "Waiting for the SSO test tenant from our IT team")),
            new Menu(CHAMPION, SHARED, "Business case", "Comment"),
            new Submit(CHAMPION, CardIds.MODAL_COMMENT, Map.of(PlanModals.TEXT,
                    "Finance wants the ROI model in EUR. I'll send last year's numbers by Wednesday.")),

            new Clock(ClockControl.Move.WEEK),
            new Menu(SALES_REP, SHARED, "Business case", "Reassign"),
            new Submit(SALES_REP, CardIds.MODAL_REASSIGN, Map.of(PlanModals.OWNER_NAME, "Jordan Price (Finance)")),
            new Menu(LEGAL, SHARED, "Contract review", "New date"),
            new Submit(LEGAL, CardIds.MODAL_NEW_DATE, Map.of(PlanModals.DUE, "+7", PlanModals.REASON,
                    "Our legal team is at an offsite that week")),
            new Command(SALES_REP, SHARED, "/map due 6 in 7 weeks Signing follows the later contract review"));
}
