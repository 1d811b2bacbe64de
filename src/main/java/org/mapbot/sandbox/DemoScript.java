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

    sealed interface Step permits Command, Click, Answer, Menu, Submit, Clock {
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

    /**
     * {@code person} clicks the button labelled {@code button} on the newest bot message in {@code channel} whose text
     * contains {@code asking}, such as the request "Does this work for Acme Corp?".
     */
    record Answer(Person person, Conversation channel, String asking, String button) implements Step {
    }

    /** {@code person} picks {@code option} from the "⋯" menu of the step titled {@code step} on the newest card. */
    record Menu(Person person, Conversation channel, String step, String option) implements Step {
    }

    /**
     * {@code person} fills in their open modal {@code callbackId} and submits it. {@code fields} maps block ids to
     * answers: text as typed, a user id for a user picker, an option value for a select, comma-separated values for
     * checkboxes, and for a date picker an ISO date or {@code +N}, N days after the date the picker showed. A block id
     * may name a step of the form by its title in braces, {@code date-{Demo}}, as a person finds the row by its title.
     */
    record Submit(Person person, String callbackId, Map<String, String> fields) implements Step {
    }

    /** Time passes: the clock moves and the reminder sweep runs, as the page's clock buttons do. */
    record Clock(ClockControl.Move move) implements Step {
    }

    /**
     * A three-week-old enterprise deal: Discovery and the seller's questionnaire done, the Technical test blocked, the
     * Business case reassigned to a person without Slack and commented on, the Contract review and Signing moved with
     * reasons, and an internal-only discount approval the customer never sees. Then the plan is made mutual (see
     * {@link #commitment()}), and a week later the Demo, agreed for a later date, is overdue.
     */
    static final List<Step> STEPS = java.util.stream.Stream.concat(deal().stream(), commitment().stream()).toList();

    private static List<Step> deal() {
        return List.of(
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

    /** What the customer sees on the request for agreement. */
    static final String REQUEST = "Does this work for";

    /**
     * The plan made mutual: Sam asks Acme to agree; Casey suggests a later Demo and adds a legal step on Acme's side; Sam
     * accepts the date, so the plan is agreed by both and the Demo's slip is an agreed one. Lee then proposes a later
     * Contract review, which Sam declines; a week later Sam moves the Business case without asking: a unilateral change.
     */
    private static List<Step> commitment() {
        return List.of(
                new Command(SALES_REP, SHARED, "/map propose"),
                new Answer(CHAMPION, SHARED, REQUEST, "Suggest changes"),
                new Submit(CHAMPION, CardIds.MODAL_SUGGEST, Map.of(
                        "date-{Demo}", "+7",
                        "note-{Demo}", "Our CFO wants to see the demo; she is back on the 18th",
                        "new-title-1", "Legal review of the MSA",
                        "new-owner-1", LEGAL.id(),
                        "new-due-1", "+21")),
                new Click(SALES_REP, SHARED, "Demo", "Accept"),
                new Menu(LEGAL, SHARED, "Contract review", "New date"),
                new Submit(LEGAL, CardIds.MODAL_NEW_DATE, Map.of(PlanModals.DUE, "+14", PlanModals.REASON,
                        "We would rather review the contract after the MSA")),
                new Click(SALES_REP, SHARED, "Contract review", "Decline"),

                new Clock(ClockControl.Move.WEEK),
                new Command(SALES_REP, SHARED, "/map due 4 in 3 weeks Finance waits for the new quarter's numbers without asking"));
    }
}
