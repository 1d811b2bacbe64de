package org.mapbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A test that made Slack refuse a call fails, even when its own assertions pass, and says which call broke which limit. */
class SlackRefusalsFailTheTestTest {

    @Test
    void a_call_slack_refuses_fails_the_test_that_made_it_naming_the_call_and_the_limit() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(PostsAnOverLongSection.class)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();

        assertThat(summary.getTestsSucceededCount() + summary.getTestsFailedCount()).isEqualTo(1);
        assertThat(summary.getFailures()).hasSize(1);
        assertThat(summary.getFailures().get(0).getException())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("made Slack refuse 1 call")
                .hasMessageContaining("chat.postMessage refused with invalid_blocks")
                .hasMessageContaining("section text: at most 3000 characters")
                .hasMessageContaining("/blocks/0/text/text")
                .hasMessageContaining("https://docs.slack.dev/reference/block-kit/blocks/section-block");
    }

    /**
     * Run only from the test above (Surefire skips nested classes). Its own assertions pass: the WireMock Slack answers
     * Slack's error; the test kit must still fail it afterwards.
     */
    static class PostsAnOverLongSection {
        @RegisterExtension
        static RunningApp app = new RunningApp();

        @Test
        void posts_a_section_of_3001_characters() throws Exception {
            String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001) + "\"}}]";
            String form = "channel=" + Slackers.SHARED_CHANNEL + "&text=digest&blocks=" + URLEncoder.encode(blocks, StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.slack().apiUrl()
                            + "chat.postMessage")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"ok\":false", "\"error\":\"invalid_blocks\"",
                    "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]");
        }
    }
}
