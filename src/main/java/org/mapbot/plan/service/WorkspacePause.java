package org.mapbot.plan.service;

import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.storage.HistoryRepository;

/**
 * A workspace uninstalled MAP Bot (or revoked its token): its active plans pause, so their reminders stop, and the
 * history says why. Reinstalling resumes exactly those plans, never one paused for another reason.
 */
public final class WorkspacePause {
    static final String FOR_UNINSTALL = "uninstall";
    public static final String PAUSED_WHY = "MAP Bot was uninstalled from the workspace";
    public static final String RESUMED_WHY = "MAP Bot was installed in the workspace again";

    private final DSLContext dsl;
    private final HistoryRepository history;
    private final PlanChanges changes;
    private final Clock clock;

    public WorkspacePause(DSLContext dsl, HistoryRepository history, PlanChanges changes, Clock clock) {
        this.dsl = dsl;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    /** Pauses the workspace's active plans; {@code why} goes to each plan's history. The plans paused. */
    public List<Long> pauseAll(Installation installation, String why) {
        return move(installation, PLAN.STATUS.eq(PlanStatus.ACTIVE.dbValue()), PlanStatus.ACTIVE, PlanStatus.PAUSED, FOR_UNINSTALL, why);
    }

    /** Resumes the plans {@link #pauseAll} paused. */
    public List<Long> resumeAll(Installation installation) {
        return move(installation, PLAN.STATUS.eq(PlanStatus.PAUSED.dbValue()).and(PLAN.PAUSED_FOR.eq(FOR_UNINSTALL)),
                PlanStatus.PAUSED, PlanStatus.ACTIVE, null, RESUMED_WHY);
    }

    private List<Long> move(Installation installation, Condition from, PlanStatus was, PlanStatus to, String pausedFor, String why) {
        Actor bot = Actor.bot(installation);
        List<Long> moved = dsl.transactionResult(c -> {
            var now = clock.instant();
            List<Long> ids = c.dsl().update(PLAN).set(PLAN.STATUS, to.dbValue()).set(PLAN.PAUSED_FOR, pausedFor)
                    .set(PLAN.VERSION, PLAN.VERSION.plus(1)).set(PLAN.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                    .set(PLAN.CHANGED_BY, Actor.BOT_USER)
                    .where(ownedBy(installation)).and(from)
                    .returning(PLAN.ID).fetch(PLAN.ID);
            history.append(c.dsl(), ids.stream().map(id -> Change.ofPlan(id, Change.PLAN_STATUS, was.dbValue(), to.dbValue(), why))
                    .toList(), bot, now);
            return ids;
        });
        moved.forEach(changes::committed);
        return moved;
    }

    /** The plans of a workspace's own installation, or of every workspace of an org-wide one ({@code teamId} null). */
    private static Condition ownedBy(Installation installation) {
        return installation.teamId() == null ? PLAN.ENTERPRISE_ID.eq(installation.enterpriseId()) : PLAN.TEAM_ID.eq(installation.teamId());
    }
}
