package org.mapbot.reminder;

import static org.mapbot.db.generated.Tables.PLAN_REMINDER_SETTINGS;
import static org.mapbot.db.generated.Tables.REMINDER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.records.PlanReminderSettingsRecord;
import org.mapbot.db.generated.tables.records.ReminderRecord;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderState;
import org.mapbot.text.TextCut;

/** Stores reminder rows and per-plan reminder settings. Every state change is one conditional statement. */
public final class ReminderRepository {
    private final DSLContext dsl;

    public ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- settings ----

    public ReminderSettings settings(long planId) {
        return dsl.selectFrom(PLAN_REMINDER_SETTINGS).where(PLAN_REMINDER_SETTINGS.PLAN_ID.eq(planId))
                .fetchOptional().map(ReminderRepository::toSettings).orElse(ReminderSettings.DEFAULTS);
    }

    /** The settings in a row that joined {@code plan_reminder_settings}; a plan without a row has the defaults. */
    public static ReminderSettings toSettings(org.jooq.Record joined) {
        return joined.get(PLAN_REMINDER_SETTINGS.PLAN_ID) == null ? ReminderSettings.DEFAULTS
                : toSettings(joined.into(PLAN_REMINDER_SETTINGS));
    }

    public void saveSettings(long planId, ReminderSettings s, String userId, Instant now) {
        dsl.insertInto(PLAN_REMINDER_SETTINGS)
                .set(PLAN_REMINDER_SETTINGS.PLAN_ID, planId)
                .set(settingsValues(s, userId, now))
                .onConflict(PLAN_REMINDER_SETTINGS.PLAN_ID).doUpdate()
                .set(settingsValues(s, userId, now))
                .execute();
    }

    private static java.util.Map<org.jooq.Field<?>, Object> settingsValues(ReminderSettings s, String userId, Instant now) {
        java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(PLAN_REMINDER_SETTINGS.DUE_SOON, s.wants(ReminderKind.DUE_SOON));
        values.put(PLAN_REMINDER_SETTINGS.DUE_TODAY, s.wants(ReminderKind.DUE_TODAY));
        values.put(PLAN_REMINDER_SETTINGS.OVERDUE, s.wants(ReminderKind.OVERDUE));
        values.put(PLAN_REMINDER_SETTINGS.STATUS_CHECK, s.wants(ReminderKind.STATUS_CHECK));
        values.put(PLAN_REMINDER_SETTINGS.NO_ANSWER, s.wants(ReminderKind.NO_ANSWER));
        values.put(PLAN_REMINDER_SETTINGS.DIGEST, s.wants(ReminderKind.DIGEST));
        values.put(PLAN_REMINDER_SETTINGS.PROPOSAL, s.wants(ReminderKind.PROPOSAL));
        values.put(PLAN_REMINDER_SETTINGS.LEAD_DAYS, s.leadDays());
        values.put(PLAN_REMINDER_SETTINGS.UPDATED_AT, at(now));
        values.put(PLAN_REMINDER_SETTINGS.UPDATED_BY, userId);
        return values;
    }

    private static ReminderSettings toSettings(PlanReminderSettingsRecord r) {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        if (r.getDueSoon()) kinds.add(ReminderKind.DUE_SOON);
        if (r.getDueToday()) kinds.add(ReminderKind.DUE_TODAY);
        if (r.getOverdue()) kinds.add(ReminderKind.OVERDUE);
        if (r.getStatusCheck()) kinds.add(ReminderKind.STATUS_CHECK);
        if (r.getNoAnswer()) kinds.add(ReminderKind.NO_ANSWER);
        if (r.getDigest()) kinds.add(ReminderKind.DIGEST);
        if (r.getProposal()) kinds.add(ReminderKind.PROPOSAL);
        return new ReminderSettings(kinds, r.getLeadDays());
    }

    // ---- planning ----

    /** The pending rows of a plan, as id and key: what the planner compares its wishes with. */
    public List<PendingKey> pendingOfPlan(long planId) {
        return dsl.select(REMINDER.ID, REMINDER.DEDUPE_KEY).from(REMINDER)
                .where(REMINDER.PLAN_ID.eq(planId).and(REMINDER.STATE.eq(ReminderState.PENDING.dbValue())))
                .fetch(r -> new PendingKey(r.value1(), r.value2()));
    }

