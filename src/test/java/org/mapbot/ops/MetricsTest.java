package org.mapbot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

class MetricsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Scrape scrape() {
        HttpResponse<String> response = app.requests().get(MetricsRoutes.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        return Scrape.of(response.body());
    }

    /** The first step's reminders come due: the clock moves to the earliest one, and the sweep runs. */
    private void firstReminderComesDue() {
        app.settle();
        OffsetDateTime first = app.dsl().select(org.jooq.impl.DSL.min(REMINDER.NEXT_ATTEMPT_AT)).from(REMINDER)
                .where(REMINDER.STATE.eq("pending")).fetchOne(0, OffsetDateTime.class);
        assertThat(first).as("the new plan has reminders planned").isNotNull();
        app.clock().set(first.toInstant());
        app.mapBot().parts().sweeper().sweep();
        app.settle();
    }

    private int remindersIn(String state) {
        return app.dsl().fetchCount(REMINDER, REMINDER.STATE.eq(state));
    }

    @Test
    void a_command_a_click_and_a_reminder_move_the_request_slack_reminder_and_card_meters_by_what_happened() {
        Scrape before = scrape();

        HttpResponse<String> command = app.requests().seller("new Acme rollout with enterprise");
        app.slack().awaitCalls("chat.postMessage", 1);
        app.settle();
        long step = app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.ID);
        HttpResponse<String> click = app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                Slackers.SHARED_CHANNEL, "1700000000.000100", CardIds.DONE, Long.toString(step));
        app.slack().awaitCalls("chat.update", 1);
        firstReminderComesDue();
        Scrape after = scrape();

        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(click.statusCode()).isEqualTo(200);
        String slackEvents = "route=\"/slack/events\"";
        assertThat(after.value("http_server_requests_seconds_count", slackEvents, "status=\"200\"")
                - before.value("http_server_requests_seconds_count", slackEvents, "status=\"200\"")).isEqualTo(2);
        assertThat(after.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", "outcome=\"ok\"")
                - before.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", "outcome=\"ok\""))
                .isEqualTo(app.slack().count("chat.postMessage"));
        assertThat(after.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.update\"", "outcome=\"ok\"")
                - before.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.update\"", "outcome=\"ok\""))
                .isEqualTo(app.slack().count("chat.update"));
        int sent = remindersIn("sent");
        assertThat(sent).isPositive();
        assertThat(after.value("mapbot_reminders_total", "outcome=\"sent\"") - before.value("mapbot_reminders_total", "outcome=\"sent\""))
                .isEqualTo(sent);
        assertThat(after.value("mapbot_card_lag_seconds_count") - before.value("mapbot_card_lag_seconds_count"))
                .as("the new card and the card after the click").isGreaterThanOrEqualTo(2);

        assertThat(after.value("mapbot_plans_active")).isEqualTo(1);
        assertThat(after.value("mapbot_steps_open")).as("six steps, one done").isEqualTo(5);
        assertThat(after.value("mapbot_pipeline_queued_plans")).isZero();
        assertThat(after.value("mapbot_reminders_oldest_due_age_seconds")).isZero();
        assertThat(after.series().keySet()).anyMatch(s -> s.startsWith("mapbot_reminders_total{kind=\"due_soon\",outcome=\"deferred\"}"));
        for (String family : new String[] {"jvm_memory_used_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "process_uptime_seconds", "hikaricp_connections_active", "hikaricp_connections_pending",
                "hikaricp_connections_max", "http_server_requests_seconds_sum", "mapbot_slack_api_calls_seconds_sum"}) {
            assertThat(after.has(family)).as(family).isTrue();
        }
        Scrape jobs = Await.until("a run of the catch-up job", () -> Optional.of(scrape())
                .filter(s -> s.value("mapbot_scheduler_job_runs_seconds_count", "job=\"CatchUpJob\"") > 0));
        assertThat(jobs.value("mapbot_scheduler_job_runs_seconds_count", "job=\"CatchUpJob\"", "outcome=\"ok\"")).isPositive();
    }

    @Test
    void a_reminder_slack_rate_limits_counts_as_http_429_with_its_retry_after_and_as_retried() {
        app.requests().seller("new Acme rollout with enterprise");
        app.slack().awaitCalls("chat.postMessage", 1);
        Scrape before = scrape();
        app.slack().stub("chat.postMessage", FakeSlack.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}")
                .withHeader("Retry-After", "7"), 1);

        firstReminderComesDue();
        Scrape after = scrape();

        String limited = "outcome=\"http_429\"";
        double calls = after.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", limited)
                - before.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", limited);
        assertThat(calls).isEqualTo(1);
        assertThat(after.value("mapbot_slack_api_retry_after_seconds_sum", "method=\"chat.postMessage\"")
                - before.value("mapbot_slack_api_retry_after_seconds_sum", "method=\"chat.postMessage\"")).isEqualTo(7);
        assertThat(after.value("mapbot_reminders_total", "outcome=\"retried\"")
                - before.value("mapbot_reminders_total", "outcome=\"retried\"")).isEqualTo(1);
        assertThat(after.value("mapbot_reminders_total", "outcome=\"sent\"")
                - before.value("mapbot_reminders_total", "outcome=\"sent\"")).isZero();
    }

    @Test
    void a_slack_error_code_is_the_outcome_of_the_call() {
        Scrape before = scrape();
        app.slack().stub("chat.postMessage", FakeSlack.json(200, "{\"ok\":false,\"error\":\"not_in_channel\"}"), 1);

        app.requests().seller("new Acme rollout with enterprise");
        Scrape after = Await.until("the refused card", () -> Optional.of(scrape())
                .filter(s -> s.value("mapbot_slack_api_calls_seconds_count", "outcome=\"not_in_channel\"")
                        > before.value("mapbot_slack_api_calls_seconds_count", "outcome=\"not_in_channel\"")));

        assertThat(after.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", "outcome=\"not_in_channel\"")
                - before.value("mapbot_slack_api_calls_seconds_count", "method=\"chat.postMessage\"", "outcome=\"not_in_channel\""))
                .isEqualTo(1);
    }
}
