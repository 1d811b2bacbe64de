package org.mapbot.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The app's meters, one registry per instance, written in Prometheus' text format at {@code /metrics}. JVM, process
 * and connection-pool meters come from Micrometer's and HikariCP's own binders; the app's own are made by the hooks
 * in this package ({@link HttpMetrics}, {@link SlackCallMetrics}, {@link ReminderMetrics}, {@link WorkMetrics},
 * {@link JobMetrics}), so features only call a counter, never Micrometer.
 */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** HikariCP's pool meters (active, idle, pending, timeouts, acquire and usage times) for the app's pool. */
    public void bindPool(DataSource dataSource) {
        try {
            dataSource.unwrap(HikariDataSource.class).setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        } catch (SQLException e) {
            throw new IllegalStateException("The connection pool is not HikariCP's", e);
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter, in Prometheus' text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