    /** Deletes rows that are still pending (a row a sweeper has started sending is left alone). */
    public int deletePending(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(REMINDER).where(REMINDER.ID.in(ids).and(REMINDER.STATE.eq(ReminderState.PENDING.dbValue())))
                .execute();
    }

    /** Inserts in one statement; a row with the same key (pending, sent or skipped) wins, so nothing is planned twice. */
    public int insertAll(Collection<PlannedReminder> planned, Instant now) {
        if (planned.isEmpty()) {
            return 0;
        }
        var insert = dsl.insertInto(REMINDER, REMINDER.PLAN_ID, REMINDER.STEP_ID, REMINDER.KIND, REMINDER.RECIPIENT,
                REMINDER.FOR_DATE, REMINDER.DEDUPE_KEY, REMINDER.TIME_ZONE, REMINDER.DUE_AT, REMINDER.NEXT_ATTEMPT_AT,
                REMINDER.CREATED_AT, REMINDER.PROPOSAL_ID);
        for (PlannedReminder p : planned) {
            insert = insert.values(p.planId(), p.stepId(), db(p.kind()), p.recipient(), p.forDate(), p.dedupeKey(),
                    p.zone().getId(), at(p.dueAt()), at(p.dueAt()), at(now), p.proposalId());
        }
        return insert.onConflict(REMINDER.DEDUPE_KEY).doNothing().execute();
    }

    // ---- sweeping ----

