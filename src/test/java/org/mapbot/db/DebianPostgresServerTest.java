package org.mapbot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.mapbot.app.MapBot;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.testkit.DebianPostgres;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.StandaloneApp;
import org.mapbot.time.AdjustableClock;

/**
 * MAP Bot on the PostgreSQL server a deployment runs (Debian's package), reached as a managed database hands itself
 * out: a {@code postgres://user:password@host:port/db?sslmode=require} URL, password login, TLS.
 */
class DebianPostgresServerTest {
    private static final String PASSWORD = "p@ss:w/rd-42";

    @Test
    void a_command_a_click_and_a_reminder_run_end_to_end_on_a_real_server_over_tls_with_clustered_quartz() {
        try (DebianPostgres server = DebianPostgres.start(PASSWORD); FakeSlack slack = new FakeSlack()) {
            server.execute("postgres", "create database mapbot");
            AdjustableClock clock = new AdjustableClock(RunningApp.START, ZoneOffset.UTC);
            MapBot app = StandaloneApp.start(server.url("mapbot", "require"), slack, Map.of(), clock);
            try {
                DSLContext dsl = app.database().dsl();
                SlackRequests requests = new SlackRequests("http://localhost:" + app.port(), StandaloneApp.SIGNING_SECRET, clock,
                        slack.baseUrl());

                assertThat(dsl.fetchValue("select ssl from pg_stat_ssl where pid = pg_backend_pid()")).as("over TLS").isEqualTo(true);
                assertThat(dsl.fetchCount(DSL.table("flyway_schema_history"), DSL.field("success").isTrue())).isGreaterThanOrEqualTo(7);
                assertThat(requests.get("/health/ready").statusCode()).isEqualTo(200);

                HttpResponse<String> command = requests.command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                        "new Acme rollout with enterprise");
                assertThat(command.statusCode()).isEqualTo(200);
                slack.awaitCalls("chat.postMessage", 1);
                assertThat(app.settle(java.time.Duration.ofSeconds(20))).isTrue();
                long first = dsl.select(STEP.ID).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.ID);
                HttpResponse<String> click = requests.blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                        Slackers.SHARED_CHANNEL, "1700000000.000100", CardIds.DONE, Long.toString(first));
                assertThat(click.statusCode()).isEqualTo(200);
                assertThat(slack.awaitCalls("chat.update", 1).get(0).get("blocks")).contains("1/6 done");
                assertThat(dsl.select(STEP.STATUS).from(STEP).where(STEP.ID.eq(first)).fetchOne(STEP.STATUS)).isEqualTo("done");

                assertThat(app.settle(java.time.Duration.ofSeconds(20))).isTrue();
                OffsetDateTime due = dsl.select(DSL.min(REMINDER.NEXT_ATTEMPT_AT)).from(REMINDER)
                        .where(REMINDER.STATE.eq("pending")).fetchOne(0, OffsetDateTime.class);
                assertThat(due).as("reminders planned for the new plan").isNotNull();
                int postsBefore = slack.callsBesidesCard("chat.postMessage").size();
                clock.set(due.toInstant());
                app.parts().sweeper().sweep();
                int sent = dsl.fetchCount(REMINDER, REMINDER.STATE.eq("sent"));
                assertThat(sent).isPositive();
                assertThat(slack.callsBesidesCard("chat.postMessage").size() - postsBefore).isEqualTo(sent);

                assertThat(app.scheduler().isClustered()).isTrue();
                assertThat(dsl.fetchCount(DSL.table("qrtz_scheduler_state"),
                        DSL.field("sched_name").eq(Scheduler.SCHEDULER_NAME))).as("this instance checked in").isEqualTo(1);
                assertThat(dsl.fetch("select job_name from qrtz_job_details").getValues(0, String.class))
                        .contains("ReminderSweepJob", "CatchUpJob");
            } finally {
                app.close();
            }
        }
    }
}
