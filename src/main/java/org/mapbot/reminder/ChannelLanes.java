package org.mapbot.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.mapbot.reminder.ReminderDelivery.Result;
import org.mapbot.reminder.domain.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sweep's sending: a lane per channel (or DM) in which its reminders go out one after another, in claim order,
 * across batches, each no sooner than the channel's pace allows. Waiting for that moment is a timer, not a thread;
 * only the sends run on the sender pool. A rate limit stops the channel's lane: the rest of its rows in this sweep
 * go back with Slack's {@code Retry-After}.
 */
final class ChannelLanes {
    private static final Logger log = LoggerFactory.getLogger(ChannelLanes.class);
    private static final int CLAIMED = 0, SENT = 1, SKIPPED = 2, RETRIED = 3, FAILED = 4, DEFERRED = 5;
    /** The operators' name for each counter above (claimed is not an outcome). */
    private static final ReminderOutcomes.Outcome[] OUTCOMES = {null, ReminderOutcomes.Outcome.SENT, ReminderOutcomes.Outcome.SKIPPED,
            ReminderOutcomes.Outcome.RETRIED, ReminderOutcomes.Outcome.FAILED, ReminderOutcomes.Outcome.DEFERRED};

    private final ReminderSweeper sweeper;
    private final long deadline;
    private final Runnable finishedOne;
    /** Only the sweeping thread adds lanes; sends extend nothing but their own lane's future. */
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    /** Channels Slack asked to slow down, until when (app clock). */
    private final Map<String, Instant> limitedUntil = new ConcurrentHashMap<>();
    private final AtomicIntegerArray counts = new AtomicIntegerArray(6);

    ChannelLanes(ReminderSweeper sweeper, long deadline, Runnable finishedOne) {
        this.sweeper = sweeper;
        this.deadline = deadline;
        this.finishedOne = finishedOne;
    }

    /** Queues a claimed batch behind what each of its channels already has queued in this sweep. */
    void start(List<Reminder> batch, SweepFacts facts) {
        counts.addAndGet(CLAIMED, batch.size());
        Map<String, List<Reminder>> byChannel = new LinkedHashMap<>();
        batch.forEach(r -> byChannel.computeIfAbsent(r.recipient(), k -> new ArrayList<>()).add(r));
        byChannel.forEach((channel, rows) -> {
            CompletableFuture<Void> tail = tails.getOrDefault(channel, CompletableFuture.completedFuture(null));
            tails.put(channel, tail.thenCompose(v -> sendFrom(channel, rows, 0, facts)).exceptionally(e -> {
                log.error("Sending reminders to {} failed", channel, e);
                return null;
            }));
        });
    }

    /** Waits for every lane queued so far; false when there was nothing to wait for. */
    boolean awaitAll() {
        if (tails.values().stream().allMatch(CompletableFuture::isDone)) {
            return false;
        }
        CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new)).join();
        return true;
    }

    /** Waits for every lane; the sweep's report. */
    ReminderSweeper.Report finish() {
        CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new)).join();
        return new ReminderSweeper.Report(counts.get(CLAIMED), counts.get(SENT), counts.get(SKIPPED), counts.get(RETRIED),
                counts.get(FAILED), counts.get(DEFERRED));
    }

    private CompletableFuture<Void> sendFrom(String channel, List<Reminder> rows, int i, SweepFacts facts) {
        if (i == rows.size()) {
            return CompletableFuture.completedFuture(null);
        }
        long wait = sweeper.waitNanos(channel);
        CompletableFuture<Boolean> sent = new CompletableFuture<>();
        // A pool that stopped meanwhile (the app is stopping) ends the lane: its rows come back when their lease ends.
        Executor senders = task -> {
            try {
                sweeper.senders().execute(task);
            } catch (RejectedExecutionException e) {
                sent.completeExceptionally(e);
            }
        };
        Executor run = wait > 0 ? CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, senders) : senders;
        run.execute(() -> {
            try {
                sent.complete(sendOne(channel, rows, i, facts));
            } catch (RuntimeException e) {
                sent.completeExceptionally(e);
            }
        });
        return sent.thenCompose(more -> more ? sendFrom(channel, rows, i + 1, facts) : CompletableFuture.completedFuture(null));
    }

    /** Sends row {@code i}; false when the rest of the lane's rows went back instead (out of time, or rate limited). */
    private boolean sendOne(String channel, List<Reminder> rows, int i, SweepFacts facts) {
        Instant limited = limitedUntil.get(channel);
        if (limited != null || System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
            giveBack(rows.subList(i, rows.size()), limited == null ? sweeper.now() : limited);
            return false;
        }
        Reminder reminder = rows.get(i);
        Result result;
        try {
            result = sweeper.deliver(reminder, facts);
        } catch (RuntimeException e) {
            // Marked sending before the failure: left alone rather than risk a double.
            log.error("Reminder {} could not be delivered", reminder.id(), e);
            result = new Result.Failed(String.valueOf(e.getMessage()));
        }
        finishedOne.run();
        int counter = counter(result);
        counts.incrementAndGet(counter);
        sweeper.counted(reminder, OUTCOMES[counter]);
        if (result instanceof Result.SlowDown slow) {
            Instant until = sweeper.now().plus(slow.retryAfter());
            limitedUntil.put(channel, until);
            giveBack(rows.subList(i + 1, rows.size()), until);
            return false;
        }
        return true;
    }

    private static int counter(Result result) {
        if (result == Result.SENT) {
            return SENT;
        }
        if (result instanceof Result.Done) {
            return SKIPPED;
        }
        if (result instanceof Result.Waiting) {
            return DEFERRED;
        }
        return result instanceof Result.Failed ? FAILED : RETRIED;
    }

    private void giveBack(List<Reminder> rows, Instant notBefore) {
        if (rows.isEmpty()) {
            return;
        }
        sweeper.release(rows.stream().map(Reminder::id).toList(), notBefore);
        counts.addAndGet(DEFERRED, rows.size());
        rows.forEach(r -> {
            sweeper.counted(r, ReminderOutcomes.Outcome.DEFERRED);
            finishedOne.run();
        });
    }
}
