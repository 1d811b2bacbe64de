package org.mapbot.sandbox.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.sandbox.limits.BlockJson.*;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented maximum, at the limit (Slack accepts) and one past it (Slack refuses, naming the place).
 * The numbers are Slack's, from the pages {@link SlackLimits} and its rules cite.
 */
class DocumentedLimitsTest {

    /** A call whose one measured value has size {@code n}; refused past {@code max} with {@code error} at {@code pointer}. */
    record Limit(String name, String method, int max, IntFunction<JsonObject> call, String error, String pointer) {
        @Override
        public String toString() {
            return name + " ≤ " + max;
        }
    }

    static Stream<Limit> limits() {
        return Stream.of(
                msg("blocks in a message", 50, n -> messageOf(times(n, i -> section("step " + i))), "/blocks"),
                msg("section text", 3000, n -> message(section(chars(n))), "/blocks/0/text/text"),
                msg("section fields", 10, n -> message(with(block("section"), "fields", times(n, i -> mrkdwn("f")))),
                        "/blocks/0/fields"),
                msg("section field text", 2000, n -> message(with(block("section"), "fields", times(1, i -> mrkdwn(chars(n))))),
                        "/blocks/0/fields/0/text"),
                msg("header text", 150, n -> message(with(block("header"), "text", plain(chars(n)))), "/blocks/0/text/text"),
                msg("context elements", 10, n -> message(with(block("context"), "elements", times(n, i -> mrkdwn("c")))),
                        "/blocks/0/elements"),
                msg("actions elements", 25, n -> message(with(block("actions"), "elements", times(n, i -> button("B" + i)))),
                        "/blocks/0/elements"),
                msg("button text", 75, n -> message(actions(button(chars(n)))), "/blocks/0/elements/0/text/text"),
                msg("button value", 2000, n -> message(actions(with(button("Done"), "value", chars(n)))), "/blocks/0/elements/0/value"),
                msg("button url", 3000, n -> message(actions(with(button("Open"), "url", chars(n)))), "/blocks/0/elements/0/url"),
                msg("action_id", 255, n -> message(actions(with(button("Done"), "action_id", chars(n)))),
                        "/blocks/0/elements/0/action_id"),
                msg("block_id", 255, n -> message(with(section("s"), "block_id", chars(n))), "/blocks/0/block_id"),
                msg("option text", 75, n -> message(sectionWith(staticSelect(times(1, i -> option(plain(chars(n)), "v"))))),
                        "/blocks/0/accessory/options/0/text/text"),
                msg("option value", 150, n -> message(sectionWith(staticSelect(times(1, i -> option(plain("A"), chars(n)))))),
                        "/blocks/0/accessory/options/0/value"),
                msg("static select options", 100, n -> message(sectionWith(staticSelect(times(n, i -> option(plain("o" + i), "v" + i))))),
                        "/blocks/0/accessory/options"),
                msg("static select option_groups", 100, n -> message(sectionWith(with(with(block("static_select"), "action_id", "g"),
                        "option_groups", times(n, i -> with(with(new JsonObject(), "label", plain("G" + i)), "options",
                                times(1, j -> option(plain("o"), "v" + i))))))), "/blocks/0/accessory/option_groups"),
                msg("overflow options", 5, n -> message(sectionWith(overflow(n))), "/blocks/0/accessory/options"),
                msg("select placeholder", 150, n -> message(sectionWith(with(with(block("users_select"), "action_id", "u"),
                        "placeholder", plain(chars(n))))), "/blocks/0/accessory/placeholder/text"),
                msg("checkboxes options", 10, n -> message(sectionWith(with(with(block("checkboxes"), "action_id", "c"), "options",
                        times(n, i -> option(mrkdwn("*o*"), "v" + i))))), "/blocks/0/accessory/options"),
                new Limit("message text", "chat.postMessage", 40_000, n -> with(message(), "text", chars(n)), "msg_too_long", "/text"),
                view("blocks in a modal", 100, n -> modalOf(times(n, i -> section("s"))), "/view/blocks"),
                view("modal title", 24, n -> with(modal(), "title", plain(chars(n))), "/view/title/text"),
                view("modal submit", 24, n -> with(modal(), "submit", plain(chars(n))), "/view/submit/text"),
                view("modal close", 24, n -> with(modal(), "close", plain(chars(n))), "/view/close/text"),
                view("private_metadata", 3000, n -> with(modal(), "private_metadata", chars(n)), "/view/private_metadata"),
                view("callback_id", 255, n -> with(modal(), "callback_id", chars(n)), "/view/callback_id"),
                view("input label", 2000, n -> modal(input(chars(n), textInput())), "/view/blocks/0/label/text"),
                view("plain_text_input max_length", 3000, n -> modal(input("Reason", with(textInput(), "max_length", n))),
                        "/view/blocks/0/element/max_length"),
                view("plain_text_input placeholder", 150, n -> modal(input("Reason", with(textInput(), "placeholder", plain(chars(n))))),
                        "/view/blocks/0/element/placeholder/text"),
                new Limit("blocks in a Home tab", "views.publish", 100, n -> opening(with(block("home"), "blocks",
                        times(n, i -> section("s")))), "invalid_arguments", "/view/blocks"));
    }

    @ParameterizedTest(name = "{0}: accepted at the limit")
    @MethodSource("limits")
    void slack_accepts_a_value_at_the_limit(Limit limit) {
        assertThat(SlackLimits.webApiCall(limit.method(), limit.call().apply(limit.max()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: refused one past it")
    @MethodSource("limits")
    void slack_refuses_one_past_the_limit_and_names_the_place(Limit limit) {
        Optional<Refusal> refusal = SlackLimits.webApiCall(limit.method(), limit.call().apply(limit.max() + 1));

        assertThat(refusal).isPresent();
        assertThat(refusal.get().error()).isEqualTo(limit.error());
        assertThat(refusal.get().violations()).extracting(Violation::pointer).containsExactly(limit.pointer());
        assertThat(refusal.get().violations().get(0).doc()).startsWith("https://docs.slack.dev/reference/");
    }

    private static Limit msg(String name, int max, IntFunction<JsonObject> call, String pointer) {
        return new Limit(name, "chat.postMessage", max, call, "invalid_blocks", pointer);
    }

    private static Limit view(String name, int max, IntFunction<JsonObject> view, String pointer) {
        return new Limit(name, "views.open", max, n -> opening(view.apply(n)), "invalid_arguments", pointer);
    }
}
