package org.mapbot.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mapbot.http.SlackSignature;
import org.mapbot.time.AdjustableClock;

/**
 * What the app answers the sandbox's Slack with (a response-URL post, a command's reply, a menu's options) is refused
 * as Slack refuses it when it breaks Slack's limits: red in the log, not shown as if Slack had accepted it.
 * A WireMock plays an app that answers too much.
 */
class RefusedAnswersTest {
    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private final SandboxState state = new SandboxState(clock);
    private final WireMockServer app = new WireMockServer(options().dynamicPort());
    private Interactions interactions;
    private Javalin responseUrls;

    @BeforeEach
    void start() {
        app.start();
        interactions = new Interactions(state, new SlackToApp(state, new SlackSignature("secret", clock), app.baseUrl()),
                "http://localhost:1");
        ResponseUrlStandIn standIn = new ResponseUrlStandIn(state);
        responseUrls = Javalin.create(c -> c.routes.post("/sandbox/response/{id}", standIn::respond)).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
        responseUrls.stop();
    }

    @Test
    void a_command_reply_over_40000_characters_is_refused_and_slack_says_the_command_failed() {
        appAnswers("{\"response_type\":\"ephemeral\",\"text\":\"" + "x".repeat(40_001) + "\"}");

        JsonObject result = interactions.command(SandboxCast.SALES_REP, SandboxCast.SHARED, "/map templates");

        assertThat(result.get("ok").getAsBoolean()).isFalse();
        assertThat(result.get("text").getAsString()).isEqualTo("/map failed with the error \"msg_too_long\"");
        assertThat(state.ephemerals(SandboxCast.SALES_REP.id())).extracting(EphemeralMessage::fromUserId).containsExactly(SandboxCast.SLACKBOT);
        assertThat(state.record().apiCalls()).filteredOn(ApiCall::refused).extracting(ApiCall::method).containsExactly("(command response)");
    }

    @Test
    void menu_options_beyond_100_are_refused_and_the_menu_stays_empty() {
        OpenView form = state.views().openModal(SandboxCast.SALES_REP.id(), JsonParser.parseString("{\"type\":\"modal\"}").getAsJsonObject());
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            options.append(i == 0 ? "" : ",").append("{\"text\":{\"type\":\"plain_text\",\"text\":\"T").append(i)
                    .append("\"},\"value\":\"t").append(i).append("\"}");
        }
        appAnswers("{\"options\":[" + options + "]}");

        JsonObject result = interactions.suggest(SandboxCast.SALES_REP, form.id(), "template", "value", "");

        assertThat(result.getAsJsonArray("options")).isEmpty();
        assertThat(state.record().apiCalls()).filteredOn(ApiCall::refused).extracting(ApiCall::method)
                .containsExactly("(block_suggestion response)");
    }

    @Test
    void menu_options_within_the_limits_reach_the_page() {
        OpenView form = state.views().openModal(SandboxCast.SALES_REP.id(), JsonParser.parseString("{\"type\":\"modal\"}").getAsJsonObject());
        appAnswers("{\"options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\"enterprise\"},\"value\":\"enterprise\"}]}");

        JsonObject result = interactions.suggest(SandboxCast.SALES_REP, form.id(), "template", "value", "ent");

        assertThat(result.getAsJsonArray("options")).hasSize(1);
        assertThat(state.record().apiCalls()).noneMatch(ApiCall::refused);
        assertThat(app.getAllServeEvents().get(0).getRequest().getBodyAsString()).contains("block_suggestion");
    }

    @Test
    void a_response_url_post_with_an_over_long_section_is_refused_and_nothing_is_shown() throws Exception {
        String id = state.newResponseUrl(new ResponseTarget(SandboxCast.SALES_REP.id(), SandboxCast.SHARED.id(), null, null));
        String body = "{\"text\":\"Done\",\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\""
                + "x".repeat(3001) + "\"}}]}";

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + responseUrls.port() + "/sandbox/response/" + id)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"invalid_blocks\"", "[json-pointer:/blocks/0/text/text]");
        assertThat(state.ephemerals(SandboxCast.SALES_REP.id())).isEmpty();
        assertThat(state.record().apiCalls()).filteredOn(ApiCall::refused).extracting(ApiCall::method).containsExactly("(response_url)");
    }

    private void appAnswers(String json) {
        app.stubFor(post(urlEqualTo("/slack/events")).willReturn(okJson(json)));
    }
}
