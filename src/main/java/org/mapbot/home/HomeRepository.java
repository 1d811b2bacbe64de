package org.mapbot.home;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.PlanRepository;

/** The Home tab's reads: one query for the viewer's steps, one for plans with their numbers; no query per row. */
public final class HomeRepository {
    private static final List<String> OPEN_STEP = List.of(StepStatus.TODO.dbValue(), StepStatus.IN_PROGRESS.dbValue(),
            StepStatus.BLOCKED.dbValue());
    private static final List<String> LIVE_PLAN = List.of(PlanStatus.ACTIVE.dbValue(), PlanStatus.PAUSED.dbValue());
    static final int MAX_PLANS = 500;
    /** Bounds the open proposals one Home refresh reads; the tab shows far fewer. */
    static final int MAX_WAITING = 1000;

    private final DSLContext dsl;

    public HomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Today in each plan's own time zone, from the app's clock rather than the database's. */
    private static Field<LocalDate> planToday(Instant now) {
        return DSL.field("cast(({0} at time zone {1}) as date)", LocalDate.class,
                DSL.val(now.atOffset(ZoneOffset.UTC)), PLAN.TIME_ZONE);
    }

    /**
     * The open steps each of {@code userIds} owns in the live plans of {@code teamId}, most urgent first (earliest due
     * date, undated last), one page each from {@code offset}, with each one's total and overdue counts, in one query.
     * Internal steps count only for the users in {@code seesInternal}.
     */
    public Map<String, OwnedSteps> ownedSteps(Collection<String> userIds, Set<String> seesInternal, String teamId,
                                              int offset, int limit, Instant now) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Field<LocalDate> today = planToday(now);
        Condition overdue = STEP.DUE_DATE.lt(today);
        // Each window its own specification: jOOQ's builders are mutable, and an ordered window would count cumulatively.
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(STEP.OWNER_USER_ID)
                .orderBy(STEP.DUE_DATE.asc().nullsLast(), PLAN.ID, STEP.POSITION)).as("rank");
        Field<Integer> total = DSL.count().over(DSL.partitionBy(STEP.OWNER_USER_ID)).as("total");
        Field<Integer> overdueTotal = DSL.count().filterWhere(overdue).over(DSL.partitionBy(STEP.OWNER_USER_ID)).as("overdue_total");
        Condition visible = seesInternal.isEmpty() ? STEP.INTERNAL_ONLY.isFalse()
                : STEP.INTERNAL_ONLY.isFalse().or(STEP.OWNER_USER_ID.in(seesInternal));
        Table<?> ranked = dsl.select(STEP.ID, STEP.TITLE, STEP.DUE_DATE, STEP.STATUS, STEP.OWNER_USER_ID, PLAN.ID.as("plan_id"),
                        PLAN.TITLE.as("plan_title"), PLAN.TIME_ZONE, today.as("plan_today"), rank, total, overdueTotal)
                .from(STEP).join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID))
                .where(STEP.OWNER_USER_ID.in(userIds).and(STEP.STATUS.in(OPEN_STEP)).and(PLAN.TEAM_ID.eq(teamId))
                        .and(PLAN.STATUS.in(LIVE_PLAN)).and(visible))
                .asTable("ranked");
        Field<Integer> rankOf = ranked.field("rank", Integer.class);
        Map<String, List<Record>> rows = new HashMap<>();
        dsl.selectFrom(ranked).where(rankOf.gt(offset).and(rankOf.le(offset + limit))).orderBy(rankOf)
                .forEach(r -> rows.computeIfAbsent(r.get(STEP.OWNER_USER_ID.getName(), String.class), k -> new ArrayList<>()).add(r));
        Map<String, OwnedSteps> result = new HashMap<>();
        for (String userId : userIds) {
            List<Record> mine = rows.getOrDefault(userId, List.of());
            if (mine.isEmpty()) {
                result.put(userId, OwnedSteps.NONE);
                continue;
            }
            List<OwnedStep> page = mine.stream().map(r -> new OwnedStep(r.get(STEP.ID.getName(), Long.class),
                    r.get(STEP.TITLE.getName(), String.class), r.get(STEP.DUE_DATE.getName(), LocalDate.class),
                    StepStatus.fromDb(r.get(STEP.STATUS.getName(), String.class)), r.get("plan_id", Long.class),
                    r.get("plan_title", String.class), ZoneId.of(r.get(PLAN.TIME_ZONE.getName(), String.class)),
                    r.get("plan_today", LocalDate.class))).toList();
            result.put(userId, new OwnedSteps(page, offset, mine.get(0).get("total", Integer.class),
                    mine.get(0).get("overdue_total", Integer.class)));
        }
        return result;
    }

    /**
     * The open proposals on the live plans that concern each of {@code userIds} (they own the plan or a step of it
     * the customer sees), oldest first, in one query. Which of them a viewer answers is the caller's rule to apply.
     */
    public Map<String, List<WaitingProposal>> openProposals(Collection<String> userIds, String teamId) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Table<?> viewers = DSL.values(userIds.stream().map(DSL::row).toArray(org.jooq.Row1[]::new)).as("viewer", "user_id");
        Field<String> viewer = viewers.field("user_id", String.class);
        var theirs = STEP.as("theirs");
        Condition concerned = PLAN.OWNER_USER_ID.eq(viewer).or(DSL.exists(DSL.selectOne().from(theirs)
                .where(theirs.PLAN_ID.eq(PLAN.ID).and(theirs.OWNER_USER_ID.eq(viewer)).and(theirs.INTERNAL_ONLY.isFalse()))));
        Map<String, List<WaitingProposal>> result = new HashMap<>();
        dsl.select(STEP_PROPOSAL.fields()).select(viewer.as("viewer_id"), STEP.TITLE.as("step_title"), STEP.POSITION,
                        STEP.INTERNAL_ONLY, PLAN.TITLE.as("plan_title"), PLAN.CHANNEL_ID, PLAN.TIME_ZONE)
                .from(STEP_PROPOSAL).join(STEP).on(STEP.ID.eq(STEP_PROPOSAL.STEP_ID)).join(PLAN).on(PLAN.ID.eq(STEP_PROPOSAL.PLAN_ID))
                .crossJoin(viewers)
                .where(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue()).and(PLAN.TEAM_ID.eq(teamId))
                        .and(PLAN.STATUS.in(LIVE_PLAN)).and(concerned))
                .orderBy(STEP_PROPOSAL.CREATED_AT, STEP_PROPOSAL.ID)
                .limit(MAX_WAITING)
                .forEach(r -> result.computeIfAbsent(r.get("viewer_id", String.class), k -> new ArrayList<>()).add(
                        new WaitingProposal(CommitmentRepository.toProposal(r.into(STEP_PROPOSAL)), r.get("step_title", String.class),
                                r.get(STEP.POSITION), r.get(STEP.INTERNAL_ONLY), r.get("plan_title", String.class),
                                r.get(PLAN.CHANNEL_ID), ZoneId.of(r.get(PLAN.TIME_ZONE)))));
        return result;
    }

    /** Whether the person owns a step of the plan a customer asks to see. */
    public boolean ownsStepIn(long planId, String userId) {
        return dsl.fetchExists(STEP, STEP.PLAN_ID.eq(planId).and(STEP.OWNER_USER_ID.eq(userId)).and(STEP.INTERNAL_ONLY.isFalse()));
    }

    /**
     * Live plans of the workspace with their progress, overdue count, next step, slips, projected finish and
     * commitment: the agreements, open proposals, declined dates and dates changed without agreement.
     */
    public List<PlanSummary> planSummaries(String teamId, Instant now) {
        Field<LocalDate> today = planToday(now);
        var next = STEP.as("next_step");
        Condition counted = STEP.STATUS.ne(StepStatus.CANCELLED.dbValue());
        Condition open = STEP.STATUS.in(OPEN_STEP);
        var nextOpen = DSL.select(next.ID).from(next)
                .where(next.PLAN_ID.eq(PLAN.ID).and(next.STATUS.in(OPEN_STEP)))
                .orderBy(next.DUE_DATE.asc().nullsLast(), next.POSITION).limit(1);
        Field<String> nextTitle = DSL.field(DSL.select(next.TITLE).from(next).where(next.ID.eq(nextOpen.asField())));
        Field<LocalDate> nextDue = DSL.field(DSL.select(next.DUE_DATE).from(next).where(next.ID.eq(nextOpen.asField())));
        Condition slip = PLAN_EVENT.PLAN_ID.eq(PLAN.ID).and(PLAN_EVENT.KIND.eq(Change.DUE_DATE)).and(PLAN_EVENT.DAYS_SLIPPED.gt(0));
        Field<Integer> slipCount = DSL.field(DSL.selectCount().from(PLAN_EVENT).where(slip));
        Field<Integer> unilateral = DSL.field(DSL.selectCount().from(PLAN_EVENT)
                .where(PLAN_EVENT.PLAN_ID.eq(PLAN.ID).and(PLAN_EVENT.KIND.eq(Change.UNILATERAL))));
        Field<Integer> declined = DSL.field(DSL.selectCount().from(STEP_PROPOSAL).where(STEP_PROPOSAL.PLAN_ID.eq(PLAN.ID)
                .and(STEP_PROPOSAL.KIND.eq(Proposal.Kind.DATE.dbValue())).and(STEP_PROPOSAL.STATE.eq(Proposal.State.DECLINED.dbValue()))));
        Field<BigDecimal> slipDays = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PLAN_EVENT.DAYS_SLIPPED), BigDecimal.ZERO))
                .from(PLAN_EVENT).where(slip));
        return dsl.select(PLAN.fields())
                .select(DSL.count(STEP.ID).filterWhere(counted).as("counted"),
                        DSL.count(STEP.ID).filterWhere(STEP.STATUS.eq(StepStatus.DONE.dbValue())).as("done"),
                        DSL.count(STEP.ID).filterWhere(open.and(STEP.DUE_DATE.lt(today))).as("overdue"),
                        DSL.count(STEP.DUE_DATE).filterWhere(counted).as("dated"),
                        DSL.max(STEP.DUE_DATE).filterWhere(open).as("last_open_due"),
                        DSL.max(STEP.DUE_DATE).filterWhere(counted).as("last_due"),
                        nextTitle.as("next_title"), nextDue.as("next_due"),
                        slipCount.as("slip_count"), slipDays.as("slip_days"), today.as("plan_today"),
                        unilateral.as("unilateral"), declined.as("declined"))
                .select(CommitmentRepository.fields())
                .from(PLAN).leftJoin(STEP).on(STEP.PLAN_ID.eq(PLAN.ID))
                .where(PLAN.TEAM_ID.eq(teamId).and(PLAN.STATUS.in(LIVE_PLAN)))
                .groupBy(PLAN.ID)
                .orderBy(PLAN.ID)
                .limit(MAX_PLANS)
                .fetch(r -> new PlanSummary(PlanRepository.toPlan(r), r.get("counted", Integer.class), r.get("done", Integer.class),
                        r.get("overdue", Integer.class), r.get("dated", Integer.class), r.get("last_open_due", LocalDate.class),
                        r.get("last_due", LocalDate.class), r.get("next_title", String.class), r.get("next_due", LocalDate.class),
                        r.get("slip_count", Integer.class), r.get("slip_days", BigDecimal.class).intValue(),
                        r.get("plan_today", LocalDate.class), r.get(PLAN.UPDATED_AT).toInstant(), CommitmentRepository.from(r),
                        r.get("unilateral", Integer.class), r.get("declined", Integer.class), PlanRepository.dealOf(r)));
    }

}
