package org.mapbot.plan.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The slip log summed per step: how often and by how many days each step's due date moved later. Kept per step so
 * that a reader who may not see every step (the customer) gets numbers from the steps they see, never from an
 * internal one. Steps removed since still count for the seller, who saw them.
 */
public record SlipLog(Map<Long, Slips> byStep) {
    public static final SlipLog NONE = new SlipLog(Map.of());
    /** The key under which the slips of steps removed since are kept: no step id, so never a customer's. */
    public static final long REMOVED_STEPS = -1L;

    public SlipLog {
        byStep = Map.copyOf(byStep);
    }

    public Slips total() {
        return sum(byStep.values());
    }

    /** Only the slips of these steps: what a reader who sees just them may be told. */
    public SlipLog onlyOf(Set<Long> stepIds) {
        Map<Long, Slips> kept = new java.util.HashMap<>(byStep);
        kept.keySet().retainAll(stepIds);
        return new SlipLog(kept);
    }

    private static Slips sum(Collection<Slips> slips) {
        int count = 0;
        int days = 0;
        for (Slips s : slips) {
            count += s.count();
            days += s.days();
        }
        return new Slips(count, days);
    }
}
