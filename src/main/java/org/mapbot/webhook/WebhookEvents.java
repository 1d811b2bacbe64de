package org.mapbot.webhook;

import java.util.Optional;
import java.util.Set;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.StepStatus;

/**
 * The webhook event a history row announces. Only these history kinds become events (comments and the bot's own
 * bookkeeping do not), and the outbox writes deliveries for exactly these.
 */
public final class WebhookEvents {
    /** The payload version; a change that could break a receiver gets a new one. */
    public static final String API_VERSION = "2026-12-01";
    public static final String TEST = "webhook.test";
    static final String SIDE = "side";
    static final String INTERNAL_ONLY = "internal_only";

    static final Set<String> KINDS = Set.of(Change.CREATED, Change.PLAN_STATUS, Change.TARGET, Change.PLAN_PROPOSED,
            Change.AGREED, Change.STEP_ADDED, Change.STEP_REMOVED, Change.STATUS, Change.DUE_DATE, Change.UNILATERAL,
            Change.OWNER, Change.TITLE, Change.RESULT, SIDE, INTERNAL_ONLY, Change.DATE_PROPOSED, Change.OWNER_PROPOSED,
            Change.PROPOSAL_COUNTERED, Change.PROPOSAL_ACCEPTED, Change.PROPOSAL_DECLINED);

    private WebhookEvents() {
    }

    /** The event type of a history row, e.g. {@code step.done}; empty for kinds that are not sent. */
    public static Optional<String> type(String kind, boolean ofStep, String from, String to, Integer daysSlipped) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case Change.CREATED -> "plan.created";
            case Change.PLAN_STATUS -> planStatus(to);
            case Change.AGREED -> "plan.agreed";
            case Change.STEP_ADDED -> "step.added";
            case Change.STEP_REMOVED -> "step.removed";
            case Change.STATUS -> StepStatus.DONE.dbValue().equals(to) ? "step.done"
                    : StepStatus.DONE.dbValue().equals(from) ? "step.reopened" : "step.changed";
            case Change.DUE_DATE -> daysSlipped != null && daysSlipped > 0 ? "step.slipped" : "step.changed";
            case Change.DATE_PROPOSED, Change.PROPOSAL_COUNTERED -> "date.proposed";
            case Change.PROPOSAL_ACCEPTED -> "date.accepted";
            case Change.PROPOSAL_DECLINED -> "date.declined";
            default -> ofStep ? "step.changed" : "plan.updated";
        });
    }

    private static String planStatus(String to) {
        if (PlanStatus.WON.dbValue().equals(to) || PlanStatus.LOST.dbValue().equals(to)) {
            return "plan.closed";
        }
        return PlanStatus.ARCHIVED.dbValue().equals(to) ? "plan.archived" : "plan.updated";
    }
}
