package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.CHANNEL_PLAN;
import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.db.generated.tables.records.PlanRecord;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;

/** Stores plans and which plan is current in each channel. */
public final class PlanRepository {
    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Plan insert(DSLContext tx, NewPlan plan, Instant now) {
        PlanRecord record = tx.insertInto(PLAN)
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
                .set(PLAN.CREATED_AT, now.atOffset(java.time.ZoneOffset.UTC))
                .set(PLAN.UPDATED_AT, now.atOffset(java.time.ZoneOffset.UTC))
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
                .fetchOptional().map(r -> toPlan(r.into(PLAN)));
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

    public void updateTarget(DSLContext tx, long planId, LocalDate target, Instant now) {
        tx.update(PLAN).set(PLAN.TARGET_DATE, target).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, now.atOffset(java.time.ZoneOffset.UTC)).where(PLAN.ID.eq(planId)).execute();
    }

    public void updateStatus(DSLContext tx, long planId, PlanStatus status, Instant now) {
        tx.update(PLAN).set(PLAN.STATUS, status.dbValue()).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, now.atOffset(java.time.ZoneOffset.UTC)).where(PLAN.ID.eq(planId)).execute();
    }

    public void touch(DSLContext tx, long planId, Instant now) {
        tx.update(PLAN).set(PLAN.VERSION, PLAN.VERSION.plus(1))
                .set(PLAN.UPDATED_AT, now.atOffset(java.time.ZoneOffset.UTC)).where(PLAN.ID.eq(planId)).execute();
    }

    public void setCardTs(long planId, String cardTs) {
        dsl.update(PLAN).set(PLAN.CARD_TS, cardTs).where(PLAN.ID.eq(planId)).execute();
    }

    /** Follows Slack's {@code channel_id_changed}: a private channel that became shared gets a new id. */
    public int moveChannel(String oldChannelId, String newChannelId) {
        return dsl.transactionResult(c -> {
            c.dsl().update(CHANNEL_PLAN).set(CHANNEL_PLAN.CHANNEL_ID, newChannelId)
                    .where(CHANNEL_PLAN.CHANNEL_ID.eq(oldChannelId)).execute();
            return c.dsl().update(PLAN).set(PLAN.CHANNEL_ID, newChannelId).where(PLAN.CHANNEL_ID.eq(oldChannelId)).execute();
        });
    }

    static Plan toPlan(PlanRecord r) {
        return new Plan(r.getId(), r.getTeamId(), r.getEnterpriseId(), r.getChannelId(), r.getTitle(), r.getCustomerName(),
                r.getOwnerUserId(), r.getStartDate(), r.getTargetDate(), ZoneId.of(r.getTimeZone()),
                PlanStatus.fromDb(r.getStatus()), r.getCardTs(), r.getVersion(),
                r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    /** What it takes to start a plan. */
    public record NewPlan(String teamId, String enterpriseId, String channelId, String title, String customerName,
                          String ownerUserId, LocalDate startDate, LocalDate targetDate, ZoneId timeZone) {
    }
}
