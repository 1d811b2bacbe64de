package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningSandbox;

/** A modal is open for one person, as in Slack: only that person can submit it, close it or click in it. */
class ModalOwnerTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private String viewId;

    @BeforeEach
    void theSalesRepOpensTheNewPlanForm() {
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map new\"}");
        viewId = Await.until("the new plan form is open for the sales rep", () -> {
            JsonArray modals = sandbox.state("U0SELLER").getAsJsonArray("modals");
            return modals.isEmpty() ? Optional.empty() : Optional.of(modals.get(0).getAsJsonObject().get("id").getAsString());
        });
    }

    @Test
    void someone_else_cannot_submit_it() {
        HttpResponse<String> response = sandbox.post("/sandbox/submit",
                "{\"as\":\"U0COLLEAGUE\",\"viewId\":\"" + viewId + "\",\"values\":{}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"ok\":false").contains("Sam Seller");
        assertNothingReachedTheApp();
    }

    @Test
    void someone_else_cannot_close_it() {
        HttpResponse<String> response = sandbox.post("/sandbox/close", "{\"as\":\"U0CUSTOMER\",\"viewId\":\"" + viewId + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingReachedTheApp();
    }

    @Test
    void someone_else_cannot_click_in_it() {
        HttpResponse<String> response = sandbox.post("/sandbox/action", "{\"as\":\"U0CUSTOMER\",\"source\":{\"type\":\"view\","
                + "\"viewId\":\"" + viewId + "\"},\"action\":{\"type\":\"button\",\"action_id\":\"x\",\"block_id\":\"b\"}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingReachedTheApp();
    }

    @Test
    void its_own_person_can_close_it() {
        JsonObject closed = sandbox.postForJson("/sandbox/close", "{\"as\":\"U0SELLER\",\"viewId\":\"" + viewId + "\"}");

        assertThat(closed.get("ok").getAsBoolean()).isTrue();
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("modals")).isEmpty();
    }

    /** Only the command that opened the form went to the app, and the form is still open for its person. */
    private void assertNothingReachedTheApp() {
        JsonObject state = sandbox.state("U0SELLER");
        assertThat(state.getAsJsonArray("appRequests")).hasSize(1);
        assertThat(state.getAsJsonArray("modals")).hasSize(1);
        assertThat(state.getAsJsonArray("modals").get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(viewId);
    }
}