    /**
     * Claims up to {@code limit} due rows for {@code owner} until {@code leaseUntil}, in one short transaction:
     * {@code FOR UPDATE SKIP LOCKED} lets other sweepers pass over rows being claimed instead of waiting,
     * and an expired lease (a sweeper that died before sending) makes a row claimable again.
     */
    public List<Reminder> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            List<Long> ids = tx.select(REMINDER.ID).from(REMINDER)
                    .where(REMINDER.STATE.eq(ReminderState.PENDING.dbValue())
                            .and(REMINDER.NEXT_ATTEMPT_AT.le(at(now)))
                            .and(REMINDER.LEASE_UNTIL.isNull().or(REMINDER.LEASE_UNTIL.lt(at(now)))))
                    .orderBy(REMINDER.NEXT_ATTEMPT_AT, REMINDER.ID)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(REMINDER.ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            return tx.update(REMINDER).set(REMINDER.LEASE_OWNER, owner).set(REMINDER.LEASE_UNTIL, at(leaseUntil))
                    .where(REMINDER.ID.in(ids)).returning().fetch().map(ReminderRepository::toReminder)
                    .stream().sorted(java.util.Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::id)).toList();
        });
    }

    /** The point of no return: true when this sweeper now owns the send; recorded before Slack is called. */
    public boolean markSending(long id, String owner, Instant now) {
        return dsl.update(REMINDER)
                .set(REMINDER.STATE, ReminderState.SENDING.dbValue())
                .set(REMINDER.ATTEMPTS, REMINDER.ATTEMPTS.plus(1))
                .set(REMINDER.SENDING_AT, at(now))
                .where(REMINDER.ID.eq(id).and(REMINDER.STATE.eq(ReminderState.PENDING.dbValue()))
                        .and(REMINDER.LEASE_OWNER.eq(owner)))
                .execute() == 1;
    }

    public void markSent(long id, String channel, String ts, Instant now) {
        dsl.update(REMINDER)
                .set(REMINDER.STATE, ReminderState.SENT.dbValue())
                .set(REMINDER.SENT_AT, at(now))
                .set(REMINDER.MESSAGE_CHANNEL, channel)
                .set(REMINDER.MESSAGE_TS, ts)
                .set(REMINDER.LEASE_UNTIL, (OffsetDateTime) null)
                .set(REMINDER.LAST_ERROR, (String) null)
                .where(REMINDER.ID.eq(id))
                .execute();
    }

    public void markSkipped(long id, String why) {
        finish(id, ReminderState.SKIPPED, why);
    }

    public void markFailed(long id, String why) {
        finish(id, ReminderState.FAILED, why);
    }

    private void finish(long id, ReminderState state, String why) {
        dsl.update(REMINDER).set(REMINDER.STATE, state.dbValue()).set(REMINDER.LAST_ERROR, cut(why))
                .set(REMINDER.LEASE_UNTIL, (OffsetDateTime) null).where(REMINDER.ID.eq(id)).execute();
    }

    /** Back to pending for a later try. A rate limit is Slack's pace, not a failed attempt, so it does not count. */
    public void retryLater(long id, Instant nextAttempt, String why, boolean countsAsAttempt) {
        var update = dsl.update(REMINDER)
                .set(REMINDER.STATE, ReminderState.PENDING.dbValue())
                .set(REMINDER.NEXT_ATTEMPT_AT, at(nextAttempt))
                .set(REMINDER.LAST_ERROR, cut(why))
                .set(REMINDER.LEASE_UNTIL, (OffsetDateTime) null);
        if (!countsAsAttempt) {
            update = update.set(REMINDER.ATTEMPTS, DSL.greatest(REMINDER.ATTEMPTS.minus(1), DSL.inline(0)));
        }
        update.where(REMINDER.ID.eq(id)).execute();
    }

    /** Gives claimed rows that were not started back, for the next sweep (or another instance) to take. */
    public void release(Collection<Long> ids, String owner, Instant notBefore) {
        if (ids.isEmpty()) {
            return;
        }
        dsl.update(REMINDER).set(REMINDER.LEASE_UNTIL, (OffsetDateTime) null)
                .set(REMINDER.NEXT_ATTEMPT_AT, DSL.greatest(REMINDER.NEXT_ATTEMPT_AT, DSL.val(at(notBefore))))
                .where(REMINDER.ID.in(ids).and(REMINDER.LEASE_OWNER.eq(owner))
                        .and(REMINDER.STATE.eq(ReminderState.PENDING.dbValue())))
                .execute();
    }

    // ---- answers ----

    public Optional<Reminder> find(long id) {
        return dsl.selectFrom(REMINDER).where(REMINDER.ID.eq(id)).fetchOptional().map(ReminderRepository::toReminder);
    }

    public void recordAnswer(long id, String userId, String answer, Instant now) {
        dsl.update(REMINDER).set(REMINDER.ANSWERED_BY, userId).set(REMINDER.ANSWER, answer)
                .set(REMINDER.ANSWERED_AT, at(now)).where(REMINDER.ID.eq(id)).execute();
    }

    /** An answered status check needs no chasing. */
    public int skipPendingNoAnswer(long stepId) {
        return dsl.update(REMINDER).set(REMINDER.STATE, ReminderState.SKIPPED.dbValue()).set(REMINDER.LAST_ERROR, "answered")
                .where(REMINDER.STEP_ID.eq(stepId).and(REMINDER.KIND.eq(db(ReminderKind.NO_ANSWER)))
                        .and(REMINDER.STATE.eq(ReminderState.PENDING.dbValue())))
                .execute();
    }

    /** Whether the message at {@code channel}/{@code ts} is a sent reminder of that proposal (so its buttons may answer it). */
    public boolean isProposalReminderMessage(long proposalId, String channel, String ts) {
        return dsl.fetchExists(REMINDER, REMINDER.PROPOSAL_ID.eq(proposalId).and(REMINDER.KIND.eq(db(ReminderKind.PROPOSAL)))
                .and(REMINDER.MESSAGE_CHANNEL.eq(channel)).and(REMINDER.MESSAGE_TS.eq(ts)));
    }

    public List<Reminder> ofPlan(long planId) {
        return dsl.selectFrom(REMINDER).where(REMINDER.PLAN_ID.eq(planId)).orderBy(REMINDER.DUE_AT, REMINDER.ID)
                .fetch(ReminderRepository::toReminder);
    }

    static Reminder toReminder(ReminderRecord r) {
        return new Reminder(r.getId(), r.getPlanId(), r.getStepId(), kind(r.getKind()), r.getRecipient(), r.getForDate(),
                ZoneId.of(r.getTimeZone()), r.getDueAt().toInstant(),
                ReminderState.valueOf(r.getState().toUpperCase(Locale.ROOT)), r.getAttempts(),
                r.getMessageChannel(), r.getMessageTs(), r.getProposalId());
    }

    static String db(ReminderKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static ReminderKind kind(String db) {
        return ReminderKind.valueOf(db.toUpperCase(Locale.ROOT));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return TextCut.prefix(text, 500);
    }

    /** A pending row's id and key. */
    public record PendingKey(long id, String dedupeKey) {
    }
}
