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
 * {@link PlanSnapshot} and hands it to every consumer, in two stages on executors of their own: first the card, then
 * the rest (Home tabs, reminder re-plan, …) with the same snapshot. A card so never waits behind other plans' Home
 * tabs, which take a Slack call per person; and reminder sending never delays either.
 *
 * <p>A plan counts as published at a version only when both stages succeeded for it. A run that Slack refuses (rate
 * limit, outage) leaves the plan unpublished in the database with a retry time; {@link #catchUp()} (a clustered job)
 * brings back what is due, on whichever instance runs it, also after a restart. After a minute of failing, the person
 * who made the change is told once that it is saved and the card will catch up.
 */
public final class ChangePipeline implements PlanChanges {
    private static final Logger log = LoggerFactory.getLogger(ChangePipeline.class);
    /**
     * Threads for the card stage. A run mostly waits on Slack (the card, about 50 ms a call) and the database; 16
     * threads let a burst of clicks on different plans go out sooner, but they took the database pool (16 connections)
     * and the CPU from the requests: on an idle 2-core machine Done clicks at 200/s went from p50 28 ms to 4.6 s with
     * timeouts (`-Pbench`, scenario done). The requests come first.
     */
    public static final int THREADS = 4;
    /**
     * Threads for the follow-up stage (Home tabs, one Slack call per person; reminder re-plan; webhooks; CRM). With 4,
     * the two stages together did more work per second than 2 cores had beside the requests: Done at 200/s went to
     * p50 1.9 s with 423 timeouts in 2,000; with 2 it is p50 29 ms and none, and click → card at 50/s p95 199 ms
     * (`-Pbench -Dbench.scenarios=done,card`). Home tabs lag a burst a little; they are also rebuilt whenever opened.
     */
    public static final int FOLLOW_UP_THREADS = 2;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final Duration TELL_AFTER = Duration.ofMinutes(1);
    /** A plan unpublished this long with no retry time was committed by an instance that stopped before publishing. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(30);
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final PlanSnapshots snapshots;
    private final Stage first;
    private final Stage then;
    private final Publications publications;
    private final LagNotice lagNotice;
    private final Clock clock;
    private final Map<Long, Fold> folds = new ConcurrentHashMap<>();
    private final Map<Long, FollowUp> followUps = new ConcurrentHashMap<>();
    private final InFlight running = new InFlight();

    /** Consumers that run together, one plan at a time, on their own executor. */
    public record Stage(List<PlanConsumer> consumers, Executor executor) {
        public Stage {
            consumers = List.copyOf(consumers);
        }
    }

    /**
     * @param first what must be shown at once (the card)
     * @param then  what follows with the same snapshot, without holding up the next plan's card
     */
    public ChangePipeline(PlanSnapshots snapshots, Stage first, Stage then, Publications publications, LagNotice lagNotice,
                          Clock clock) {
        this.snapshots = snapshots;
        this.first = first;
        this.then = then;
        this.publications = publications;
        this.lagNotice = lagNotice;
        this.clock = clock;
    }

    /** One plan's place in the queue: queued (a run will start), and whether a run is under way. */
    private static final class Fold {
        boolean queued;
        boolean publishing;
    }

    /**
     * One plan's second stage: the newest snapshot its first stage handed over (an older one still waiting is replaced,
     * as the newer run showed its card again), with that stage's failures, and whether a second stage is under way.
     */
    private static final class FollowUp {
        PlanSnapshot next;
        List<PublishFailed> firstFailures;
        boolean running;
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
            first.executor().execute(() -> run(planId, fold));
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
        List<PublishFailed> failures = runAll(first, snapshot);
        if (then.consumers().isEmpty()) {
            settle(snapshot, failures);
            return;
        }
        FollowUp followUp = followUps.computeIfAbsent(planId, id -> new FollowUp());
        synchronized (followUp) {
            followUp.next = snapshot;
            followUp.firstFailures = failures;
            if (followUp.running) {
                return; // the second stage under way takes this snapshot when it ends
            }
            followUp.running = true;
        }
        startFollowUp(planId, followUp);
    }

    private void startFollowUp(long planId, FollowUp followUp) {
        running.started();
        try {
            then.executor().execute(() -> follow(planId, followUp));
        } catch (RejectedExecutionException e) {
            // Shutting down: the plan stays unpublished in the database and the next start catches it up.
            synchronized (followUp) {
                followUp.running = false;
                followUp.next = null;
            }
            running.finished();
        }
    }

    private void follow(long planId, FollowUp followUp) {
        MDC.MDCCloseable about = LogContext.plan(planId);
        try {
            while (true) {
                PlanSnapshot snapshot;
                List<PublishFailed> failures;
                synchronized (followUp) {
                    if (followUp.next == null) {
                        followUp.running = false;
                        return;
                    }
                    snapshot = followUp.next;
                    failures = new ArrayList<>(followUp.firstFailures);
                    followUp.next = null;
                }
                try {
                    failures.addAll(runAll(then, snapshot));
                    settle(snapshot, failures);
                } catch (RuntimeException e) {
                    log.error("Publishing plan {} failed", planId, e);
                }
            }
        } finally {
            running.finished();
            about.close();
        }
    }

    private List<PublishFailed> runAll(Stage stage, PlanSnapshot snapshot) {
        List<PublishFailed> failures = new ArrayList<>();
        for (PlanConsumer consumer : stage.consumers()) {
            try {
                consumer.publish(snapshot);
            } catch (PublishFailed e) {
                failures.add(e);
            } catch (NotInstalledException e) {
                // The workspace uninstalled MAP Bot: nothing can be posted there, but the reminders still follow the plan.
                log.info("Plan {} not published by {}: {}", snapshot.plan().id(), consumer.getClass().getSimpleName(), e.getMessage());
            }
        }
        return failures;
    }

    private void settle(PlanSnapshot snapshot, List<PublishFailed> failures) {
        if (failures.isEmpty()) {
            publications.published(snapshot.plan().id(), snapshot.version());
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
