package org.mapbot.sandbox.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.sandbox.limits.BlockJson.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits hold on every way a message or view reaches Slack, and Slack's answer looks like Slack's. */
class SurfacesTest {

    @ParameterizedTest
    @ValueSource(strings = {"chat.postMessage", "chat.postEphemeral", "chat.update"})
    void every_message_method_refuses_an_over_long_section(String method) {
        var refusal = SlackLimits.webApiCall(method, message(section(chars(3001))));

        assertThat(refusal).map(Refusal::error).contains("invalid_blocks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"views.open", "views.push", "views.update"})
    void every_modal_method_refuses_an_over_long_title(String method) {
        var refusal = SlackLimits.webApiCall(method, opening(with(modal(), "title", plain(chars(25)))));

        assertThat(refusal).map(Refusal::error).contains("invalid_arguments");
    }

    @Test
    void blocks_sent_as_json_text_in_a_form_field_are_checked_too() {
        JsonObject form = new JsonObject();
        form.addProperty("channel", "C0SHARED");
        form.addProperty("blocks", message(section(chars(3001))).get("blocks").toString());

        assertThat(SlackLimits.webApiCall("chat.postMessage", form)).isPresent();
    }

    @Test
    void a_response_url_body_or_command_answer_is_a_message_with_the_same_limits() {
        JsonObject body = with(message(section("ok")), "text", chars(40_001));

        assertThat(SlackLimits.messageBody("response_url", body)).map(Refusal::error).contains("msg_too_long");
        assertThat(SlackLimits.messageBody("response_url", message(section("ok")))).isEmpty();
    }

    @Test
    void a_view_submission_answer_that_pushes_a_view_is_checked_as_a_view() {
        JsonObject answer = with(with(new JsonObject(), "response_action", "push"), "view", with(modal(), "title", plain(chars(25))));

        assertThat(SlackLimits.viewSubmissionAnswer(answer)).isPresent();
        assertThat(SlackLimits.viewSubmissionAnswer(with(new JsonObject(), "response_action", "clear"))).isEmpty();
    }

    @Test
    void options_loaded_for_an_external_menu_are_at_most_100() {
        JsonObject hundred = with(new JsonObject(), "options", times(100, i -> option(plain("T" + i), "t" + i)));
        JsonObject more = with(new JsonObject(), "options", times(101, i -> option(plain("T" + i), "t" + i)));

        assertThat(SlackLimits.optionsAnswer(hundred)).isEmpty();
        assertThat(SlackLimits.optionsAnswer(more).orElseThrow().violations()).extracting(Violation::pointer)
                .containsExactly("/options");
    }

    @Test
    void an_acknowledgement_is_checked_as_what_it_carries() {
        JsonObject reply = with(new JsonObject(), "text", chars(40_001));
        JsonObject push = with(with(new JsonObject(), "response_action", "push"), "view", with(modal(), "close", plain(chars(25))));
        JsonObject options = with(new JsonObject(), "options", times(101, i -> option(plain("T" + i), "t" + i)));

        assertThat(SlackLimits.acknowledgement(reply).orElseThrow().call()).isEqualTo("slash command response");
        assertThat(SlackLimits.acknowledgement(push).orElseThrow().call()).isEqualTo("view_submission response");
        assertThat(SlackLimits.acknowledgement(options).orElseThrow().call()).isEqualTo("block_suggestion response");
        assertThat(SlackLimits.acknowledgement(with(new JsonObject(), "text", "Done."))).isEmpty();
        assertThat(SlackLimits.acknowledgement(new JsonObject())).isEmpty();
    }

    @Test
    void a_modal_with_inputs_needs_a_submit_button() {
        JsonObject view = modal(input("Reason", textInput()));
        view.remove("submit");

        assertThat(SlackLimits.webApiCall("views.open", opening(view)).orElseThrow().violations())
                .extracting(Violation::problem).containsExactly("missing required field: submit");
    }

    @Test
    void methods_without_blocks_or_views_are_not_checked() {
        assertThat(SlackLimits.webApiCall("conversations.info", with(new JsonObject(), "channel", chars(50_000)))).isEmpty();
    }

    @Test
    void the_answer_carries_slacks_error_and_the_failing_path_in_response_metadata() {
        Refusal refusal = SlackLimits.webApiCall("chat.postMessage", message(section("ok"), section(chars(3001)))).orElseThrow();

        assertThat(refusal.json()).isEqualTo(JsonParser.parseString("{\"ok\":false,\"error\":\"invalid_blocks\","
                + "\"response_metadata\":{\"messages\":[\"[ERROR] must be less than 3001 characters [json-pointer:/blocks/1/text/text]\"]}}"));
        assertThat(refusal.describe()).contains("chat.postMessage", "section text: at most 3000 characters",
                "https://docs.slack.dev/reference/block-kit/blocks/section-block");
    }

    @Test
    void characters_are_counted_as_slack_counts_them_not_as_utf16_units() {
        String emoji = "\uD83D\uDE80".repeat(3000); // 3,000 rockets, 6,000 UTF-16 units

        assertThat(SlackLimits.webApiCall("chat.postMessage", message(section(emoji)))).isEmpty();
    }
}
