package org.mapbot.reminder;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;

/**
 * What the checks before a send read about a batch of claimed reminders — each plan as it stands, and who muted
 * their reminder DMs — read once for the batch (the mutes when it is claimed, each plan at its first send) rather
 * than once per reminder. Nothing is older than {@link #FRESH_FOR} when a send reads it: a plan or a mute read longer
 * ago is read again. (A step done or moved meanwhile also removes its pending reminder rows, which stops a send at its
 * {@code sending} mark.)
 */
final class SweepFacts {
    static final Duration FRESH_FOR = Duration.ofSeconds(2);

    private final Function<Long, Optional<PlanView>> plans;
    private final Function<Collection<String>, Set<String>> mutedAmong;
    private final Collection<String> recipients;
    private final LongSupplier nanos;
    private final Map<Long, PlanRead> views = new ConcurrentHashMap<>();
    private final Read<Set<String>> muted;

    private record Read<T>(T value, long at) {
    }

    SweepFacts(Function<Long, Optional<PlanView>> plans, Function<Collection<String>, Set<String>> mutedAmong,
               Collection<String> directMessageRecipients, LongSupplier nanos) {
        this.plans = plans;
        this.mutedAmong = mutedAmong;
        this.recipients = Set.copyOf(directMessageRecipients);
        this.nanos = nanos;
        this.muted = new Read<>(mutedAmong.apply(recipients), nanos.getAsLong());
    }

    /** Only the first send of a plan in the batch (or after a while) reads it; sends for other plans never wait on it. */
    Optional<PlanView> view(long planId) {
        return views.computeIfAbsent(planId, PlanRead::new).get();
    }

    /** One plan's latest read; only sends about the same plan wait for each other's read. */
    private final class PlanRead {
        private final long planId;
        private Read<Optional<PlanView>> read;

        PlanRead(long planId) {
            this.planId = planId;
        }

        synchronized Optional<PlanView> get() {
            if (!fresh(read)) {
                read = new Read<>(plans.apply(planId), nanos.getAsLong());
            }
            return read.value();
        }
    }

    /** From the batch's one read while it is fresh; after that (or for someone outside the batch), read again. */
    boolean isMuted(Plan plan, String userId) {
        String key = SlackDirectory.mutedKey(plan, userId);
        if (!fresh(muted) || !recipients.contains(userId)) {
            return mutedAmong.apply(Set.of(userId)).contains(key);
        }
        return muted.value().contains(key);
    }

    private boolean fresh(Read<?> read) {
        return read != null && nanos.getAsLong() - read.at() < FRESH_FOR.toNanos();
    }
}
