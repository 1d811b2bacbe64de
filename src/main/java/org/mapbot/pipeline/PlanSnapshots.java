package org.mapbot.pipeline;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.PLAN_REMINDER_SETTINGS;
import static org.mapbot.db.generated.Tables.SLACK_CHANNEL;
import static org.mapbot.db.generated.Tables.SLACK_USER;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.WEBHOOK_DELIVERY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.SlackUser;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.SlipLog;
import org.mapbot.plan.domain.Slips;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.reminder.ReminderRepository;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackUsers;

/**
 * Reads a {@link PlanSnapshot} in two statements, however many steps the plan has: the plan with its reminder settings,
 * the cached facts about its channel and owner, the slips of removed steps and whether webhooks wait to be sent; then its steps, each with its
 * owner's cached facts and its own slips.
 */
public final class PlanSnapshots {
    private static final SlackUser OWNER = SLACK_USER.as("plan_owner");
    private static final SlackUser STEP_OWNER = SLACK_USER.as("step_owner");
    /** The plan's installation's directory (see {@code Installation#directoryKey}): cached facts are read only from it. */
    private static final Field<String> DIRECTORY_KEY = DSL.coalesce(PLAN.ENTERPRISE_ID, PLAN.TEAM_ID);

    private final DSLContext dsl;
    private final Clock clock;

