package org.mapbot.hubspot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code mapbot_hubspot_sync_total{outcome}}: deal updates written, retried later, and given up. */
final class SyncMetrics {
    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String outcome) {
        Counter.builder("mapbot.hubspot.sync").description("HubSpot deal updates by outcome").tag("outcome", outcome)
                .register(registry).increment();
    }
}
