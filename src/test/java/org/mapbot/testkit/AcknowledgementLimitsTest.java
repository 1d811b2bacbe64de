package org.mapbot.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mapbot.sandbox.limits.Refusal;

/**
 * What an app acknowledges a request with reaches people only within Slack's limits: {@link SlackRequests} reports
 * a command reply, a pushed view or a list of options that Slack would refuse. A WireMock plays the app here.
 */
class AcknowledgementLimitsTest {
    private final WireMockServer app = new WireMockServer(options().dynamicPort());
    private final List<Refusal> refused = new ArrayList<>();
    private SlackRequests requests;

    @BeforeEach
    void start() {
        app.start();
        requests = new SlackRequests(app.baseUrl(), "secret", Clock.systemUTC(), "http://localhost:1", refused::add);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void a_command_reply_over_40000_characters_is_refused_as_slack_refuses_it() {
        answer("{\"response_type\":\"ephemeral\",\"text\":\"" + "x".repeat(40_001) + "\"}");

        requests.seller("templates");

        assertThat(refused).extracting(Refusal::call, Refusal::error).containsExactly(
                org.assertj.core.groups.Tuple.tuple("slash command response", "msg_too_long"));
    }

    @Test
    void a_reply_within_the_limits_passes() {
        answer("{\"response_type\":\"ephemeral\",\"text\":\"" + "x".repeat(40_000) + "\"}");

        requests.seller("templates");

        assertThat(refused).isEmpty();
    }

    @Test
    void options_answered_to_a_menu_are_checked() {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            options.append(i == 0 ? "" : ",").append("{\"text\":{\"type\":\"plain_text\",\"text\":\"T").append(i)
                    .append("\"},\"value\":\"t").append(i).append("\"}");
        }
        answer("{\"options\":[" + options + "]}");

        requests.seller("anything");

        assertThat(refused).extracting(Refusal::call).containsExactly("block_suggestion response");
    }

    private void answer(String json) {
        app.stubFor(post(urlEqualTo("/slack/events")).willReturn(okJson(json)));
    }
}
