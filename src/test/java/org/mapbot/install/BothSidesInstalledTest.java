package org.mapbot.install;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.interaction.OpenedBy;
import org.mapbot.interaction.SignedMetadata;
import org.mapbot.plan.commitment.Handshake;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * Slack Connect with MAP Bot on both sides: the seller and the customer both installed it, and the seller's plan runs
 * in their shared channel. Whatever installation Slack delivers a click, form or event through, the seller's plan is
 * handled for the seller's installation and every message about it carries the seller's token — one card, one
 * welcome, one reminder per due item. A customer whose organisation never installed MAP Bot can still click.
 */
class BothSidesInstalledTest {
    private static final String SELLER_TOKEN = "xoxb-seller-1111";
    private static final String CUSTOMER_TOKEN = "xoxb-customer-2222";
    private static final String CARD_TS = "1700000000.000100";

    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    @BeforeEach
    void bothOrganisationsInstallAndTheSellerStartsThePlan() {
        AddToSlack browser = new AddToSlack();
        assertThat(browser.installs(app, Slackers.SELLER_TEAM, "Seller Inc",
                AddToSlack.access(Slackers.SELLER_TEAM, "Seller Inc", null, SELLER_TOKEN), SELLER_TOKEN).body())
                .contains("MAP Bot is installed in Seller Inc");
        assertThat(browser.installs(app, Slackers.CUSTOMER_TEAM, "Customer Corp",
                AddToSlack.access(Slackers.CUSTOMER_TEAM, "Customer Corp", null, CUSTOMER_TOKEN), CUSTOMER_TOKEN).body())
                .contains("MAP Bot is installed in Customer Corp");
        new Handshake(app).customerIsOfAnotherOrganisation(Slackers.CUSTOMER_USER);
        // Both organisations see the one Slack Connect channel, each with the other among its teams.
        app.slack().stub("conversations.info", "{\"ok\":true,\"channel\":{\"id\":\"" + Slackers.SHARED_CHANNEL
                + "\",\"is_ext_shared\":true,\"is_shared\":true,\"shared_team_ids\":[\"" + Slackers.SELLER_TEAM + "\",\""
                + Slackers.CUSTOMER_TEAM + "\"]}}");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "new Rollout with quick");
        app.settle();
    }

    private static List<String> tokensOf(String method) {
        return app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map((LoggedRequest r) -> r.getHeader("Authorization")).toList();
    }

    /** The quick template's "Internal pitch by the customer to management": a customer-side step. */
    private static long customerStep() {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.SIDE.eq("customer")).orderBy(STEP.POSITION).limit(1).fetchOne(STEP.ID);
    }

    private static String status(long stepId) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.STATUS);
    }

    private static long sellerStep() {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.ID);
    }

    @Test
    void the_sellers_plan_has_one_card_posted_with_the_sellers_token() {
        assertThat(app.dsl().fetchCount(PLAN)).isEqualTo(1);
        assertThat(app.slack().calls("chat.postMessage").stream().filter(FakeSlack::isPlanCard).count()).isEqualTo(1);
        assertThat(tokensOf("chat.postMessage")).containsOnly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void a_customers_click_that_arrives_through_the_customers_installation_works_the_sellers_plan_with_the_sellers_token() {
        long step = customerStep();
        app.slack().wireMock().resetRequests();

        HttpResponse<String> clicked = app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                Slackers.SHARED_CHANNEL, CARD_TS, CardIds.DONE, Long.toString(step));
        app.settle();

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(status(step)).isEqualTo("done");
        assertThat(tokensOf("chat.update")).isNotEmpty().containsOnly("Bearer " + SELLER_TOKEN);
        assertThat(tokensOf("chat.postMessage")).doesNotContain("Bearer " + CUSTOMER_TOKEN);
    }

    @Test
    void through_the_customers_installation_the_customer_still_may_not_work_the_sellers_side_of_the_plan() {
        long step = sellerStep();

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                CardIds.DONE, Long.toString(step));
        app.settle();

        assertThat(status(step)).isEqualTo("todo");
        assertThat(app.slack().responses().toString()).contains("Only the seller team can");
    }

    @Test
    void a_click_naming_the_sellers_step_from_another_channel_changes_nothing() {
        long step = customerStep();

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.INTERNAL_CHANNEL, CARD_TS,
                CardIds.DONE, Long.toString(step));
        app.requests().ephemeralAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, "C0ELSEWHERE", CardIds.DONE, Long.toString(step));
        app.settle();

        assertThat(status(step)).isEqualTo("todo");
    }

    @Test
    void a_customer_whose_organisation_never_installed_map_bot_can_still_click_on_the_sellers_card() {
        long step = customerStep();
        app.slack().wireMock().resetRequests();

        HttpResponse<String> clicked = app.requests().blockAction(Slackers.CUSTOMER_USER, "T0GUEST", Slackers.SHARED_CHANNEL,
                CARD_TS, CardIds.DONE, Long.toString(step));
        app.settle();

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(status(step)).isEqualTo("done");
        assertThat(tokensOf("chat.update")).isNotEmpty().containsOnly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void a_form_opened_from_the_sellers_card_belongs_to_the_sellers_installation_whichever_installation_slack_names() {
        long step = customerStep();
        app.slack().wireMock().resetRequests();
        app.requests().postForm(menuPick(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.COMMENT + ":" + step));
        app.slack().awaitCalls("views.open", 1);
        assertThat(tokensOf("views.open")).containsExactly("Bearer " + SELLER_TOKEN);
        String metadata = JsonParser.parseString(app.slack().calls("views.open").get(0).get("view")).getAsJsonObject()
                .get("private_metadata").getAsString();

        var submitted = app.requests().viewSubmissionThrough(Slackers.CUSTOMER_TEAM, Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_COMMENT, metadata, Map.of(PlanModals.TEXT, Map.of(PlanModals.VALUE, SlackRequests.text("Pitch is booked"))));
        app.settle();

        assertThat(submitted.body()).doesNotContain("errors");
        Map<String, String> comment = app.slack().awaitCall("chat.postMessage", c -> c.getOrDefault("text", "").contains("Pitch is booked"));
        assertThat(comment.get("thread_ts")).isEqualTo(CARD_TS);
        assertThat(tokensOf("chat.postMessage")).containsOnly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void a_form_the_customers_installation_opened_cannot_reach_the_sellers_plan() {
        long step = customerStep();
        String forged = new SignedMetadata(RunningApp.SIGNING_SECRET).sign(CardIds.MODAL_COMMENT,
                OpenedBy.tag(new Installation(Slackers.CUSTOMER_TEAM, null, Slackers.BOT_USER), Long.toString(step)));

        var submitted = app.requests().viewSubmissionThrough(Slackers.CUSTOMER_TEAM, Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_COMMENT, forged, Map.of(PlanModals.TEXT, Map.of(PlanModals.VALUE, SlackRequests.text("Sneaky"))));
        app.settle();

        assertThat(submitted.body()).contains("errors").contains("does not exist");
        assertThat(app.slack().calls("chat.postMessage")).noneMatch(c -> c.getOrDefault("text", "").contains("Sneaky"));
    }

    @Test
    void a_customer_who_joins_is_welcomed_once_by_the_sellers_bot_though_both_installations_are_told() {
        app.slack().wireMock().resetRequests();

        joins(Slackers.CUSTOMER_TEAM);
        joins(Slackers.SELLER_TEAM);
        app.settle();

        List<Map<String, String>> welcomes = app.slack().calls("chat.postEphemeral").stream()
                .filter(c -> Slackers.CUSTOMER_USER.equals(c.get("user"))).toList();
        assertThat(welcomes).hasSize(1);
        assertThat(tokensOf("chat.postEphemeral")).containsExactly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void a_channel_shared_event_through_both_installations_offers_the_seller_once() {
        app.slack().wireMock().resetRequests();

        channelShared(Slackers.CUSTOMER_TEAM);
        channelShared(Slackers.SELLER_TEAM);
        app.settle();

        assertThat(app.slack().calls("chat.postEphemeral").stream().filter(c -> Slackers.SELLER_USER.equals(c.get("user"))))
                .hasSize(1);
        assertThat(tokensOf("chat.postEphemeral")).containsExactly("Bearer " + SELLER_TOKEN);
    }

    @Test
    void map_new_by_the_customer_in_the_sellers_channel_says_whose_map_bot_runs_it_and_starts_nothing() {
        app.slack().wireMock().resetRequests();

        HttpResponse<String> reply = app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "new Our own plan");
        HttpResponse<String> bare = app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "new");
        app.settle();

        assertThat(textOf(reply)).contains("This channel's plan is run by *Seller Inc*'s MAP Bot").contains("no second plan");
        assertThat(textOf(bare)).contains("run by *Seller Inc*'s MAP Bot");
        assertThat(app.dsl().fetchCount(PLAN)).isEqualTo(1);
        assertThat(app.slack().count("chat.postMessage")).isZero();
        assertThat(app.slack().count("views.open")).isZero();
    }

    @Test
    void map_new_by_the_customer_in_a_channel_of_their_own_starts_their_own_plan() {
        app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, "C0CUSTOMERS", "new Vendor onboarding");
        app.settle();

        assertThat(app.dsl().select(PLAN.TEAM_ID).from(PLAN).where(PLAN.CHANNEL_ID.eq("C0CUSTOMERS")).fetch(PLAN.TEAM_ID))
                .containsExactly(Slackers.CUSTOMER_TEAM);
    }

    @Test
    void both_organisations_installed_one_reminder_per_due_item_sent_with_the_sellers_token() {
        app.slack().wireMock().resetRequests();
        app.clock().set(Instant.parse("2027-03-01T09:00:00Z"));

        app.mapBot().parts().sweeper().sweep();
        app.settle();

        int sent = app.dsl().fetchCount(REMINDER, REMINDER.STATE.eq("sent"));
        List<Map<String, String>> reminders = app.slack().calls("chat.postMessage").stream().filter(c -> !FakeSlack.isPlanCard(c)).toList();
        assertThat(sent).isPositive();
        assertThat(reminders).hasSize(sent);
        assertThat(tokensOf("chat.postMessage")).containsOnly("Bearer " + SELLER_TOKEN);
    }

    private static String textOf(HttpResponse<String> ephemeral) {
        return JsonParser.parseString(ephemeral.body()).getAsJsonObject().get("text").getAsString();
    }

    private static void joins(String deliveredFor) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "member_joined_channel");
        event.addProperty("user", Slackers.CUSTOMER_USER);
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("channel_type", "C");
        event.addProperty("team", Slackers.CUSTOMER_TEAM);
        deliver(event, deliveredFor);
    }

    private static void channelShared(String deliveredFor) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "channel_shared");
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("connected_team_id", deliveredFor.equals(Slackers.SELLER_TEAM) ? Slackers.CUSTOMER_TEAM : Slackers.SELLER_TEAM);
        event.addProperty("event_ts", "1700000000.000500");
        deliver(event, deliveredFor);
    }

    private static void deliver(JsonObject event, String teamId) {
        JsonObject envelope = SlackRequests.eventEnvelope(event);
        envelope.addProperty("team_id", teamId);
        assertThat(app.requests().event(envelope).statusCode()).isEqualTo(200);
    }

    /** An entry picked in a step's ⋯ menu on the seller's card. */
    private static Map<String, String> menuPick(String userId, String teamId, String value) {
        return app.requests().overflowPick(userId, teamId, Slackers.SHARED_CHANNEL, CARD_TS, CardIds.MORE, value);
    }
}
