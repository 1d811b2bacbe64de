package org.mapbot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mapbot.ops.LogContext;
import org.mapbot.plan.service.PlanChanges;
import org.mapbot.slack.NotInstalledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one way out after a commit. A committed change puts its plan on one queue that folds repeats: while a plan is
 * queued or being published, more changes to it join the next run instead of starting their own. Each run reads one
 * {@link PlanSnapshot} and hands it to every consumer (card, Home tabs, reminder re-plan), on the pipeline's own
 * executor, so reminder sending never delays a card.
 *
 * <p>A run that Slack refuses (rate limit, outage) leaves the plan unpublished in the database with a retry time;
 * {@link #catchUp()} (a clustered job) brings back what is due, on whichever instance runs it, also after a restart.
 * After a minute of failing, the person who made the change is told once that it is saved and the card will catch up.
 */
public final class ChangePipeline implements PlanChanges {
    private static final Logger log = LoggerFactory.getLogger(ChangePipeline.class);
    /**
     * Threads for the pipeline's executor. A run mostly waits on Slack (the card, then each Home tab, about 50 ms a
     * call) and the database; 16 threads let a burst of clicks on different plans go out sooner, but they took the
     * database pool (16 connections) from the requests: on an idle 2-core machine Done clicks at 200/s went from p50
     * 28 ms to 4.6 s with timeouts (`-Pbench`, scenario done). The requests come first.
     */
    public static final int THREADS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final Duration TELL_AFTER = Duration.ofMinutes(1);
    /** A plan unpublished this long with no retry time was committed by an instance that stopped before publishing. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(30);
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final PlanSnapshots snapshots;
    private final List<PlanConsumer> consumers;
    private final Publications publications;
    private final LagNotice lagNotice;
    private final Executor executor;
    private final Clock clock;
    private final Map<Long, Fold> folds = new ConcurrentHashMap<>();
    private final InFlight running = new InFlight();

    public ChangePipeline(PlanSnapshots snapshots, List<PlanConsumer> consumers, Publications publications, LagNotice lagNotice,
                          Executor executor, Clock clock) {
        this.snapshots = snapshots;
        this.consumers = List.copyOf(consumers);
        this.publications = publications;
        this.lagNotice = lagNotice;
        this.executor = executor;
        this.clock = clock;
    }

    /** One plan's place in the queue: queued (a run will start), and whether a run is under way. */
    private static final class Fold {
        boolean queued;
        boolean publishing;
    }

    @Override
    public void committed(long planId) {
        Fold fold = folds.computeIfAbsent(planId, id -> new Fold());
        synchronized (fold) {
            if (fold.queued) {
                return; // folded into the run that is already waiting
            }
            fold.queued = true;
            if (fold.publishing) {
                return; // the run under way starts the next one when it ends
            }
        }
        start(planId, fold);
    }

    /** Brings back the plans whose publication is due (failed earlier, or orphaned by a stopped instance). */
    public int catchUp() {
        List<Long> due = publications.claimDue(clock.instant(), ORPHANED_AFTER, CLAIM_LEASE, 200);
        due.forEach(this::committed);
        return due.size();
    }

    /** Waits until nothing is queued or being published; for tests and a clean stop. */
    public boolean drain(Duration timeout) {
        return running.awaitNone(timeout);
    }

    /** How many plans wait for (or are in) a run: the pipeline's queue length. */
    public int queued() {
        return running.count();
    }

    private void start(long planId, Fold fold) {
        running.started();
        try {
            executor.execute(() -> run(planId, fold));
        } catch (RejectedExecutionException e) {
            // Shutting down: the plan stays unpublished in the database and the next start catches it up.
            synchronized (fold) {
                fold.queued = false;
            }
            running.finished();
        }
    }

    private void run(long planId, Fold fold) {
        synchronized (fold) {
            fold.queued = false;
            fold.publishing = true;
        }
        MDC.MDCCloseable about = LogContext.plan(planId);
        try {
            publish(planId);
        } catch (RuntimeException e) {
            log.error("Publishing plan {} failed", planId, e);
        } finally {
            boolean again;
            synchronized (fold) {
                fold.publishing = false;
                again = fold.queued;
            }
            if (again) {
                start(planId, fold);
            }
            running.finished();
            about.close();
        }
    }

    private void publish(long planId) {
        Optional<PlanSnapshot> loaded = snapshots.load(planId);
        if (loaded.isEmpty()) {
            return;
        }
        PlanSnapshot snapshot = loaded.get();
        List<PublishFailed> failures = new ArrayList<>();
        for (PlanConsumer consumer : consumers) {
            try {
                consumer.publish(snapshot);
            } catch (PublishFailed e) {
                failures.add(e);
            } catch (NotInstalledException e) {
                // The workspace uninstalled MAP Bot: nothing can be posted there, but the reminders still follow the plan.
                log.info("Plan {} not published by {}: {}", planId, consumer.getClass().getSimpleName(), e.getMessage());
            }
        }
        if (failures.isEmpty()) {
            publications.published(planId, snapshot.version());
            return;
        }
        retryLater(snapshot, failures);
    }

    private void retryLater(PlanSnapshot snapshot, List<PublishFailed> failures) {
        Instant now = clock.instant();
        Duration slackAsked = failures.stream().flatMap(f -> f.retryAfter().stream()).max(Duration::compareTo).orElse(Duration.ZERO);
        Duration backoff = backoff(snapshot.publishAttempts() + 1);
        Duration wait = backoff.compareTo(slackAsked) > 0 ? backoff : slackAsked;
        publications.failed(snapshot.plan().id(), now.plus(wait), now);
        log.warn("Plan {} not published ({}); retrying in {} s", snapshot.plan().id(), failures.get(0).getMessage(),
                wait.toSeconds());
        Instant since = snapshot.failingSince().orElse(now);
        if (!snapshot.told() && snapshot.changedBy() != null && !Duration.between(since, now).minus(TELL_AFTER).isNegative()
                && lagNotice.tell(snapshot.plan(), snapshot.changedBy())) {
            publications.told(snapshot.plan().id());
        }
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(10, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
