package org.mapbot.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.mapbot.sandbox.limits.Refusal;

/**
 * Everything the stand-in for Slack refused because it broke Slack's documented limits. Real Slack would refuse it
 * too, so the test that caused a refusal fails ({@link RunningApp} checks after each test).
 */
public final class SlackRefusals {
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();

    void record(Refusal refusal) {
        refusals.add(refusal);
    }

    public List<Refusal> all() {
        return List.copyOf(refusals);
    }

    /** Hands over what was refused and forgets it: for a test that provokes a refusal on purpose and asserts on it. */
    public List<Refusal> takeAll() {
        List<Refusal> taken = List.copyOf(refusals);
        refusals.removeAll(taken);
        return taken;
    }

    void clear() {
        refusals.clear();
    }

    /** Fails, naming every refused call and the limit it broke, when anything was refused. */
    void assertNone(String test) {
        List<Refusal> refused = takeAll();
        if (!refused.isEmpty()) {
            throw new AssertionError(test + " made Slack refuse " + refused.size() + (refused.size() == 1 ? " call" : " calls")
                    + " that break Slack's documented limits:\n  " + refused.stream().map(Refusal::describe)
                    .collect(Collectors.joining("\n  ")));
        }
    }
}
