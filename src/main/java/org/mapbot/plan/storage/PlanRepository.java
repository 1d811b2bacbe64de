package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.CHANNEL_PLAN;
import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;

/**
 * Stores plans and which plan is current in each channel. Every change bumps the plan's version and records who made
 * it: the after-commit pipeline publishes versions, and tells that person if publishing lags.
 */
public final class PlanRepository {
    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Plan insert(DSLContext tx, NewPlan plan, Instant now) {
        Record record = tx.insertInto(PLAN)
                .set(PLAN.TEAM_ID, plan.teamId())
                .set(PLAN.ENTERPRISE_ID, plan.enterpriseId())
                .set(PLAN.CHANNEL_ID, plan.channelId())
                .set(PLAN.TITLE, plan.title())
                .set(PLAN.CUSTOMER_NAME, plan.customerName())
                .set(PLAN.OWNER_USER_ID, plan.ownerUserId())
                .set(PLAN.START_DATE, plan.startDate())
                .set(PLAN.TARGET_DATE, plan.targetDate())
                .set(PLAN.TIME_ZONE, plan.timeZone().getId())
                .set(PLAN.STATUS, PlanStatus.ACTIVE.dbValue())
                .set(PLAN.CREATED_AT, at(now))
                .set(PLAN.UPDATED_AT, at(now))
                .set(PLAN.CHANGED_BY, plan.ownerUserId())
                .set(PLAN.VERSION, 1)
                .returning()
                .fetchOne();
        return toPlan(record);
    }

    public Optional<Plan> find(long planId) {
        return dsl.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOptional().map(PlanRepository::toPlan);
    }

    public Optional<Plan> current(String teamId, String channelId) {
        return dsl.select(PLAN.fields()).from(PLAN)
                .join(CHANNEL_PLAN).on(CHANNEL_PLAN.CURRENT_PLAN_ID.eq(PLAN.ID))
                .where(CHANNEL_PLAN.TEAM_ID.eq(teamId).and(CHANNEL_PLAN.CHANNEL_ID.eq(channelId)))
                .fetchOptional().map(PlanRepository::toPlan);
    }

    public List<Plan> inChannel(String teamId, String channelId) {
        return dsl.selectFrom(PLAN).where(PLAN.TEAM_ID.eq(teamId).and(PLAN.CHANNEL_ID.eq(channelId)))
                .orderBy(PLAN.ID).fetch(PlanRepository::toPlan);
    }

    public void makeCurrent(DSLContext tx, String teamId, String channelId, long planId) {
        tx.insertInto(CHANNEL_PLAN)
                .set(CHANNEL_PLAN.TEAM_ID, teamId)
                .set(CHANNEL_PLAN.CHANNEL_ID, channelId)
                .set(CHANNEL_PLAN.CURRENT_PLAN_ID, planId)
                .onConflict(CHANNEL_PLAN.TEAM_ID, CHANNEL_PLAN.CHANNEL_ID)
                .doUpdate().set(CHANNEL_PLAN.CURRENT_PLAN_ID, planId)
                .execute();
    }

    /** A new target date; the terms change with it (the caller bumps them). */
    public void updateTarget(DSLContext tx, long planId, LocalDate target) {
        tx.update(PLAN).set(PLAN.TARGET_DATE, target).where(PLAN.ID.eq(planId)).execute();
    }

