package org.mapbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.reminder.domain.Reminder;

/**
 * Sends every reminder that is due, at Slack's pace, once.
 *
 * <p>Due rows are claimed in short transactions ({@code FOR UPDATE SKIP LOCKED}, with a lease so a dead instance's
 * claims come back); each channel's (or DM's) reminders then go out one after another at most one a second, while
 * different channels are served in parallel on the background pool, so a slow or rate-limited channel holds up only
 * itself. A sweep stops starting new sends after {@link #TIME_BUDGET}; what is left stays pending for the next one.
 */
public final class ReminderSweeper {
    private static final Logger log = LoggerFactory.getLogger(ReminderSweeper.class);
    static final int BATCH = 500;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration TIME_BUDGET = Duration.ofSeconds(50);
    /** Slack allows about one message a second per channel (bursts allowed): our pace per channel or DM. */
    public static final Duration PER_CHANNEL_GAP = Duration.ofSeconds(1);

    private final ReminderRepository reminders;
    private final ReminderDelivery delivery;
    private final Executor senders;
    private final Clock clock;
    private final Duration perChannelGap;
    private final ReminderOutcomes outcomes;
    private final String name = "sweeper-" + UUID.randomUUID();
    private final ReentrantLock oneAtATime = new ReentrantLock();
    /** When each channel last got a message from this instance (monotonic nanos), for the per-channel pace. */
    private final Map<String, Long> lastSend = new ConcurrentHashMap<>();

    public ReminderSweeper(ReminderRepository reminders, ReminderDelivery delivery, Executor senders, Clock clock,
                           Duration perChannelGap) {
        this(reminders, delivery, senders, clock, perChannelGap, ReminderOutcomes.NONE);
    }

    public ReminderSweeper(ReminderRepository reminders, ReminderDelivery delivery, Executor senders, Clock clock,
                           Duration perChannelGap, ReminderOutcomes outcomes) {
        this.outcomes = outcomes;
        this.reminders = reminders;
        this.delivery = delivery;
        this.senders = senders;
        this.clock = clock;
        this.perChannelGap = perChannelGap;
    }

    /** What one sweep did; deferred rows are left for a later sweep (not started in time, or outside working hours). */
    public record Report(int claimed, int sent, int skipped, int retried, int failed, int deferred) {
        Report plus(Report o) {
            return new Report(claimed + o.claimed, sent + o.sent, skipped + o.skipped, retried + o.retried,
                    failed + o.failed, deferred + o.deferred);
        }
    }

    /** Sends what is due now; returns when every started send has finished. Sweeps on one instance take turns. */
    public Report sweep() {
        oneAtATime.lock();
        try {
            long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
            Report total = new Report(0, 0, 0, 0, 0, 0);
            while (true) {
                Instant now = clock.instant();
                List<Reminder> batch = reminders.claim(name, now, now.plus(LEASE), BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                total = total.plus(send(batch, deadline));
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            if (total.claimed() > 0) {
                log.info("Reminder sweep: {}", total);
            }
            return total;
        } finally {
            oneAtATime.unlock();
        }
    }

    private Report send(List<Reminder> batch, long deadline) {
        Map<String, List<Reminder>> byChannel = new LinkedHashMap<>();
        batch.forEach(r -> byChannel.computeIfAbsent(r.recipient(), k -> new ArrayList<>()).add(r));
        List<CompletableFuture<Report>> channels = new ArrayList<>();
        for (Map.Entry<String, List<Reminder>> channel : byChannel.entrySet()) {
            channels.add(CompletableFuture.supplyAsync(() -> sendToChannel(channel.getKey(), channel.getValue(), deadline), senders)
                    .exceptionally(e -> {
                        log.error("Sending reminders to {} failed", channel.getKey(), e);
                        return new Report(channel.getValue().size(), 0, 0, 0, 0, 0);
                    }));
        }
        Report report = new Report(0, 0, 0, 0, 0, 0);
        for (CompletableFuture<Report> channel : channels) {
            report = report.plus(channel.join());
        }
        return report;
    }

    /** One channel's reminders, in order, paced; on a rate limit the rest wait for Slack's Retry-After. */
    private Report sendToChannel(String channel, List<Reminder> queue, long deadline) {
        int sent = 0, skipped = 0, retried = 0, failed = 0, waiting = 0;
        List<Long> untouched = new ArrayList<>();
        Instant notBefore = clock.instant();
        for (int i = 0; i < queue.size(); i++) {
            Reminder reminder = queue.get(i);
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                queue.subList(i, queue.size()).forEach(r -> untouched.add(r.id()));
                break;
            }
            pace(channel);
            ReminderDelivery.Result result;
            try {
                result = delivery.deliver(reminder, name);
            } catch (RuntimeException e) {
                // Marked sending before the failure: left alone rather than risk a double.
                log.error("Reminder {} could not be delivered", reminder.id(), e);
                failed++;
                outcomes.counted(reminder.kind(), ReminderOutcomes.Outcome.FAILED);
                continue;
            }
            count(reminder, result);
            if (result == ReminderDelivery.Result.SENT) {
                sent++;
                lastSend.put(channel, System.nanoTime());
            } else if (result == ReminderDelivery.Result.SKIPPED || result == ReminderDelivery.Result.NOT_MINE) {
                skipped++;
            } else if (result instanceof ReminderDelivery.Result.Retry) {
                retried++;
            } else if (result instanceof ReminderDelivery.Result.Failed) {
                failed++;
            } else if (result instanceof ReminderDelivery.Result.Waiting) {
                waiting++;
            } else if (result instanceof ReminderDelivery.Result.SlowDown slow) {
                retried++;
                notBefore = clock.instant().plus(slow.retryAfter());
                queue.subList(i + 1, queue.size()).forEach(r -> untouched.add(r.id()));
                break;
            }
        }
        reminders.release(untouched, name, notBefore);
        queue.stream().filter(r -> untouched.contains(r.id())).forEach(r -> outcomes.counted(r.kind(), ReminderOutcomes.Outcome.DEFERRED));
        return new Report(queue.size(), sent, skipped, retried, failed, untouched.size() + waiting);
    }

    private void count(Reminder reminder, ReminderDelivery.Result result) {
        ReminderOutcomes.Outcome outcome = result == ReminderDelivery.Result.SENT ? ReminderOutcomes.Outcome.SENT
                : result instanceof ReminderDelivery.Result.Retry || result instanceof ReminderDelivery.Result.SlowDown
                ? ReminderOutcomes.Outcome.RETRIED
                : result instanceof ReminderDelivery.Result.Failed ? ReminderOutcomes.Outcome.FAILED
                : result instanceof ReminderDelivery.Result.Waiting ? ReminderOutcomes.Outcome.DEFERRED
                : ReminderOutcomes.Outcome.SKIPPED;
        outcomes.counted(reminder.kind(), outcome);
    }

    private void pace(String channel) {
        Long last = lastSend.get(channel);
        if (last == null || perChannelGap.isZero()) {
            return;
        }
        // Slack's per-channel limit runs on real time, not on the app's (possibly moved) Clock: pace by the monotonic clock.
        long waitNanos = last + perChannelGap.toNanos() - System.nanoTime();
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public String name() {
        return name;
    }
}
