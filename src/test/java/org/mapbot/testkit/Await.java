package org.mapbot.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for asynchronous work by checking a condition until a deadline, never by a fixed pause. */
public final class Await {
    private Await() {
    }

    public static <T> T until(String what, Supplier<Optional<T>> check) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Optional<T> result = check.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }
}
