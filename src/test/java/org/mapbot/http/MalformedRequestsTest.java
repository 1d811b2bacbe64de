package org.mapbot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.STEP;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * Correctly signed requests that Slack would never send get a clear answer and change nothing: a 400 for a malformed
 * request, an ephemeral line (or an error under the form field) for a well-formed one with bad values. Never a 500.
 */
class MalformedRequestsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private HttpResponse<String> signedPayload(String payloadJson) {
        byte[] body = ("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return app.requests().postSigned(body, "application/x-www-form-urlencoded");
    }

    @Test
    void a_payload_that_is_not_json_or_is_an_array_gets_a_400() {
        assertThat(signedPayload("{not json").statusCode()).isEqualTo(400);
        assertThat(signedPayload("[1, 2, 3]").statusCode()).isEqualTo(400);
        assertThat(app.requests().postSigned("{\"type\":".getBytes(StandardCharsets.UTF_8), "application/json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_click_without_a_user_and_a_form_without_a_view_get_a_400() {
        HttpResponse<String> click = signedPayload("{\"type\":\"block_actions\",\"team\":{\"id\":\"" + Slackers.SELLER_TEAM
                + "\"},\"actions\":[{\"action_id\":\"" + CardIds.DONE + "\",\"value\":\"1\"}]}");
        HttpResponse<String> form = signedPayload("{\"type\":\"view_submission\",\"team\":{\"id\":\"" + Slackers.SELLER_TEAM
                + "\"},\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\"" + Slackers.SELLER_TEAM + "\"}}");

        assertThat(click.statusCode()).isEqualTo(400);
        assertThat(form.statusCode()).isEqualTo(400);
    }

    @Test
    void a_nul_byte_or_an_endless_mention_in_a_command_is_answered_and_nothing_breaks() {
        app.requests().seller("new Acme rollout");

        HttpResponse<String> nul = app.requests().seller("add Security\u0000 review by friday");
        HttpResponse<String> mention = app.requests().seller("add Review <@U" + "A".repeat(40) + "> by friday");

        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(nul.body()).contains("Added step 1");
        assertThat(app.dsl().select(STEP.TITLE).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.TITLE)).isEqualTo("Security review");
        assertThat(mention.statusCode()).isEqualTo(200);
        assertThat(mention.body()).contains("ephemeral").contains("not a Slack user I can read").contains("/map add Security review @jane");
        assertThat(app.dsl().fetchCount(STEP)).as("nothing half-saved").isEqualTo(1);
    }

    @Test
    void a_date_picker_value_no_picker_sends_is_refused_under_the_field() {
        app.requests().seller("new Acme rollout with quick");
        app.settle();
        long stepId = app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.ID);

        HttpResponse<String> farAway = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                CardIds.MODAL_NEW_DATE, Long.toString(stepId), Map.of(
                        PlanModals.DUE, Map.of(PlanModals.VALUE, SlackRequests.datePicked("+999999999-12-31")),
                        PlanModals.REASON, Map.of(PlanModals.VALUE, SlackRequests.text("later"))));
        HttpResponse<String> nineThousand = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                CardIds.MODAL_NEW_DATE, Long.toString(stepId), Map.of(
                        PlanModals.DUE, Map.of(PlanModals.VALUE, SlackRequests.datePicked("9999-12-31")),
                        PlanModals.REASON, Map.of(PlanModals.VALUE, SlackRequests.text("later"))));

        assertThat(farAway.statusCode()).isEqualTo(200);
        assertThat(farAway.body()).contains("\"response_action\":\"errors\"").contains("not a date I can read");
        assertThat(nineThousand.body()).contains("\"response_action\":\"errors\"").contains("more than 5 years away");
        assertThat(app.dsl().select(STEP.DUE_DATE).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.DUE_DATE).getYear())
                .isLessThan(2030);
    }

    @Test
    void non_numeric_home_and_reminder_values_are_answered_not_failed() {
        HttpResponse<String> home = app.requests().viewAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, "home", "V0HOME",
                "offset=0", org.mapbot.home.HomeActions.STEP_DONE, "twelve");
        HttpResponse<String> reminder = app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                Slackers.SHARED_CHANNEL, "1700000000.000100", org.mapbot.reminder.ReminderActions.DONE, "x1");
        HttpResponse<String> form = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                org.mapbot.reminder.ReminderActions.BLOCKED_MODAL, "not-a-reminder", Map.of());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(reminder.statusCode()).isEqualTo(200);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("errors").contains("no longer points at");
        assertThat(FakeSlack.unescaped(app.slack().awaitResponses(1).toString())).contains("does not point at");
    }
}