    public PlanSnapshots(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<PlanSnapshot> load(long planId) {
        Condition removedSlip = PLAN_EVENT.PLAN_ID.eq(PLAN.ID).and(PLAN_EVENT.KIND.eq(Change.DUE_DATE))
                .and(PLAN_EVENT.DAYS_SLIPPED.gt(0)).and(PLAN_EVENT.STEP_ID.isNotNull())
                .andNotExists(DSL.selectOne().from(STEP).where(STEP.ID.eq(PLAN_EVENT.STEP_ID)));
        Field<Integer> removedCount = DSL.field(DSL.selectCount().from(PLAN_EVENT).where(removedSlip));
        Field<BigDecimal> removedDays = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PLAN_EVENT.DAYS_SLIPPED), BigDecimal.ZERO))
                .from(PLAN_EVENT).where(removedSlip));
        Record head = dsl.select(PLAN.fields()).select(PLAN_REMINDER_SETTINGS.fields())
                .select(SLACK_CHANNEL.IS_EXT_SHARED, SLACK_CHANNEL.FETCHED_AT)
                .select(OWNER.fields())
                .select(removedCount.as("removed_slips"), removedDays.as("removed_slip_days"))
                .select(CommitmentRepository.fields())
                .select(DSL.field(DSL.exists(DSL.selectOne().from(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.PLAN_ID.eq(PLAN.ID)
                        .and(WEBHOOK_DELIVERY.STATE.eq("pending"))))).as("webhooks_due"))
                .from(PLAN)
                .leftJoin(PLAN_REMINDER_SETTINGS).on(PLAN_REMINDER_SETTINGS.PLAN_ID.eq(PLAN.ID))
                .leftJoin(SLACK_CHANNEL).on(SLACK_CHANNEL.DIRECTORY_KEY.eq(DIRECTORY_KEY)).and(SLACK_CHANNEL.CHANNEL_ID.eq(PLAN.CHANNEL_ID))
                .leftJoin(OWNER).on(OWNER.DIRECTORY_KEY.eq(DIRECTORY_KEY)).and(OWNER.USER_ID.eq(PLAN.OWNER_USER_ID))
                .where(PLAN.ID.eq(planId))
                .fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        Plan plan = PlanRepository.toPlan(head);
        Instant now = clock.instant();
        People people = new People(now);
        people.add(head, OWNER);

        Condition slip = PLAN_EVENT.STEP_ID.eq(STEP.ID).and(PLAN_EVENT.KIND.eq(Change.DUE_DATE)).and(PLAN_EVENT.DAYS_SLIPPED.gt(0));
        Field<Integer> slipCount = DSL.field(DSL.selectCount().from(PLAN_EVENT).where(slip));
        Field<BigDecimal> slipDays = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PLAN_EVENT.DAYS_SLIPPED), BigDecimal.ZERO))
                .from(PLAN_EVENT).where(slip));
        List<Step> steps = new ArrayList<>();
        Map<Long, Slips> slips = new HashMap<>();
        dsl.select(STEP.fields()).select(STEP_OWNER.fields()).select(slipCount.as("slips"), slipDays.as("slip_days"))
                .from(STEP).leftJoin(STEP_OWNER).on(STEP_OWNER.DIRECTORY_KEY.eq(Installation.of(plan).directoryKey()))
                .and(STEP_OWNER.USER_ID.eq(STEP.OWNER_USER_ID))
                .where(STEP.PLAN_ID.eq(planId))
                .orderBy(STEP.POSITION)
                .forEach(r -> {
                    Step step = StepRepository.toStep(r.into(STEP));
                    steps.add(step);
                    int count = r.get("slips", Integer.class);
                    if (count > 0) {
                        slips.put(step.id(), new Slips(count, r.get("slip_days", BigDecimal.class).intValue()));
                    }
                    step.owner().slackUserId().ifPresent(id -> people.add(r, STEP_OWNER, id));
                });
        int removed = head.get("removed_slips", Integer.class);
        if (removed > 0) {
            slips.put(SlipLog.REMOVED_STEPS, new Slips(removed, head.get("removed_slip_days", BigDecimal.class).intValue()));
        }
        PlanView view = new PlanView(plan, steps, new SlipLog(slips), LocalDate.now(clock.withZone(plan.timeZone())),
                CommitmentRepository.from(head));
        OffsetDateTime channelFetched = head.get(SLACK_CHANNEL.FETCHED_AT);
        Optional<Boolean> shared = channelFetched == null || channelFetched.toInstant().plus(SharedChannels.FRESH_FOR).isBefore(now)
                ? Optional.empty() : Optional.of(head.get(SLACK_CHANNEL.IS_EXT_SHARED));
        Set<String> stale = new HashSet<>(people.stale);
        stale.add(plan.ownerUserId());
        stale.removeAll(people.fresh);
        OffsetDateTime failing = head.get(PLAN.PUBLISH_FAILING_SINCE);
        return Optional.of(new PlanSnapshot(view, ReminderRepository.toSettings(head), shared, people.known, stale, people.muted,
                head.get(PLAN.CHANGED_BY), head.get(PLAN.PUBLISH_ATTEMPTS), Optional.ofNullable(failing).map(OffsetDateTime::toInstant),
                Boolean.TRUE.equals(head.get(PLAN.PUBLISH_TOLD)), Boolean.TRUE.equals(head.get("webhooks_due", Boolean.class)),
                PlanRepository.dealOf(head)));
    }

    /** The people the joins found in the user cache, and which of them are due to be asked about again. */
    private static final class People {
        private final Instant now;
        private final Map<String, org.mapbot.slack.SlackUser> known = new HashMap<>();
        private final Map<String, Boolean> muted = new HashMap<>();
        private final Set<String> fresh = new HashSet<>();
        private final Set<String> stale = new HashSet<>();

        People(Instant now) {
            this.now = now;
        }

        void add(Record r, SlackUser table, String expectedId) {
            if (r.get(table.USER_ID) == null) {
                stale.add(expectedId);
                return;
            }
            add(r, table);
        }

        void add(Record r, SlackUser table) {
            String id = r.get(table.USER_ID);
            if (id == null) {
                return;
            }
            known.put(id, new org.mapbot.slack.SlackUser(id, r.get(table.TEAM_ID), r.get(table.ENTERPRISE_ID), r.get(table.DISPLAY_NAME),
                    SlackUsers.zone(r.get(table.TIME_ZONE))));
            muted.put(id, Boolean.TRUE.equals(r.get(table.DM_MUTED)));
            boolean isFresh = r.get(table.FETCHED_AT).toInstant().plus(SlackUsers.FRESH_FOR).isAfter(now);
            (isFresh ? fresh : stale).add(id);
        }
    }
}
