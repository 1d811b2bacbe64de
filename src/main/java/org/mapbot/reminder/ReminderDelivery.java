package org.mapbot.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.reminder.SlackPoster.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderTiming;

/**
 * Sends one claimed reminder: records the attempt, checks it still makes sense, holds it for the recipient's working
 * hours if it came due outside them, posts it, records the outcome.
 * The row is marked {@code sending} before Slack is called, so whatever happens next it is never sent twice.
 */
public final class ReminderDelivery {
    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);
    public static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Function<Long, Optional<PlanView>> plans;
    private final ReminderRepository reminders;
    private final SlackDirectory directory;
    private final SlackPoster poster;
    private final PlanService planService;
    private final ReminderFailureLog failures;
    private final Clock clock;

    public ReminderDelivery(Function<Long, Optional<PlanView>> plans, ReminderRepository reminders, SlackDirectory directory,
                            SlackPoster poster, PlanService planService, ReminderFailureLog failures, Clock clock) {
        this.plans = plans;
        this.reminders = reminders;
        this.directory = directory;
        this.poster = poster;
        this.planService = planService;
        this.failures = failures;
        this.clock = clock;
    }

    /** What came of one reminder, as far as the sweeper's pacing cares. */
    public sealed interface Result {
        Result SENT = new Done("sent");
        Result SKIPPED = new Done("skipped");
        Result NOT_MINE = new Done("not mine");

        record Done(String what) implements Result { }
        record Retry(String error) implements Result { }
        record Failed(String error) implements Result { }
        /** Slack asked this channel to slow down: nothing more to it until then. */
        record SlowDown(Duration retryAfter) implements Result { }
        /** Came due outside the recipient's working hours: back to pending until they begin, not an attempt. */
        record Waiting(Instant until) implements Result { }
    }

    /** What the checks before each send of this claimed batch read, loaded once for the batch. */
    SweepFacts factsFor(List<Reminder> batch) {
        return new SweepFacts(plans, directory::mutedAmong,
                batch.stream().filter(Reminder::isDirectMessage).map(Reminder::recipient).distinct().toList(), System::nanoTime);
    }

    public Result deliver(Reminder reminder, String sweeper, SweepFacts facts) {
        if (!reminders.markSending(reminder.id(), sweeper, clock.instant())) {
            return Result.NOT_MINE;
        }
        int attempt = reminder.attempts() + 1;
        Instant now = clock.instant();
        PlanView view = facts.view(reminder.planId()).orElse(null);
        if (view == null) {
            return skip(reminder, "plan removed");
        }
        Plan plan = view.plan();
        if (plan.status() != PlanStatus.ACTIVE) {
            return skip(reminder, "plan " + plan.status().dbValue());
        }
        Instant sendAt = ReminderTiming.earliestSendAt(now, zoneAtSendTime(reminder, plan));
        Step step = null;
        if (reminder.stepId() != null) {
            step = view.steps().stream().filter(s -> s.id() == reminder.stepId()).findFirst().orElse(null);
            if (step == null) {
                return skip(reminder, "step removed");
            }
            if (!step.isOpen()) {
                return skip(reminder, "step " + step.status().dbValue());
            }
            if (reminder.kind() == ReminderKind.PROPOSAL) {
                Optional<String> not = ProposalReminders.whyNot(view, step, reminder);
                if (not.isPresent()) {
                    return skip(reminder, not.get());
                }
            } else if (!reminder.forDate().equals(step.dueDate())) {
                return skip(reminder, "due date moved");
            }
            // Judged at the moment it may go out: a row that waits for working hours must still make sense then.
            if (!ReminderTiming.stillMeaningful(reminder.kind(), reminder.forDate(), sendAt, reminder.zone())) {
                return skip(reminder, "too late to be useful");
            }
            if (step.internalOnly() && !mayHearOfInternalStep(plan, step, reminder.recipient())) {
                log.warn("Reminder {} about internal step {} was addressed outside the seller organisation; not sent",
                        reminder.id(), step.id());
                return skip(reminder, "internal step: recipient outside the seller organisation");
            }
        }
        if (reminder.isDirectMessage() && facts.isMuted(plan, reminder.recipient())) {
            return skip(reminder, "recipient muted reminders");
        }
        if (sendAt.isAfter(now)) {
            // Waiting is not a failure: like a rate limit it does not count as an attempt. At the window's opening
            // the next sweep takes it again and runs every check above once more.
            reminders.retryLater(reminder.id(), sendAt, "waiting for working hours", false);
            return new Result.Waiting(sendAt);
        }
        ReminderViews.Message message;
        String threadTs = null;
        switch (reminder.kind()) {
            case DUE_SOON, DUE_TODAY, OVERDUE -> {
                boolean aboutOthers = !reminder.recipient().equals(step.owner().userId());
                message = ReminderViews.stepReminder(reminder.kind(), plan, step, now.atZone(reminder.zone()).toLocalDate(),
                        aboutOthers, reminder.id());
            }
            case STATUS_CHECK -> {
                message = ReminderViews.statusCheck(plan, step, reminder.id());
                threadTs = reminder.isDirectMessage() ? null : plan.cardTs();
            }
            case NO_ANSWER -> message = ReminderViews.noAnswer(plan, step);
            case PROPOSAL -> {
                message = ProposalReminders.message(view, step, reminder);
                threadTs = reminder.isDirectMessage() ? null : plan.cardTs();
            }
            case DIGEST -> {
                LocalDate thisMonday = now.atZone(plan.timeZone()).toLocalDate()
                        .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (reminder.forDate().isBefore(thisMonday)) {
                    // Sent late into a new week: this week's digest replaces it (and goes out now if its time has come).
                    Instant thisWeeks = java.time.ZonedDateTime.of(thisMonday, ReminderTiming.SEND_TIME, plan.timeZone()).toInstant();
                    reminders.insertAll(List.of(new PlannedReminder(plan.id(), null, ReminderKind.DIGEST, plan.channelId(),
                            thisMonday, plan.timeZone(), thisWeeks)), now);
                    return skip(reminder, "superseded by this week's digest");
                }
                ReminderViews.Digest digest = digest(view, reminder.forDate(), directory.isExtShared(plan));
                if (digest.isEmpty()) {
                    scheduleNextDigest(plan, now);
                    return skip(reminder, "nothing to say");
                }
                message = ReminderViews.digest(plan, digest);
            }
            default -> throw new IllegalStateException("Unknown kind " + reminder.kind());
        }

        Outcome outcome = poster.post(plan, reminder.recipient(), threadTs, message);
        Instant after = clock.instant();
        if (outcome instanceof Outcome.Sent sent) {
            reminders.markSent(reminder.id(), sent.channel(), sent.ts(), after);
            if (reminder.kind() == ReminderKind.OVERDUE) {
                // Nothing in the plan changed, but time did: the card's overdue badge must now show.
                planService.refresh(plan.id());
            } else if (reminder.kind() == ReminderKind.STATUS_CHECK) {
                scheduleNoAnswer(plan, step, after);
            } else if (reminder.kind() == ReminderKind.DIGEST) {
                scheduleNextDigest(plan, after);
            }
            return Result.SENT;
        }
        if (outcome instanceof Outcome.RateLimited limited) {
            reminders.retryLater(reminder.id(), after.plus(limited.retryAfter()), "rate limited", false);
            return new Result.SlowDown(limited.retryAfter());
        }
        if (outcome instanceof Outcome.Transient failure) {
            if (attempt >= MAX_ATTEMPTS) {
                return fail(plan, reminder, step, "gave up after " + attempt + " attempts: " + failure.error(), after);
            }
            reminders.retryLater(reminder.id(), after.plus(backoff(attempt)), failure.error(), true);
            return new Result.Retry(failure.error());
        }
        if (outcome instanceof Outcome.ChannelGone gone && !reminder.isDirectMessage()) {
            Result failed = fail(plan, reminder, step, gone.error(), after);
            // Pausing goes through the plan's rules, so the card, Home tabs and reminders follow from one change.
            if (planService.pause(plan, "reminders could not be posted in the channel: " + gone.error())) {
                log.warn("Paused plan {}: channel {} answered {}", plan.id(), plan.channelId(), gone.error());
                Outcome told = poster.post(plan, plan.ownerUserId(), null, ReminderViews.planPaused(plan, gone.error()));
                if (!(told instanceof Outcome.Sent)) {
                    log.warn("Could not tell {} that plan {} is paused: {}", plan.ownerUserId(), plan.id(), told);
                }
            }
            return failed;
        }
        String error = outcome instanceof Outcome.Rejected rejected ? rejected.error()
                : ((Outcome.ChannelGone) outcome).error();
        return fail(plan, reminder, step, error, after);
    }

    /**
     * The last check before a word about an internal step leaves: only the plan's seller owner, or an owner known to
     * be of the seller's organisation (by the step and by Slack's directory), in a direct message. Never a channel.
     */
    private boolean mayHearOfInternalStep(Plan plan, Step step, String recipient) {
        if (recipient.equals(plan.ownerUserId())) {
            return true;
        }
        return recipient.equals(step.owner().userId()) && step.owner().isSellerPersonOf(plan)
                && directory.teamOf(plan, recipient).map(plan.teamId()::equals).orElse(true);
    }

    /**
     * A DM follows its recipient's zone (the plan's when Slack gave none); a message in the channel, the plan's, except
     * a proposal reminder, which is for the answering side's people and keeps their working hours.
     */
    private static ZoneId zoneAtSendTime(Reminder reminder, Plan plan) {
        return reminder.isDirectMessage() || reminder.kind() == ReminderKind.PROPOSAL ? reminder.zone() : plan.timeZone();
    }

    private Result skip(Reminder reminder, String why) {
        reminders.markSkipped(reminder.id(), why);
        return Result.SKIPPED;
    }

    private Result fail(Plan plan, Reminder reminder, Step step, String why, Instant now) {
        reminders.markFailed(reminder.id(), why);
        log.error("Reminder {} ({} to {} for plan {}) failed: {}", reminder.id(), reminder.kind(), reminder.recipient(),
                plan.id(), why);
        failures.record(plan, reminder, step == null ? null : step.title(), why, now);
        return new Result.Failed(why);
    }

    private void scheduleNoAnswer(Plan plan, Step step, Instant postedAt) {
        if (!reminders.settings(plan.id()).wants(ReminderKind.NO_ANSWER)) {
            return;
        }
        ZoneId zone = directory.zones(plan, List.of(plan.ownerUserId())).zoneOr(plan.ownerUserId(), plan.timeZone());
        reminders.insertAll(List.of(new PlannedReminder(plan.id(), step.id(), ReminderKind.NO_ANSWER, plan.ownerUserId(),
                step.dueDate(), zone, ReminderTiming.noAnswerAt(postedAt, zone))), postedAt);
    }

    private void scheduleNextDigest(Plan plan, Instant now) {
        Instant next = ReminderTiming.nextDigestAt(now, plan.timeZone());
        reminders.insertAll(List.of(new PlannedReminder(plan.id(), null, ReminderKind.DIGEST, plan.channelId(),
                next.atZone(plan.timeZone()).toLocalDate(), plan.timeZone(), next)), now);
    }

    /** Done in the seven days before {@code monday}, due from it to Sunday, overdue before it, and open proposals. */
    static ReminderViews.Digest digest(PlanView view, LocalDate monday, boolean sharedChannel) {
        ZoneId zone = view.plan().timeZone();
        LocalDate week = monday.getDayOfWeek() == DayOfWeek.MONDAY ? monday : monday.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.MONDAY));
        Instant lastWeekStart = week.minusWeeks(1).atStartOfDay(zone).toInstant();
        Instant weekStart = week.atStartOfDay(zone).toInstant();
        PlanView seen = view.visibleTo(sharedChannel);
        List<Step> steps = seen.steps();
        List<Step> done = steps.stream().filter(s -> s.status() == StepStatus.DONE && s.completedAt() != null
                && !s.completedAt().isBefore(lastWeekStart) && s.completedAt().isBefore(weekStart)).toList();
        List<Step> dueThisWeek = steps.stream().filter(s -> s.isOpen() && s.dueDate() != null
                && !s.dueDate().isBefore(week) && s.dueDate().isBefore(week.plusWeeks(1))).toList();
        List<Step> overdue = steps.stream().filter(s -> s.isOpen() && s.dueDate() != null && s.dueDate().isBefore(week)).toList();
        List<ProposalReminderViews.Waiting> waiting = seen.commitment().open().stream()
                .flatMap(p -> steps.stream().filter(s -> s.id() == p.stepId() && s.isOpen() && !s.internalOnly())
                        .map(s -> new ProposalReminderViews.Waiting(s, p))).toList();
        return new ReminderViews.Digest(done, dueThisWeek, overdue, waiting);
    }

    static Duration backoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(10, Math.max(0, attempt - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
