package org.mapbot.home;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.StepStatus;

/** The Home tab's reads: one query for the viewer's steps, one for plans with their numbers; no query per row. */
public final class HomeRepository {
    private static final List<String> OPEN_STEP = List.of(StepStatus.TODO.dbValue(), StepStatus.IN_PROGRESS.dbValue(),
            StepStatus.BLOCKED.dbValue());
    private static final List<String> LIVE_PLAN = List.of(PlanStatus.ACTIVE.dbValue(), PlanStatus.PAUSED.dbValue());
    static final int MAX_PLANS = 500;

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
     * The open steps {@code userId} owns in the live plans of {@code teamId}, most urgent first (earliest due date,
     * undated last), one page of them, with the total and overdue counts over all of them.
     */
    public OwnedSteps ownedSteps(String userId, String teamId, boolean includeInternal, int offset, int limit, Instant now) {
        Field<LocalDate> today = planToday(now);
        Condition overdue = STEP.DUE_DATE.lt(today);
        Field<Integer> total = DSL.count().over();
        Field<Integer> overdueTotal = DSL.count().filterWhere(overdue).over();
        Condition where = STEP.OWNER_USER_ID.eq(userId).and(STEP.STATUS.in(OPEN_STEP))
                .and(PLAN.TEAM_ID.eq(teamId)).and(PLAN.STATUS.in(LIVE_PLAN));
        if (!includeInternal) {
            where = where.and(STEP.INTERNAL_ONLY.isFalse());
        }
        var rows = dsl.select(STEP.ID, STEP.TITLE, STEP.DUE_DATE, STEP.STATUS, PLAN.ID, PLAN.TITLE, PLAN.TIME_ZONE,
                        today.as("plan_today"), total.as("total"), overdueTotal.as("overdue_total"))
                .from(STEP).join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID))
                .where(where)
                .orderBy(STEP.DUE_DATE.asc().nullsLast(), PLAN.ID, STEP.POSITION)
                .limit(limit).offset(offset)
                .fetch();
        if (rows.isEmpty()) {
            return offset == 0 ? OwnedSteps.NONE : ownedSteps(userId, teamId, includeInternal, 0, limit, now);
        }
        List<OwnedStep> page = rows.map(r -> new OwnedStep(r.get(STEP.ID), r.get(STEP.TITLE), r.get(STEP.DUE_DATE),
                StepStatus.fromDb(r.get(STEP.STATUS)), r.get(PLAN.ID), r.get(PLAN.TITLE), ZoneId.of(r.get(PLAN.TIME_ZONE)),
                r.get("plan_today", LocalDate.class)));
        Record first = rows.get(0);
        return new OwnedSteps(page, offset, first.get("total", Integer.class), first.get("overdue_total", Integer.class));
    }

    /** Live plans of the workspace with their progress, overdue count, next step, slips and projected finish. */
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
                        slipCount.as("slip_count"), slipDays.as("slip_days"), today.as("plan_today"))
                .from(PLAN).leftJoin(STEP).on(STEP.PLAN_ID.eq(PLAN.ID))
                .where(PLAN.TEAM_ID.eq(teamId).and(PLAN.STATUS.in(LIVE_PLAN)))
                .groupBy(PLAN.ID)
                .orderBy(PLAN.ID)
                .limit(MAX_PLANS)
                .fetch(r -> new PlanSummary(toPlan(r), r.get("counted", Integer.class), r.get("done", Integer.class),
                        r.get("overdue", Integer.class), r.get("dated", Integer.class), r.get("last_open_due", LocalDate.class),
                        r.get("last_due", LocalDate.class), r.get("next_title", String.class), r.get("next_due", LocalDate.class),
                        r.get("slip_count", Integer.class), r.get("slip_days", BigDecimal.class).intValue(),
                        r.get("plan_today", LocalDate.class), r.get(PLAN.UPDATED_AT).toInstant()));
    }

    /** The workspace and the Slack users a plan concerns: its owner and every step owner with a Slack account. */
    public Audience audienceOf(long planId) {
        var rows = dsl.select(PLAN.TEAM_ID, PLAN.OWNER_USER_ID, STEP.OWNER_USER_ID)
                .from(PLAN).leftJoin(STEP).on(STEP.PLAN_ID.eq(PLAN.ID).and(STEP.OWNER_USER_ID.isNotNull()))
                .where(PLAN.ID.eq(planId)).fetch();
        if (rows.isEmpty()) {
            return new Audience(null, Set.of());
        }
        Set<String> users = new LinkedHashSet<>();
        rows.forEach(r -> {
            users.add(r.get(PLAN.OWNER_USER_ID));
            if (r.get(STEP.OWNER_USER_ID) != null) {
                users.add(r.get(STEP.OWNER_USER_ID));
            }
        });
        return new Audience(rows.get(0).get(PLAN.TEAM_ID), users);
    }

    private static Plan toPlan(Record r) {
        return new Plan(r.get(PLAN.ID), r.get(PLAN.TEAM_ID), r.get(PLAN.ENTERPRISE_ID), r.get(PLAN.CHANNEL_ID), r.get(PLAN.TITLE),
                r.get(PLAN.CUSTOMER_NAME), r.get(PLAN.OWNER_USER_ID), r.get(PLAN.START_DATE), r.get(PLAN.TARGET_DATE),
                ZoneId.of(r.get(PLAN.TIME_ZONE)), PlanStatus.fromDb(r.get(PLAN.STATUS)), r.get(PLAN.CARD_TS),
                r.get(PLAN.VERSION), r.get(PLAN.CREATED_AT).toInstant(), r.get(PLAN.UPDATED_AT).toInstant());
    }

    /** Whose Home tabs a change to a plan affects. */
    public record Audience(String teamId, Set<String> userIds) {
    }
}
