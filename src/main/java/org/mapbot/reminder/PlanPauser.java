package org.mapbot.reminder;

import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;

/**
 * Pauses a plan whose channel Slack no longer lets the bot post in, and records reminder failures in the plan's
 * history so {@code /map history} shows them. Pausing is conditional, so only one sweeper ever does it.
 */
public final class PlanPauser {
    /** Who the history names for what the bot did on its own. */
    public static final String BOT_ACTOR = "mapbot";
    public static final String REMINDER_FAILED = "reminder_failed";

    private final DSLContext dsl;
    private final HistoryRepository history;
    private final java.util.function.LongConsumer planChanged;

    /** {@code planChanged} is told after a pause is committed, so the card and Home tabs show it. */
    public PlanPauser(DSLContext dsl, java.util.function.LongConsumer planChanged) {
        this.dsl = dsl;
        this.history = new HistoryRepository(dsl);
        this.planChanged = planChanged;
    }

    /** True for the one caller that actually moved the plan from active to paused. */
    public boolean pause(Plan plan, String why, Instant now) {
        boolean paused = dsl.transactionResult(c -> {
            int changed = c.dsl().update(PLAN).set(PLAN.STATUS, PlanStatus.PAUSED.dbValue()).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                    .set(PLAN.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                    .where(PLAN.ID.eq(plan.id()).and(PLAN.STATUS.eq(PlanStatus.ACTIVE.dbValue()))).execute();
            if (changed == 1) {
                history.append(c.dsl(), List.of(Change.ofPlan(plan.id(), Change.PLAN_STATUS, PlanStatus.ACTIVE.dbValue(),
                        PlanStatus.PAUSED.dbValue(), why)), bot(plan), now);
            }
            return changed == 1;
        });
        if (paused) {
            planChanged.accept(plan.id());
        }
        return paused;
    }

    public void recordFailure(Plan plan, Reminder reminder, String stepTitle, String why, Instant now) {
        history.append(dsl, List.of(new Change(plan.id(), reminder.stepId(), stepTitle, REMINDER_FAILED, null,
                reminder.kind().name().toLowerCase(java.util.Locale.ROOT) + " to " + reminder.recipient(), why, null)),
                bot(plan), now);
    }

    private static Actor bot(Plan plan) {
        return new Actor(BOT_ACTOR, plan.teamId(), plan.enterpriseId());
    }
}
