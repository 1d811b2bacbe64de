package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.plan.PlanCommandsTest.json;
import static org.mapbot.testkit.SlackRequests.checked;
import static org.mapbot.testkit.SlackRequests.datePicked;
import static org.mapbot.testkit.SlackRequests.optionPicked;
import static org.mapbot.testkit.SlackRequests.text;
import static org.mapbot.testkit.SlackRequests.userPicked;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;

class PlanModalsFlowTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private long stepId(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    private static Map<String, JsonObject> value(JsonObject state) {
        return Map.of(PlanModals.VALUE, state);
    }

    @Test
    void bare_new_opens_the_form_and_submitting_it_creates_the_plan_from_the_template() {
        app.requests().seller("new");

        Map<String, String> opened = app.slack().calls("views.open").get(0);
        assertThat(json(opened.get("view"))).contains(CardIds.MODAL_NEW_PLAN).contains("external_select").contains(Slackers.SHARED_CHANNEL);

        var response = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_NEW_PLAN,
                Slackers.SHARED_CHANNEL, Map.of(
                        PlanModals.TITLE, value(text("Initech renewal")),
                        PlanModals.CUSTOMER, value(text("Initech")),
                        PlanModals.TEMPLATE, value(optionPicked("quick")),
                        PlanModals.START, value(datePicked("2026-12-07")),
                        PlanModals.TARGET, value(datePicked("2027-01-29"))));

        assertThat(response.body()).doesNotContain("errors");
        var plan = app.dsl().selectFrom(PLAN).fetchOne();
        assertThat(plan.getTitle()).isEqualTo("Initech renewal");
        assertThat(plan.getCustomerName()).isEqualTo("Initech");
        assertThat(plan.getStartDate()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(plan.getTimeZone()).as("the creator's Slack time zone").isEqualTo("Europe/Berlin");
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(4);
    }

    @Test
    void a_target_before_the_start_is_answered_next_to_the_field() {
        var response = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_NEW_PLAN,
                Slackers.SHARED_CHANNEL, Map.of(
                        PlanModals.TITLE, value(text("Initech renewal")),
                        PlanModals.START, value(datePicked("2026-12-07")),
                        PlanModals.TARGET, value(datePicked("2026-12-01"))));

        assertThat(response.body()).contains("errors").contains(PlanModals.TARGET).contains("before the start");
        assertThat(app.dsl().fetchCount(PLAN)).isZero();
    }

    @Test
    void a_comment_is_kept_in_history_and_posted_in_the_cards_thread() {
        app.requests().seller("new Acme rollout with enterprise");
        app.slack().awaitCalls("chat.postMessage", 1);

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_COMMENT,
                Long.toString(stepId(3)), Map.of(PlanModals.TEXT, value(text("Test environment ready <!here>"))));

        List<Map<String, String>> posts = app.slack().awaitCalls("chat.postMessage", 2);
        Map<String, String> comment = posts.get(1);
        assertThat(comment.get("thread_ts")).isEqualTo("1700000000.000100");
        assertThat(comment.get("text")).contains("<@" + Slackers.CUSTOMER_USER + ">").contains("Technical test")
                .contains("&lt;!here&gt;").doesNotContain("<!here>");
        assertThat(app.dsl().select(PLAN_EVENT.NEW_VALUE).from(PLAN_EVENT).where(PLAN_EVENT.KIND.eq("comment"))
                .fetchOne(PLAN_EVENT.NEW_VALUE)).isEqualTo("Test environment ready <!here>");
    }

    @Test
    void blocked_needs_a_reason_and_shows_on_the_card() {
        app.requests().seller("new Acme rollout with enterprise");

        var empty = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_BLOCKED,
                Long.toString(stepId(3)), Map.of());
        assertThat(empty.body()).contains("errors").contains("reason is missing");

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_BLOCKED,
                Long.toString(stepId(3)), Map.of(PlanModals.REASON, value(text("No test licences yet"))));

        assertThat(app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(3)).fetchOne(STEP.STATUS)).isEqualTo("blocked");
        Map<String, String> update = app.slack().awaitCall("chat.update", c -> json(c.get("blocks")).contains(":no_entry: *3. Technical test*"));
        assertThat(json(update.get("blocks"))).contains("Blocked");
    }

    @Test
    void reassigning_is_for_the_seller_team_and_the_owners_organisation_sets_the_side() {
        app.requests().seller("new Acme rollout with quick");
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_LEGAL + "\",\"team_id\":\""
                + Slackers.CUSTOMER_TEAM + "\"}}");

        var refused = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_REASSIGN,
                Long.toString(stepId(3)), Map.of(PlanModals.OWNER_USER, value(userPicked(Slackers.CUSTOMER_LEGAL))));
        assertThat(refused.body()).contains("errors").contains("Only the seller team can reassign");

        app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_REASSIGN,
                Long.toString(stepId(3)), Map.of(PlanModals.OWNER_USER, value(userPicked(Slackers.CUSTOMER_LEGAL))));

        var step = app.dsl().selectFrom(STEP).where(STEP.POSITION.eq(3)).fetchOne();
        assertThat(step.getOwnerUserId()).isEqualTo(Slackers.CUSTOMER_LEGAL);
        assertThat(step.getSide()).isEqualTo("customer");
    }

    @Test
    void the_edit_form_changes_several_fields_and_asks_a_reason_for_a_new_date() {
        app.requests().seller("new Acme rollout with enterprise");
        app.requests().seller("edit 5");
        assertThat(json(app.slack().calls("views.open").get(0).get("view"))).contains(CardIds.MODAL_EDIT_STEP).contains("Contract review");

        Map<String, Map<String, JsonObject>> form = new java.util.HashMap<>(Map.of(
                PlanModals.TITLE, value(text("Contract and DPA review")),
                PlanModals.OWNER_NAME, value(text("Lee (Legal)")),
                PlanModals.SIDE, value(optionPicked("both")),
                PlanModals.DUE, value(datePicked("2027-01-12")),
                PlanModals.INTERNAL, value(checked())));
        var noReason = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_EDIT_STEP,
                Long.toString(stepId(5)), form);
        assertThat(noReason.body()).contains("errors").contains("reason");
        assertThat(app.dsl().select(STEP.TITLE).from(STEP).where(STEP.POSITION.eq(5)).fetchOne(STEP.TITLE)).isEqualTo("Contract review");

        form.put(PlanModals.REASON, value(text("DPA added")));
        app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_EDIT_STEP, Long.toString(stepId(5)), form);

        var step = app.dsl().selectFrom(STEP).where(STEP.POSITION.eq(5)).fetchOne();
        assertThat(step.getTitle()).isEqualTo("Contract and DPA review");
        assertThat(step.getOwnerName()).isEqualTo("Lee (Legal)");
        assertThat(step.getSide()).isEqualTo("both");
        assertThat(step.getDueDate()).isEqualTo(LocalDate.parse("2027-01-12"));
    }

    @Test
    void a_failing_card_update_is_retried_and_never_undoes_the_saved_change() {
        app.requests().seller("new Acme rollout with enterprise");
        app.slack().awaitCalls("chat.postMessage", 1);
        app.slack().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/chat.update"))
                .inScenario("flaky").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(FakeSlack.json(500, "{}")).willSetStateTo("recovered").atPriority(1));

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.DONE, Long.toString(stepId(1)));
        app.settle(); // the first update was refused; the plan waits, unpublished, for its retry time
        app.clock().advance(java.time.Duration.ofSeconds(5));
        app.mapBot().parts().pipeline().catchUp();

        List<Map<String, String>> updates = app.slack().awaitCalls("chat.update", 2);
        assertThat(updates).hasSizeGreaterThanOrEqualTo(2);
        assertThat(json(updates.get(1).get("blocks"))).contains("1/6 done");
        assertThat(app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.STATUS)).isEqualTo("done");
    }

    @Test
    void when_the_bot_is_removed_from_the_channel_its_plans_pause() {
        app.requests().seller("new Acme rollout");
        JsonObject event = new JsonObject();
        event.addProperty("type", "member_left_channel");
        event.addProperty("user", Slackers.BOT_USER);
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("channel_type", "C");
        event.addProperty("team", Slackers.SELLER_TEAM);

        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);

        assertThat(app.dsl().select(PLAN.STATUS).from(PLAN).fetchOne(PLAN.STATUS)).isEqualTo("paused");
        assertThat(app.requests().seller("history").body()).contains("plan active → paused").contains("can no longer post");
    }

    @Test
    void another_member_leaving_changes_nothing() {
        app.requests().seller("new Acme rollout");
        JsonObject event = new JsonObject();
        event.addProperty("type", "member_left_channel");
        event.addProperty("user", Slackers.CUSTOMER_USER);
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("channel_type", "C");

        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);

        assertThat(app.dsl().select(PLAN.STATUS).from(PLAN).fetchOne(PLAN.STATUS)).isEqualTo("active");
    }

    @Test
    void a_channel_that_changes_its_id_keeps_its_plans() {
        app.requests().seller("new Acme rollout");
        JsonObject event = new JsonObject();
        event.addProperty("type", "channel_id_changed");
        event.addProperty("old_channel_id", Slackers.SHARED_CHANNEL);
        event.addProperty("new_channel_id", "C0NEWID");
        event.addProperty("event_ts", "1700000000.000300");

        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);

        assertThat(app.dsl().select(PLAN.CHANNEL_ID).from(PLAN).fetchOne(PLAN.CHANNEL_ID)).isEqualTo("C0NEWID");
        assertThat(app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, "C0NEWID", "list").body()).contains("Acme rollout");
    }
}
