package org.mapbot.testkit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Waits for asynchronous work by checking a condition until a deadline (Awaitility), never by a fixed pause. */
public final class Await {
    private Await() {
    }

    public static <T> T until(String what, Supplier<Optional<T>> check) {
        AtomicReference<T> found = new AtomicReference<>();
        try {
            Awaitility.await(what).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
                    .until(() -> check.get().map(value -> {
                        found.set(value);
                        return true;
                    }).orElse(false));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
        return found.get();
    }
}
