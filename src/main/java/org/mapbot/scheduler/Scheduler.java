package org.mapbot.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, clustered on the app's own PostgreSQL: with several instances each job runs on one of them at a time.
 * Jobs are built by the composition root's suppliers, so they get their collaborators by constructor.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    public static final String SCHEDULER_NAME = "mapbot";
    private static final String GROUP = "mapbot";

    private final org.quartz.Scheduler quartz;
    private final DataSource dataSource;
    private final Map<Class<? extends Job>, Supplier<? extends Job>> factories = new HashMap<>();

    public Scheduler(DataSource dataSource) {
        this.dataSource = dataSource;
        String dataSourceName = "mapbot-" + UUID.randomUUID();
        // Quartz finds connection providers by name in its own registry; the name is unique per instance.
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PooledConnectionProvider(dataSource));
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(properties(dataSourceName));
            quartz = factory.getScheduler();
            // Quartz also keeps schedulers in a JVM-wide registry by name, and would hand this same instance to a
            // second app in the same JVM (tests of clustering); every app gets its own scheduler.
            SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
            quartz.setJobFactory((bundle, scheduler) -> {
                Supplier<? extends Job> supplier = factories.get(bundle.getJobDetail().getJobClass());
                if (supplier == null) {
                    throw new SchedulerException("No factory for job " + bundle.getJobDetail().getJobClass().getName());
                }
                return supplier.get();
            });
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not create the Quartz scheduler", e);
        }
    }

    private static Properties properties(String dataSourceName) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        return p;
    }

    /** Registers a job that repeats every {@code interval}; re-registering on restart replaces, never duplicates. */
    public <J extends Job> void every(Duration interval, Class<J> type, Supplier<J> factory) {
        factories.put(type, factory);
        JobDetail job = JobBuilder.newJob(type).withIdentity(type.getSimpleName(), GROUP).storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(type.getSimpleName(), GROUP)
                .forJob(job)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            quartz.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule " + type.getSimpleName(), e);
        }
    }

    /** Runs a registered job once, now (on whichever instance picks it up). */
    public void runNow(Class<? extends Job> type) {
        try {
            quartz.triggerJob(JobKey.jobKey(type.getSimpleName(), GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not trigger " + type.getSimpleName(), e);
        }
    }

    /** Tells {@code listener} of every job run on this instance (the app's job metrics). */
    public void listen(org.quartz.JobListener listener) {
        try {
            quartz.getListenerManager().addJobListener(listener);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not add the job listener " + listener.getName(), e);
        }
    }

    public void start() {
        try {
            quartz.start();
            log.info("Scheduler started (clustered: {}, instance {})", isClustered(), quartz.getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start the scheduler", e);
        }
    }

    public boolean isClustered() {
        try {
            return quartz.getMetaData().isJobStoreClustered();
        } catch (SchedulerException e) {
            return false;
        }
    }

    public boolean isStarted() {
        try {
            return quartz.isStarted() && !quartz.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            // Quartz marks its job store shut down only after the running jobs have ended, and a job that ends while the
            // database is away retries its bookkeeping until that mark is set: waiting for it would never end.
            quartz.shutdown(databaseAnswers());
        } catch (SchedulerException e) {
            log.warn("Scheduler did not stop cleanly: {}", e.getMessage());
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
