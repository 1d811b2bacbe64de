package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningSandbox;

/**
 * The sandbox's Web API refuses what real Slack refuses for breaking its documented limits: Slack's error with the
 * failing place, nothing changed in its Slack, and the call shown red in the page's log.
 */
class SandboxRefusesWhatSlackRefusesTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @Test
    void an_over_long_section_is_refused_with_invalid_blocks_and_never_posted() {
        HttpResponse<String> answer = sandbox.api("chat.postMessage", "{\"channel\":\"C0SHARED\",\"text\":\"Week ahead\","
                + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001) + "\"}}]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(answer.body())).isEqualTo(JsonParser.parseString("{\"ok\":false,\"error\":\"invalid_blocks\","
                + "\"response_metadata\":{\"messages\":[\"[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]\"]}}"));
        JsonObject state = sandbox.state("U0SELLER");
        JsonObject messages = state.getAsJsonObject("messages");
        assertThat(messages.has("C0SHARED") ? messages.getAsJsonArray("C0SHARED") : new JsonArray()).as("nothing posted").isEmpty();
        JsonObject call = state.getAsJsonArray("apiCalls").get(0).getAsJsonObject();
        assertThat(call.get("unexpected").getAsBoolean()).isTrue();
        assertThat(call.get("refused").getAsBoolean()).isTrue();
        assertThat(call.get("error").getAsString()).startsWith("invalid_blocks [ERROR] must be less than 3001 characters");
        assertThat(call.get("detail").getAsString()).contains("https://docs.slack.dev/reference/block-kit/blocks/section-block");
        JsonArray refused = sandbox.takeRefusedCallsAndReset();
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).getAsString()).startsWith("chat.postMessage refused with invalid_blocks");
    }

    @Test
    void a_modal_with_a_title_over_24_characters_is_refused_with_invalid_arguments_and_not_opened() {
        HttpResponse<String> answer = sandbox.api("views.open", "{\"trigger_id\":\"1.2.3\",\"view\":{\"type\":\"modal\","
                + "\"title\":{\"type\":\"plain_text\",\"text\":\"Edit step 12 of Acme rollout\"},\"blocks\":[]}}");

        assertThat(answer.body()).contains("\"error\":\"invalid_arguments\"", "[json-pointer:/view/title/text]");
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("modals")).isEmpty();
        assertThat(sandbox.takeRefusedCallsAndReset().get(0).getAsString()).contains("modal title: at most 24 characters");
    }

    @Test
    void calls_within_the_limits_are_not_refused() {
        HttpResponse<String> answer = sandbox.api("chat.postMessage", "{\"channel\":\"C0SHARED\",\"text\":\"Week ahead\","
                + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3000) + "\"}}]}");

        assertThat(answer.body()).contains("\"ok\":true");
        assertThat(sandbox.refusedCalls()).isEmpty();
    }
}
