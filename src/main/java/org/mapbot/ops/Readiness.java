package org.mapbot.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Whether this instance should get traffic: each check in order, the first that fails named in a short reason.
 * A load balancer or service manager reads it at {@code /health/ready}.
 */
public final class Readiness {
    private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();

    /** Adds a check; {@code reason} is what the probe answers when it fails ("database unreachable"). */
    public Readiness check(String reason, BooleanSupplier passes) {
        checks.put(reason, passes);
        return this;
    }

    /** Empty when every check passes; otherwise the reason of the first that failed (later ones are not run). */
    public Optional<String> notReadyBecause() {
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean passes;
            try {
                passes = check.getValue().getAsBoolean();
            } catch (RuntimeException e) {
                passes = false;
            }
            if (!passes) {
                return Optional.of(check.getKey());
            }
        }
        return Optional.empty();
    }
}