    public void updateStatus(DSLContext tx, long planId, PlanStatus status, String actorUserId, Instant now) {
        tx.update(PLAN).set(PLAN.STATUS, status.dbValue()).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, at(now)).set(PLAN.CHANGED_BY, actorUserId).where(PLAN.ID.eq(planId)).execute();
    }

    /** Active → paused, only if still active: true for the one caller that actually paused it. */
    public boolean pauseIfActive(DSLContext tx, long planId, String actorUserId, Instant now) {
        return tx.update(PLAN).set(PLAN.STATUS, PlanStatus.PAUSED.dbValue()).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, at(now)).set(PLAN.CHANGED_BY, actorUserId)
                .where(PLAN.ID.eq(planId).and(PLAN.STATUS.eq(PlanStatus.ACTIVE.dbValue()))).execute() == 1;
    }

    /** A change to the plan's steps or history: the plan has a new version to publish. */
    public void touch(DSLContext tx, long planId, String actorUserId, Instant now) {
        tx.update(PLAN).set(PLAN.VERSION, PLAN.VERSION.plus(1)).set(PLAN.UPDATED_AT, at(now))
                .set(PLAN.CHANGED_BY, actorUserId).where(PLAN.ID.eq(planId)).execute();
    }

    /**
     * A change to what the organisations agree on (a customer-visible step's title, owner or date, a step added or
     * removed, the target date): a new version to publish and new terms; returns the new terms version.
     */
    public int touchTerms(DSLContext tx, long planId, String actorUserId, Instant now) {
        return tx.update(PLAN).set(PLAN.VERSION, PLAN.VERSION.plus(1)).set(PLAN.TERMS_VERSION, PLAN.TERMS_VERSION.plus(1))
                .set(PLAN.UPDATED_AT, at(now)).set(PLAN.CHANGED_BY, actorUserId).where(PLAN.ID.eq(planId))
                .returning(PLAN.TERMS_VERSION).fetchOne(PLAN.TERMS_VERSION);
    }

    public void setCardTs(long planId, String cardTs) {
        dsl.update(PLAN).set(PLAN.CARD_TS, cardTs).where(PLAN.ID.eq(planId)).execute();
    }

    /** Follows Slack's {@code channel_id_changed}: a private channel that became shared gets a new id. */
    public List<Long> moveChannel(String teamId, String oldChannelId, String newChannelId, Instant now) {
        return dsl.transactionResult(c -> {
            c.dsl().update(CHANNEL_PLAN).set(CHANNEL_PLAN.CHANNEL_ID, newChannelId)
                    .where(CHANNEL_PLAN.TEAM_ID.eq(teamId).and(CHANNEL_PLAN.CHANNEL_ID.eq(oldChannelId))).execute();
            return c.dsl().update(PLAN).set(PLAN.CHANNEL_ID, newChannelId).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                    .set(PLAN.UPDATED_AT, at(now))
                    .where(PLAN.TEAM_ID.eq(teamId).and(PLAN.CHANNEL_ID.eq(oldChannelId)))
                    .returning(PLAN.ID).fetch(PLAN.ID);
        });
    }

    /** The one way a row of {@code plan} becomes a {@link Plan}, for every query that selects the plan's fields. */
    public static Plan toPlan(Record r) {
        return new Plan(r.get(PLAN.ID), r.get(PLAN.TEAM_ID), r.get(PLAN.ENTERPRISE_ID), r.get(PLAN.CHANNEL_ID), r.get(PLAN.TITLE),
                r.get(PLAN.CUSTOMER_NAME), r.get(PLAN.OWNER_USER_ID), r.get(PLAN.START_DATE), r.get(PLAN.TARGET_DATE),
                ZoneId.of(r.get(PLAN.TIME_ZONE)), PlanStatus.fromDb(r.get(PLAN.STATUS)), r.get(PLAN.CARD_TS),
                r.get(PLAN.VERSION), r.get(PLAN.CREATED_AT).toInstant(), r.get(PLAN.UPDATED_AT).toInstant());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** What it takes to start a plan. */
    public record NewPlan(String teamId, String enterpriseId, String channelId, String title, String customerName,
                          String ownerUserId, LocalDate startDate, LocalDate targetDate, ZoneId timeZone) {
    }

    /** The CRM deal on a plan row (or a query that selected the plan's fields), if the plan is linked to one. */
    public static Optional<DealLink> dealOf(Record r) {
        String dealId = r.get(PLAN.HUBSPOT_DEAL_ID);
        return dealId == null ? Optional.empty() : Optional.of(new DealLink(dealId,
                r.get(PLAN.HUBSPOT_DEAL_NAME), r.get(PLAN.HUBSPOT_DEAL_URL), Boolean.TRUE.equals(r.get(PLAN.HUBSPOT_LINK_BROKEN))));
    }
}
