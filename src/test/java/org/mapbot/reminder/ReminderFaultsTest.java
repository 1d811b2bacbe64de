package org.mapbot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.reminder.ReminderFixture.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.slack.SlackClients;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;

class ReminderFaultsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
    }

    @Test
    void a_429_is_retried_after_slacks_retry_after_and_not_counted_as_a_failure() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        app.slack().stub("chat.postMessage", FakeSlack.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}")
                .withHeader("Retry-After", "120"), 1);

        Instant due = utc("2026-12-09T08:00:00Z");
        assertThat(dms(fx.sweepAt(due))).hasSize(1);
        Reminder limited = fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER);
        assertThat(limited.state()).isEqualTo(ReminderState.PENDING);
        assertThat(limited.attempts()).isZero();
        var r = org.mapbot.db.generated.Tables.REMINDER;
        assertThat(app.dsl().select(r.NEXT_ATTEMPT_AT).from(r).where(r.ID.eq(limited.id())).fetchOne(r.NEXT_ATTEMPT_AT)
                .toInstant()).isEqualTo(due.plusSeconds(120));

        assertThat(fx.sweepAt(due.plusSeconds(119))).as("waits for Retry-After").isEmpty();
        app.slack().reset();
        fx.newPosts();
        assertThat(dms(fx.sweepAt(due.plusSeconds(120)))).hasSize(1);
        assertThat(fx.stateOf(limited.id())).isEqualTo("sent");
    }

    @Test
    void a_slack_call_that_times_out_is_retried_then_marked_failed() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        app.slack().stub("chat.postMessage", FakeSlack.json(200, "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.2\"}")
                .withFixedDelay(2_000), 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // A client that gives up after 300 ms, so the test does not wait for the production timeout.
            SlackClients impatient = new SlackClients(app.slack().apiUrl(), "xoxb-test-token", Duration.ofMillis(300));
            ReminderSweeper sweeper = ReminderSending.sweeper(app.dsl(), impatient, app.mapBot().parts().plans(), pool, app.clock(), Duration.ZERO);
            Instant at = utc("2026-12-09T08:00:00Z");
            for (int attempt = 1; attempt <= ReminderDelivery.MAX_ATTEMPTS; attempt++) {
                app.settle();
                app.clock().set(at);
                sweeper.sweep();
                if (attempt < ReminderDelivery.MAX_ATTEMPTS) {
                    assertThat(fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER).state())
                            .as("after attempt %d", attempt).isEqualTo(ReminderState.PENDING);
                }
                at = at.plus(ReminderDelivery.backoff(attempt));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER).state()).isEqualTo(ReminderState.FAILED);
        assertThat(app.slack().callsBesidesCard("chat.postMessage")).hasSize(ReminderDelivery.MAX_ATTEMPTS);
    }

    @Test
    void server_errors_are_retried_with_backoff_then_marked_failed_and_shown_in_history() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        app.slack().stub("chat.postMessage", FakeSlack.json(503, "{\"ok\":false,\"error\":\"service_unavailable\"}"), 1);

        Instant at = utc("2026-12-09T08:00:00Z");
        int calls = 0;
        for (int attempt = 1; attempt <= ReminderDelivery.MAX_ATTEMPTS; attempt++) {
            calls += fx.sweepAt(at).size();
            at = at.plus(ReminderDelivery.backoff(attempt));
        }
        assertThat(calls).isEqualTo(ReminderDelivery.MAX_ATTEMPTS);
        Reminder reminder = fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER);
        assertThat(reminder.state()).isEqualTo(ReminderState.FAILED);
        assertThat(fx.sweepAt(at.plus(Duration.ofHours(1)))).filteredOn(p -> p.get("channel").equals(Slackers.CUSTOMER_USER)
                && p.get("text").contains("is due 2026") ).isEmpty();
        assertThat(fx.plans().history(fx.plans().plan(plan.id()).orElseThrow(), java.util.Optional.empty(), 20))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(ReminderFailureLog.REMINDER_FAILED);
                    assertThat(e.reason()).contains("gave up after 5 attempts");
                });
    }

    @Test
    void a_channel_that_is_gone_pauses_the_plan_and_tells_the_seller_owner_once() {
        Plan plan = fx.planWithDigest();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=" + Slackers.SHARED_CHANNEL))
                .atPriority(1).willReturn(FakeSlack.json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}")));

        List<java.util.Map<String, String>> posts = fx.sweepAt(utc("2026-12-07T14:00:00Z")); // the digest

        assertThat(fx.plans().plan(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.PAUSED);
        assertThat(posts).filteredOn(p -> p.get("channel").equals(Slackers.SELLER_USER)).singleElement()
                .satisfies(p -> assertThat(p.get("text")).contains("I paused the plan").contains("channel_not_found"));
        assertThat(fx.reminders(plan)).filteredOn(r -> r.state() == ReminderState.PENDING).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-18T08:00:00Z"))).isEmpty();
        app.slack().awaitCall("chat.update", c -> FakeSlack.isPlanCard(c) && FakeSlack.unescaped(c.get("blocks")).contains("Paused"));
        assertThat(app.requests().seller("history").body()).contains("MAP Bot").contains("active → paused").doesNotContain("<@mapbot>");
    }

    @Test
    void two_sweepers_on_one_database_send_every_reminder_exactly_once() throws Exception {
        Plan plan = fx.plan();
        for (int i = 0; i < 30; i++) {
            fx.cacheUser("U0OWNER" + i, "Europe/Berlin");
            fx.step(plan, "Step " + i, org.mapbot.plan.domain.Owner.slackUser("U0OWNER" + i, Slackers.CUSTOMER_TEAM),
                    org.mapbot.plan.domain.Side.CUSTOMER, LocalDate.of(2026, 12, 11), false);
        }
        app.dsl().execute("delete from reminder where kind <> 'due_soon'");
        int due = app.dsl().fetchCount(org.mapbot.db.generated.Tables.REMINDER);
        assertThat(due).isEqualTo(30);
        app.clock().set(utc("2026-12-09T15:00:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            SlackClients slack = new SlackClients(app.slack().apiUrl(), "xoxb-test-token");
            ReminderSweeper one = ReminderSending.sweeper(app.dsl(), slack, app.mapBot().parts().plans(), pool, app.clock(), Duration.ZERO);
            ReminderSweeper two = ReminderSending.sweeper(app.dsl(), slack, app.mapBot().parts().plans(), pool, app.clock(), Duration.ZERO);
            CompletableFuture<ReminderSweeper.Report> a = CompletableFuture.supplyAsync(one::sweep);
            CompletableFuture<ReminderSweeper.Report> b = CompletableFuture.supplyAsync(two::sweep);
            int sent = a.get().sent() + b.get().sent();

            assertThat(sent).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(app.slack().callsBesidesCard("chat.postMessage")).extracting(p -> p.get("channel")).doesNotHaveDuplicates().hasSize(30);
        assertThat(fx.reminders(plan)).filteredOn(r -> r.kind() == ReminderKind.DUE_SOON).hasSize(30)
                .extracting(Reminder::state).containsOnly(ReminderState.SENT);
    }

    private static List<java.util.Map<String, String>> dms(List<java.util.Map<String, String>> posts) {
        return posts.stream().filter(p -> p.get("channel").equals(Slackers.CUSTOMER_USER)).toList();
    }

    @Test
    void after_a_crash_mid_sweep_a_row_left_sending_is_not_resent_and_nothing_pending_is_lost() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        fx.step(plan, "Pricing", org.mapbot.plan.domain.Owner.slackUser(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM),
                org.mapbot.plan.domain.Side.SELLER, LocalDate.of(2026, 12, 11), false);
        Reminder crashedWhileSending = fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER);
        Reminder claimedNotStarted = fx.only(plan, ReminderKind.DUE_SOON, Slackers.SELLER_COLLEAGUE);
        // What a sweeper that died mid-sweep leaves behind: one row marked sending, one claimed under its lease.
        app.dsl().execute("update reminder set state = 'sending', attempts = 1, lease_owner = 'dead', "
                + "lease_until = '2026-12-09T08:05:00Z' where id = " + crashedWhileSending.id());
        app.dsl().execute("update reminder set lease_owner = 'dead', lease_until = '2026-12-09T08:05:00Z' where id = "
                + claimedNotStarted.id());

        assertThat(fx.sweepAt(utc("2026-12-09T08:01:00Z"))).as("the dead sweeper's lease still holds").isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-09T08:06:00Z"))).singleElement()
                .satisfies(p -> assertThat(p.get("channel")).isEqualTo(Slackers.SELLER_COLLEAGUE));
        assertThat(fx.stateOf(crashedWhileSending.id())).isEqualTo("sending");
        assertThat(fx.stateOf(claimedNotStarted.id())).isEqualTo("sent");
        assertThat(fx.sweepAt(utc("2026-12-09T09:00:00Z"))).isEmpty();
    }
}
