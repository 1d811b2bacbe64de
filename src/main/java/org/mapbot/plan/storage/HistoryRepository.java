package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.PLAN_EVENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.records.PlanEventRecord;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.SlipLog;
import org.mapbot.plan.domain.Slips;
import org.mapbot.webhook.WebhookOutbox;

/** The plan's history: every change, appended, never edited. */
public final class HistoryRepository {
    private final DSLContext dsl;

    public HistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(DSLContext tx, List<Change> changes, Actor actor, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(PLAN_EVENT, PLAN_EVENT.PLAN_ID, PLAN_EVENT.STEP_ID, PLAN_EVENT.STEP_TITLE,
                PLAN_EVENT.ACTOR_USER_ID, PLAN_EVENT.ACTOR_TEAM_ID, PLAN_EVENT.AT, PLAN_EVENT.KIND, PLAN_EVENT.OLD_VALUE,
                PLAN_EVENT.NEW_VALUE, PLAN_EVENT.REASON, PLAN_EVENT.DAYS_SLIPPED);
        for (Change c : changes) {
            insert = insert.values(c.planId(), c.stepId(), c.stepTitle(), actor.userId(), actor.teamId(),
                    at.atOffset(ZoneOffset.UTC), c.kind(), c.oldValue(), c.newValue(), c.reason(), c.daysSlipped());
        }
        // The same statement writes the webhook outbox (see WebhookOutbox): no statement more, and no row for workspaces
        // without webhooks.
        WebhookOutbox.appendWithDeliveries(tx, insert.returning(PLAN_EVENT.ID, PLAN_EVENT.PLAN_ID, PLAN_EVENT.STEP_ID,
                PLAN_EVENT.KIND, PLAN_EVENT.AT)).execute();
    }

    public List<PlanEvent> ofPlan(long planId, int limit) {
        return dsl.selectFrom(PLAN_EVENT).where(PLAN_EVENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_EVENT.AT.desc(), PLAN_EVENT.ID.desc()).limit(limit).fetch(HistoryRepository::toEvent);
    }

    public List<PlanEvent> ofStep(long stepId, int limit) {
        return dsl.selectFrom(PLAN_EVENT).where(PLAN_EVENT.STEP_ID.eq(stepId))
                .orderBy(PLAN_EVENT.AT.desc(), PLAN_EVENT.ID.desc()).limit(limit).fetch(HistoryRepository::toEvent);
    }

    /** Slip count and days slipped per step of the plan, in one query. */
    public SlipLog slips(long planId) {
        java.util.Map<Long, Slips> byStep = new java.util.HashMap<>();
        dsl.select(PLAN_EVENT.STEP_ID, DSL.count(), DSL.coalesce(DSL.sum(PLAN_EVENT.DAYS_SLIPPED), java.math.BigDecimal.ZERO))
                .from(PLAN_EVENT)
                .where(PLAN_EVENT.PLAN_ID.eq(planId).and(PLAN_EVENT.KIND.eq(Change.DUE_DATE)).and(PLAN_EVENT.DAYS_SLIPPED.gt(0))
                        .and(PLAN_EVENT.STEP_ID.isNotNull()))
                .groupBy(PLAN_EVENT.STEP_ID)
                .forEach(r -> byStep.put(r.value1(), new Slips(r.value2(), r.value3().intValue())));
        return new SlipLog(byStep);
    }

    public static PlanEvent toEvent(PlanEventRecord r) {
        return new PlanEvent(r.getId(), r.getPlanId(), r.getStepId(), r.getStepTitle(), r.getActorUserId(), r.getActorTeamId(),
                r.getAt().toInstant(), r.getKind(), r.getOldValue(), r.getNewValue(), r.getReason(), r.getDaysSlipped());
    }
}
