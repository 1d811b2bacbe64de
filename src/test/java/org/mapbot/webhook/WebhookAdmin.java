package org.mapbot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** {@code /map webhooks …} as a workspace admin (or someone else) types it, and the answer that follows. */
final class WebhookAdmin {
    static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]{44}");
    private static final Pattern NUMBER = Pattern.compile("Webhook #(\\d+)");
    private final RunningApp app;

    WebhookAdmin(RunningApp app) {
        this.app = app;
    }

    /** users.info says the seller is an owner of the workspace. */
    void sellerIsOwner() {
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing(Slackers.SELLER_USER))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\""
                        + Slackers.SELLER_TEAM + "\",\"is_owner\":true,\"tz\":\"Europe/Berlin\",\"real_name\":\"Sam Seller\"}}")));
    }

    String command(String userId, String text) {
        int before = app.slack().responses().size();
        var ack = app.requests().command(userId, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "webhooks " + text);
        if (ack.statusCode() != 200) {
            throw new AssertionError("the command was not acknowledged: " + ack.statusCode());
        }
        return app.slack().awaitResponses(before + 1).get(before).getAsJsonObject().get("text").getAsString();
    }

    /** An endpoint added by the seller; its number and the secret shown once. */
    record Added(long id, String secret, String answer) {
    }

    Added add(String url, boolean internal) {
        sellerIsOwner();
        String answer = command(Slackers.SELLER_USER, "add " + url + (internal ? " internal" : ""));
        Matcher secret = SECRET.matcher(answer);
        Matcher number = NUMBER.matcher(answer);
        if (!secret.find() || !number.find()) {
            throw new AssertionError("no webhook was added: " + answer);
        }
        return new Added(Long.parseLong(number.group(1)), secret.group(), answer);
    }
}
