package org.mapbot.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.mapbot.db.generated.Tables.PLAN;

import java.net.http.HttpResponse;
import java.util.Map;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/** The steps every HubSpot test starts from: an admin, the connect form, a plan with known dates, its link. */
final class HubSpotFixture {
    private final RunningApp app;
    private final FakeHubSpot hubspot;

    HubSpotFixture(RunningApp app, FakeHubSpot hubspot) {
        this.app = app;
        this.hubspot = hubspot;
    }

    /** users.info says the seller is an admin of the workspace (the default person is not). */
    void sellerIsAdmin() {
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing(Slackers.SELLER_USER))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\""
                        + Slackers.SELLER_TEAM + "\",\"is_admin\":true,\"tz\":\"Europe/Berlin\",\"real_name\":\"Sam Seller\"}}")));
    }

    /** The connect form as {@code userId} submits it with {@code token}; the answer is what Slack got back. */
    HttpResponse<String> submitToken(String userId, String token) {
        return app.requests().viewSubmission(userId, Slackers.SELLER_TEAM, ConnectForm.CALLBACK, Slackers.SHARED_CHANNEL,
                Map.of(ConnectForm.TOKEN_BLOCK, Map.of(ConnectForm.TOKEN_INPUT, SlackRequests.text(token))));
    }

    /** The ephemeral answer {@code userId} got after submitting the form. */
    String connectAnswer(String userId) {
        return app.slack().awaitCall("chat.postEphemeral", call -> userId.equals(call.get("user"))).get("text");
    }

    void connect() {
        sellerIsAdmin();
        submitToken(Slackers.SELLER_USER, FakeHubSpot.TOKEN);
        connectAnswer(Slackers.SELLER_USER);
    }

    /** The answer to a {@code /map} command whose answer follows from the background. */
    String later(String userId, String teamId, String channelId, String text) {
        int before = app.slack().responses().size();
        app.requests().command(userId, teamId, channelId, text);
        return app.slack().awaitResponses(before + 1).get(before).getAsJsonObject().get("text").getAsString();
    }

    String seller(String channelId, String text) {
        return later(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, text);
    }

    /**
     * A plan started Monday 30 November 2026, target 29 January 2027: 1 Demo (4 Dec), 2 Technical test (11 Dec),
     * 3 Contract review (18 Dec), 4 Discount approval (10 Dec, internal).
     */
    long plan(String channelId) {
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "new Acme rollout");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "target 2027-01-29");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "add Demo by 2026-12-04");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "add Technical test by 2026-12-11");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "add Contract review by 2026-12-18");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, channelId, "add Discount approval by 2026-12-10 internal");
        app.settle();
        return app.dsl().select(PLAN.ID).from(PLAN).where(PLAN.CHANNEL_ID.eq(channelId)).fetchOne(PLAN.ID);
    }

    /** A connected workspace with a plan in {@code channelId} linked to the deal, and its first update written. */
    long linkedPlan(String channelId) {
        connect();
        long planId = plan(channelId);
        seller(channelId, "link hubspot " + FakeHubSpot.DEAL);
        hubspot.awaitUpdate(1);
        return planId;
    }
}
