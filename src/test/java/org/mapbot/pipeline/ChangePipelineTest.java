package org.mapbot.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.app.MapBot;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;

/**
 * The one way out: a committed change reaches the card and the Home tabs through one queue that folds bursts, and a
 * saved change always reaches its card — through Slack's rate limits and outages, and across instances.
 */
class ChangePipelineTest {
    static final String CARD_TS = "1700000000.000100";

    @RegisterExtension
    static RunningApp app = new RunningApp();

    private long step(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    private void customerDone(int position) {
        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                CardIds.DONE, Long.toString(step(position)));
    }

    private static String lastCard() {
        List<Map<String, String>> updates = app.slack().calls("chat.update").stream().filter(FakeSlack::isPlanCard).toList();
        return FakeSlack.unescaped(updates.get(updates.size() - 1).get("blocks"));
    }

    private void cardAnswers(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? "recovered" : "failure-" + (i + 1);
            app.slack().wireMock().stubFor(post(urlEqualTo("/api/chat.update")).inScenario("card")
                    .whenScenarioStateIs(state).willReturn(answers[i]).willSetStateTo(next).atPriority(1));
            state = next;
        }
    }

    private static ResponseDefinitionBuilder rateLimited(int seconds) {
        return FakeSlack.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}").withHeader("Retry-After", Integer.toString(seconds));
    }

    private static ResponseDefinitionBuilder outage() {
        return FakeSlack.json(500, "{}");
    }

    /** Moves the clock past the plan's retry time and runs the clustered catch-up, as its job does every few seconds. */
    private void retryDue(MapBot instance) {
        app.settle();
        var due = app.dsl().select(PLAN.PUBLISH_DUE_AT).from(PLAN).fetchOne(PLAN.PUBLISH_DUE_AT);
        if (due != null && due.toInstant().isAfter(app.clock().instant())) {
            app.clock().set(due.toInstant().plusMillis(1));
        }
        instance.parts().pipeline().catchUp();
        instance.settle(Duration.ofSeconds(20));
        app.settle();
    }

    @Test
    void changes_made_while_the_card_is_being_updated_fold_into_one_more_update_and_one_home_publish_per_person() {
        app.requests().seller("new Acme rollout with enterprise");
        app.settle();
        int updatesBefore = app.slack().count("chat.update");
        int publishesBefore = app.slack().count("views.publish");
        app.slack().stub("chat.update", FakeSlack.json(200, "{\"ok\":true,\"channel\":\"" + Slackers.SHARED_CHANNEL
                + "\",\"ts\":\"" + CARD_TS + "\"}").withFixedDelay(1_500), 1);

        for (int position = 1; position <= 6; position++) {
            customerDone(position);
        }
        app.settle();

        assertThat(app.dsl().select(STEP.STATUS).from(STEP).fetch(STEP.STATUS)).containsOnly("done");
        assertThat(app.slack().count("chat.update") - updatesBefore).as("six changes, folded").isBetween(1, 2);
        assertThat(lastCard()).contains("6/6 done");
        assertThat(app.slack().calls("views.publish").subList(publishesBefore, app.slack().count("views.publish")))
                .extracting(c -> c.get("user_id")).as("the plan owner's tab, once per fold")
                .hasSizeBetween(1, 2).containsOnly(Slackers.SELLER_USER);
    }

    @Test
    void a_plans_card_goes_out_while_other_plans_home_tabs_are_still_waiting_on_slack() {
        app.slack().stub("views.publish", FakeSlack.json(200, "{\"ok\":true}").withFixedDelay(6_000), 1);
        TestPlans plans = new TestPlans(app.mapBot());
        List<String> channels = List.of("C0LANE1", "C0LANE2", "C0LANE3", "C0LANE4", "C0LANE5", "C0LANE6");
        for (String channel : channels) {
            plans.createPlan(Actors.SELLER, channel, "Rollout " + channel, "Acme", LocalDate.of(2026, 12, 1),
                    LocalDate.of(2027, 2, 1), ZoneId.of("Europe/Berlin"), Optional.empty());
        }

        // Six plans, more than the card stage has threads: each card waiting for an earlier plan's 6-second Home tab
        // would take 6 s and more.
        Awaitility.await("every plan's card").atMost(Duration.ofMillis(4_500)).pollInterval(Duration.ofMillis(25))
                .until(() -> app.slack().calls("chat.postMessage").stream().filter(FakeSlack::isPlanCard)
                        .map(call -> call.get("channel")).collect(Collectors.toSet()).containsAll(channels));
        assertThat(app.dsl().select(PLAN.PUBLISHED_VERSION).from(PLAN).fetch(PLAN.PUBLISHED_VERSION))
                .as("not published until the Home tabs are out too").containsOnly(0);

        assertThat(app.mapBot().settle(Duration.ofSeconds(60))).as("the Home tabs, two at a time").isTrue();
        assertThat(app.dsl().selectCount().from(PLAN).where(PLAN.PUBLISHED_VERSION.eq(PLAN.VERSION)).fetchOne(0, int.class))
                .as("published once both stages are done").isEqualTo(channels.size());
    }

    @Test
    void a_card_update_that_slack_refuses_for_a_while_is_retried_with_backoff_until_slack_takes_it() {
        app.requests().seller("new Acme rollout with enterprise");
        app.settle();
        cardAnswers(rateLimited(2), rateLimited(2), outage(), outage());

        customerDone(1);
        for (int retry = 1; retry <= 4; retry++) {
            retryDue(app.mapBot());
        }

        assertThat(app.slack().calls("chat.update").stream().filter(FakeSlack::isPlanCard).count()).isGreaterThanOrEqualTo(5);
        assertThat(lastCard()).contains("1/6 done");
        var plan = app.dsl().selectFrom(PLAN).fetchSingle();
        assertThat(plan.getPublishedVersion()).as("published at last").isEqualTo(plan.getVersion());
        assertThat(plan.getPublishAttempts()).isZero();
        assertThat(app.slack().count("chat.postEphemeral")).as("caught up within a minute: nobody bothered").isZero();
    }

    @Test
    void after_a_minute_of_failing_the_person_who_clicked_is_told_once_that_the_card_will_catch_up() {
        app.requests().seller("new Acme rollout with enterprise");
        app.settle();
        cardAnswers(outage(), outage(), outage(), outage(), outage(), outage(), outage());

        customerDone(1);
        for (int retry = 1; retry <= 7; retry++) {
            retryDue(app.mapBot());
        }

        List<Map<String, String>> told = app.slack().calls("chat.postEphemeral");
        assertThat(told).singleElement().satisfies(call -> {
            assertThat(call.get("user")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(call.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
            assertThat(call.get("text")).contains("is saved").contains("catch up");
        });
        assertThat(lastCard()).contains("1/6 done");
        assertThat(app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.STATUS)).isEqualTo("done");
    }

    @Test
    void a_change_left_unpublished_by_a_stopped_instance_is_published_by_another_one() {
        app.requests().seller("new Acme rollout with enterprise");
        app.settle();
        cardAnswers(outage());
        customerDone(1);
        app.settle();
        assertThat(app.dsl().select(PLAN.PUBLISHED_VERSION).from(PLAN).fetchOne(PLAN.PUBLISHED_VERSION))
                .as("the first instance could not publish").isLessThan(app.dsl().select(PLAN.VERSION).from(PLAN).fetchOne(PLAN.VERSION));

        try (MapBot second = app.startAnother()) {
            retryDue(second);
        }

        assertThat(lastCard()).contains("1/6 done");
        var plan = app.dsl().selectFrom(PLAN).fetchSingle();
        assertThat(plan.getPublishedVersion()).isEqualTo(plan.getVersion());
    }

    @Test
    void a_change_committed_by_an_instance_that_died_before_publishing_is_caught_up() {
        app.requests().seller("new Acme rollout with enterprise");
        app.settle();
        int updatesBefore = app.slack().count("chat.update");
        // As if an instance committed the change and died before its pipeline ran: the row says "unpublished".
        app.dsl().update(STEP).set(STEP.STATUS, "done").where(STEP.ID.eq(step(2))).execute();
        app.dsl().update(PLAN).set(PLAN.VERSION, PLAN.VERSION.plus(1)).execute();
        app.clock().advance(ChangePipeline.ORPHANED_AFTER.plusSeconds(1));

        assertThat(app.mapBot().parts().pipeline().catchUp()).isEqualTo(1);
        app.settle();

        assertThat(app.slack().count("chat.update")).isGreaterThan(updatesBefore);
        assertThat(lastCard()).contains("1/6 done");
    }
}
