package org.mapbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.reminder.domain.Reminder;

/**
 * Sends every reminder that is due, at Slack's pace, once.
 *
 * <p>Due rows are claimed in short transactions ({@code FOR UPDATE SKIP LOCKED}, with a lease so a dead instance's
 * claims come back); each channel's (or DM's) reminders then go out one after another at most one a second, while
 * different channels are served in parallel on the sender pool, so a slow or rate-limited channel holds up only
 * itself. A channel's wait for its next second holds no thread, and the next batch is claimed while the last one is
 * still going out ({@link #IN_FLIGHT} rows at most), so the pool's threads spend their time on Slack calls.
 * A sweep stops starting new sends after {@link #TIME_BUDGET}; what is left stays pending for the next one.
 */
public final class ReminderSweeper {
    private static final Logger log = LoggerFactory.getLogger(ReminderSweeper.class);
    static final int BATCH = 500;
    /** Claimed rows not yet finished, across batches: bounds what a sweep holds leased. */
    static final int IN_FLIGHT = 3 * BATCH;
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

    /** {@code outcomes} is told what became of each row (the operators' counters). */
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
    }

    /** Sends what is due now; returns when every started send has finished. Sweeps on one instance take turns. */
    public Report sweep() {
        oneAtATime.lock();
        try {
            long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
            Semaphore room = new Semaphore(IN_FLIGHT);
            ChannelLanes lanes = new ChannelLanes(this, deadline, room::release);
            while (System.nanoTime() < deadline && hasRoom(room, deadline)) {
                Instant now = clock.instant();
                List<Reminder> batch = reminders.claim(name, now, now.plus(LEASE), BATCH);
                room.release(BATCH - batch.size());
                if (batch.isEmpty()) {
                    // A send may have planned a row that is due at once (this week's digest in place of a late one):
                    // once what is under way has finished, look again.
                    if (!lanes.awaitAll()) {
                        break;
                    }
                    continue;
                }
                lanes.start(batch, delivery.factsFor(batch));
            }
            Report total = lanes.finish();
            if (total.claimed() > 0) {
                log.info("Reminder sweep: {}", total);
            }
            return total;
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Waits until a whole batch more may be claimed; false when the time is up or the sweep is being stopped. */
    private static boolean hasRoom(Semaphore room, long deadline) {
        try {
            return room.tryAcquire(BATCH, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends one claimed row, after the checks; for {@link ChannelLanes}, which keeps each channel's order and pace. */
    ReminderDelivery.Result deliver(Reminder reminder, SweepFacts facts) {
        ReminderDelivery.Result result = delivery.deliver(reminder, name, facts);
        if (result == ReminderDelivery.Result.SENT) {
            lastSend.put(reminder.recipient(), System.nanoTime());
        }
        return result;
    }

    void counted(Reminder reminder, ReminderOutcomes.Outcome outcome) {
        outcomes.counted(reminder.kind(), outcome);
    }

    /** Gives claimed rows that were not started back, not to be tried before {@code notBefore}. */
    void release(List<Long> ids, Instant notBefore) {
        reminders.release(ids, name, notBefore);
    }

    /** Nanoseconds until the channel may have its next message. Slack's limit runs on real time, not the app's Clock. */
    long waitNanos(String channel) {
        Long last = lastSend.get(channel);
        if (last == null || perChannelGap.isZero()) {
            return 0;
        }
        return Math.max(0, last + perChannelGap.toNanos() - System.nanoTime());
    }

    Executor senders() {
        return senders;
    }

    Instant now() {
        return clock.instant();
    }

    public String name() {
        return name;
    }
}
