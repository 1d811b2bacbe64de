package org.mapbot.plan.domain;

/** A change asked for a version of a step that is no longer the current one (optimistic locking, e.g. HTTP If-Match). */
public final class VersionConflict extends PlanException {
    private final int current;

    public VersionConflict(int current) {
        super("The step changed since that version; it is now at version " + current + ". Read it again and retry.");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
