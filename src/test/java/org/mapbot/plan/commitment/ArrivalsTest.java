package org.mapbot.plan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN_WELCOME;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * When the customer arrives: a person of the other organisation who joins the plan's channel is welcomed once, only
 * they see it, and it never shows an internal step; the seller's colleagues are not welcomed; when the channel becomes
 * shared the seller's plan owner is offered to ask for agreement.
 */
class ArrivalsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Handshake handshake;

    @BeforeEach
    void handshake() {
        handshake = new Handshake(app);
        handshake.planWithAnInternalStep();
    }

    @Test
    void a_customer_who_joins_gets_one_welcome_with_the_plan_and_review_and_agree_but_no_internal_step() {
        joins(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        app.settle();

        List<Map<String, String>> welcomes = ephemeralsTo(Slackers.CUSTOMER_USER);
        assertThat(welcomes).hasSize(1);
        Map<String, String> welcome = welcomes.get(0);
        assertThat(welcome.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
        String blocks = FakeSlack.unescaped(welcome.get("blocks"));
        assertThat(blocks).contains("Welcome, <@" + Slackers.CUSTOMER_USER + ">").contains("Acme rollout")
                .contains("Diagnosis by the salesperson").contains("Review and agree").contains(CardIds.SUGGEST)
                .contains(CardIds.AGREE).doesNotContain("Discount approval");

        joins(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        inviteAccepted(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        app.settle();

        assertThat(ephemeralsTo(Slackers.CUSTOMER_USER)).as("welcomed once, whichever event says they arrived").hasSize(1);
        assertThat(app.dsl().fetchCount(PLAN_WELCOME)).isEqualTo(1);
    }

    @Test
    void the_welcomes_agree_button_records_the_customers_agreement() {
        app.requests().seller("propose");
        handshake.awaitRequestRemembered();
        joins(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        app.settle();
        assertThat(ephemeralsTo(Slackers.CUSTOMER_USER)).hasSize(1);

        var clicked = app.requests().ephemeralAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                CardIds.AGREE, handshake.agreeValue());

        assertThat(clicked.statusCode()).isEqualTo(200);
        app.settle();
        assertThat(handshake.agreedByBothNow()).isTrue();
        assertThat(handshake.lastCard()).contains("Agreed by");
    }

    @Test
    void the_sellers_colleague_who_joins_is_not_welcomed_as_a_customer() {
        joins(Slackers.SELLER_USER, Slackers.SELLER_TEAM);
        app.settle();

        assertThat(ephemeralsTo(Slackers.SELLER_USER)).isEmpty();
        assertThat(app.dsl().fetchCount(PLAN_WELCOME)).isZero();
    }

    @Test
    void an_invitation_accepted_by_the_customer_welcomes_them_too() {
        inviteAccepted(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
        app.settle();

        assertThat(ephemeralsTo(Slackers.CUSTOMER_USER)).hasSize(1);
    }

    @Test
    void a_channel_that_becomes_shared_offers_the_plan_owner_to_ask_for_agreement_once_not_after_proposing() {
        channelShared();
        app.settle();

        List<Map<String, String>> offers = ephemeralsTo(Slackers.SELLER_USER);
        assertThat(offers).hasSize(1);
        String blocks = FakeSlack.unescaped(offers.get(0).get("blocks"));
        assertThat(blocks).contains("now shared with the customer").contains(CardIds.AGREE).doesNotContain("Discount approval");

        app.requests().seller("propose");
        handshake.awaitRequestRemembered();
        channelShared();
        app.settle();

        assertThat(ephemeralsTo(Slackers.SELLER_USER)).as("no second offer once the plan was proposed").hasSize(1);
    }

    private List<Map<String, String>> ephemeralsTo(String userId) {
        return app.slack().calls("chat.postEphemeral").stream().filter(c -> userId.equals(c.get("user"))).toList();
    }

    private static void joins(String userId, String teamId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "member_joined_channel");
        event.addProperty("user", userId);
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("channel_type", "C");
        event.addProperty("team", teamId);
        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);
    }

    private static void inviteAccepted(String userId, String teamId) {
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("team_id", teamId);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", Slackers.SHARED_CHANNEL);
        channel.addProperty("name", "deal-room");
        JsonObject event = new JsonObject();
        event.addProperty("type", "shared_channel_invite_accepted");
        event.add("accepting_user", user);
        event.add("channel", channel);
        event.addProperty("approval_required", false);
        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);
    }

    private static void channelShared() {
        JsonObject event = new JsonObject();
        event.addProperty("type", "channel_shared");
        event.addProperty("channel", Slackers.SHARED_CHANNEL);
        event.addProperty("connected_team_id", Slackers.CUSTOMER_TEAM);
        event.addProperty("event_ts", "1700000000.000500");
        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);
    }
}
