package org.mapbot.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

class SchedulerTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @DisallowConcurrentExecution
    static final class CountingJob implements Job {
        private final CountDownLatch ran;

        CountingJob(CountDownLatch ran) {
            this.ran = ran;
        }

        @Override
        public void execute(JobExecutionContext context) {
            ran.countDown();
        }
    }

    @Test
    void the_scheduler_runs_clustered_on_the_apps_database() {
        Scheduler scheduler = app.mapBot().scheduler();

        assertThat(scheduler.isStarted()).isTrue();
        assertThat(scheduler.isClustered()).isTrue();
        Integer states = app.dsl().fetchOne("select count(*) from qrtz_scheduler_state where sched_name = ?",
                Scheduler.SCHEDULER_NAME).into(Integer.class);
        assertThat(states).as("this instance checked in to the cluster table").isPositive();
    }

    @Test
    void a_job_built_by_the_apps_factory_fires() throws Exception {
        Scheduler scheduler = app.mapBot().scheduler();
        CountDownLatch ran = new CountDownLatch(1);

        scheduler.every(Duration.ofHours(1), CountingJob.class, () -> new CountingJob(ran));

        assertThat(ran.await(30, TimeUnit.SECONDS)).as("the job fired (its first run is immediate)").isTrue();
        Integer stored = app.dsl().fetchOne("select count(*) from qrtz_job_details where job_name = 'CountingJob'").into(Integer.class);
        assertThat(stored).isEqualTo(1);
    }
}
