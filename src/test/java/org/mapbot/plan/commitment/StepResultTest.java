package org.mapbot.plan.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/** Marking a step done offers, without blocking the click, to record what came out of it; the result is kept. */
class StepResultTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Handshake handshake;

    @BeforeEach
    void plan() {
        handshake = new Handshake(app);
        handshake.planWithAnInternalStep();
    }

    @Test
    void done_offers_add_the_result_and_the_result_form_saves_it_for_history() {
        var done = handshake.customerClicksOnCard(CardIds.DONE, Long.toString(handshake.stepId(2)));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(handshake.step(2).getStatus()).as("the click itself is done, not waiting for a result").isEqualTo("done");
        app.settle();
        String offer = handshake.lastAnswer();
        assertThat(offer).contains("is done. What came out of it?").contains(CardIds.ADD_RESULT).contains("Add the result");

        var opened = app.requests().ephemeralAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                CardIds.ADD_RESULT, Long.toString(handshake.stepId(2)));
        assertThat(opened.statusCode()).isEqualTo(200);
        Map<String, String> modal = app.slack().awaitCall("views.open", c -> c.getOrDefault("view", "").contains(CardIds.MODAL_RESULT));
        assertThat(FakeSlack.unescaped(modal.get("view"))).contains("Result");

        var saved = submitResult(Long.toString(handshake.stepId(2)), "Pain confirmed <!channel>; budget owner is the CFO");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(handshake.step(2).getResult()).isEqualTo("Pain confirmed <!channel>; budget owner is the CFO");
        assertThat(FakeSlack.unescaped(app.requests().seller("history").body())).contains("result: Pain confirmed");
        assertThat(app.requests().seller("history").body()).doesNotContain("<!channel>");
    }

    @Test
    void an_empty_or_oversized_result_is_refused_in_the_form_and_nothing_is_saved() {
        handshake.customerClicksOnCard(CardIds.DONE, Long.toString(handshake.stepId(2)));
        String stepId = Long.toString(handshake.stepId(2));

        var empty = submitResult(stepId, "   ");
        var huge = submitResult(stepId, "x".repeat(5_000));

        assertThat(empty.body()).contains("response_action").contains("Signed by both sides");
        assertThat(huge.body()).contains("response_action").contains("At most");
        assertThat(handshake.step(2).getResult()).isNull();
    }

    @Test
    void a_customer_cannot_record_the_result_of_an_internal_step() {
        String internal = Long.toString(handshake.stepId(5));

        var clicked = app.requests().ephemeralAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                CardIds.ADD_RESULT, internal);
        var submitted = submitResult(internal, "We saw your internal step");

        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(app.slack().calls("views.open").stream().map(c -> c.getOrDefault("view", ""))
                .filter(v -> v.contains(CardIds.MODAL_RESULT)).toList()).isEmpty();
        assertThat(handshake.step(5).getResult()).isNull();
        assertThat(submitted.body()).doesNotContain("Discount approval");
        assertThat(handshake.lastAnswer()).doesNotContain("Discount approval");
    }

    private static java.net.http.HttpResponse<String> submitResult(String stepId, String text) {
        return app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_RESULT, stepId,
                Map.<String, Map<String, JsonObject>>of(PlanModals.RESULT, Map.of(PlanModals.VALUE, SlackRequests.text(text))));
    }
}
