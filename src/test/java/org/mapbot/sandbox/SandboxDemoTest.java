package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningSandbox;

/** "Load demo" leaves a deal with steps in every state, made only of signed requests to the real bot. */
class SandboxDemoTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    @Test
    void load_demo_produces_a_card_with_done_blocked_and_overdue_steps() throws InterruptedException {
        JsonObject result = sandbox.postForJson("/sandbox/demo", "{}");

        List<String> transcript = new ArrayList<>();
        result.getAsJsonArray("transcript").forEach(line -> transcript.add(line.getAsString()));
        assertThat(transcript).hasSize(DemoScript.STEPS.size())
                .noneMatch(line -> line.contains("wanted to") || line.contains("has no") || line.contains("errors"))
                .allMatch(line -> !line.contains("→ HTTP") || line.contains("→ HTTP 200"));

        String card = awaitCard("U0CUSTOMER", text -> text.contains("2 slips")); // the demo's last change is on the card
        assertThat(card)
                .contains(":white_check_mark: *1. Discovery*")
                .contains(":red_circle: *2. Demo*").contains("*overdue ")
                .contains(":no_entry: *3. Technical test*").contains("Blocked")
                .contains("Jordan Price (Finance)")                         // reassigned to someone without Slack
                .contains("<@U0CUSTOMER>").contains("<@U0CTO>").contains("<@U0LEGAL>")
                .contains(":white_check_mark: *7. Security questionnaire*")
                .contains("2 slips")
                .doesNotContain("Discount approval");                        // internal: never in the shared channel
        JsonArray shared = sandbox.state("U0CUSTOMER").getAsJsonObject("messages").getAsJsonArray("C0SHARED");
        assertThat(shared.toString()).contains("Finance wants the ROI model in EUR"); // the comment, in the card's thread
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("apiCalls").toString()).doesNotContain("\"unexpected\":true");
    }

    /** The newest plan card's blocks as the person sees them, once the card updates that follow the acks have landed. */
    private static String awaitCard(String personId, java.util.function.Predicate<String> ready) {
        sandbox.settle();
        String card = card(sandbox.state(personId)).orElseThrow(() -> new AssertionError("No plan card in the channel"));
        assertThat(ready.test(card)).as("the card after the demo:\n%s", card).isTrue();
        return card;
    }

    private static Optional<String> card(JsonObject state) {
        JsonArray messages = state.getAsJsonObject("messages").getAsJsonArray("C0SHARED");
        for (int i = messages.size() - 1; i >= 0; i--) {
            JsonObject message = messages.get(i).getAsJsonObject();
            JsonElement blocks = message.get("blocks");
            if (blocks != null && blocks.isJsonArray() && blocks.toString().contains("card-footer")) {
                return Optional.of(blocks.toString());
            }
        }
        return Optional.empty();
    }
}
