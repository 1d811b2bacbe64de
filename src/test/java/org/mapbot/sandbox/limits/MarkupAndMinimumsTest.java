package org.mapbot.sandbox.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.sandbox.limits.BlockJson.*;

import com.google.gson.JsonObject;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where Slack requires {@code plain_text} (header, button, menu options, labels, placeholders, modal title, submit and
 * close) a {@code mrkdwn} text object is refused; where it allows both, both pass. And the documented minimums.
 */
class MarkupAndMinimumsTest {

    /** A call built around one text object; refused at {@code pointer} when that object is mrkdwn, unless mrkdwn is allowed. */
    record Markup(String name, String method, Function<JsonObject, JsonObject> call, String pointer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Markup> plainTextOnly() {
        return Stream.of(
                msg("header text", t -> message(with(block("header"), "text", t)), "/blocks/0/text/type"),
                msg("button text", t -> message(actions(with(button("x"), "text", t))), "/blocks/0/elements/0/text/type"),
                msg("static select option text", t -> message(sectionWith(staticSelect(times(1, i -> option(t, "v"))))),
                        "/blocks/0/accessory/options/0/text/type"),
                msg("overflow option text", t -> message(sectionWith(with(overflow(2), "options",
                        times(2, i -> option(i == 0 ? t : plain("b"), "v" + i))))), "/blocks/0/accessory/options/0/text/type"),
                msg("placeholder", t -> message(sectionWith(with(with(block("datepicker"), "action_id", "d"), "placeholder", t))),
                        "/blocks/0/accessory/placeholder/type"),
                view("input label", t -> modal(with(input("x", textInput()), "label", t)), "/view/blocks/0/label/type"),
                view("modal title", t -> with(modal(), "title", t), "/view/title/type"),
                view("modal submit", t -> with(modal(), "submit", t), "/view/submit/type"),
                view("modal close", t -> with(modal(), "close", t), "/view/close/type"));
    }

    static Stream<Markup> eitherMarkup() {
        return Stream.of(
                msg("section text", t -> message(with(block("section"), "text", t)), "/blocks/0/text/type"),
                msg("context text", t -> message(with(block("context"), "elements", times(1, i -> t))), "/blocks/0/elements/0/type"),
                msg("checkbox option text", t -> message(sectionWith(with(with(block("checkboxes"), "action_id", "c"), "options",
                        times(1, i -> option(t, "v"))))), "/blocks/0/accessory/options/0/text/type"));
    }

    @ParameterizedTest(name = "{0}: plain_text accepted")
    @MethodSource("plainTextOnly")
    void plain_text_is_accepted_where_slack_requires_it(Markup markup) {
        assertThat(SlackLimits.webApiCall(markup.method(), markup.call().apply(plain("Save")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: mrkdwn refused")
    @MethodSource("plainTextOnly")
    void mrkdwn_is_refused_where_slack_requires_plain_text(Markup markup) {
        var refusal = SlackLimits.webApiCall(markup.method(), markup.call().apply(mrkdwn("*Save*")));

        assertThat(refusal).isPresent();
        assertThat(refusal.get().violations()).extracting(Violation::pointer).containsExactly(markup.pointer());
        assertThat(refusal.get().violations().get(0).limit()).endsWith("plain_text only");
    }

    @ParameterizedTest(name = "{0}: mrkdwn accepted")
    @MethodSource("eitherMarkup")
    void mrkdwn_is_accepted_where_slack_allows_it(Markup markup) {
        assertThat(SlackLimits.webApiCall(markup.method(), markup.call().apply(mrkdwn("*Done*")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: an unknown text type refused")
    @MethodSource("eitherMarkup")
    void only_plain_text_and_mrkdwn_are_text_objects(Markup markup) {
        var refusal = SlackLimits.webApiCall(markup.method(), markup.call().apply(text("markdown", "*Done*")));

        assertThat(refusal).isPresent();
        assertThat(refusal.get().violations()).extracting(Violation::pointer).containsExactly(markup.pointer());
    }

    /** A documented minimum: {@code min} items pass, one fewer is refused at {@code pointer}. */
    record Minimum(String name, String method, int min, IntFunction<JsonObject> call, String pointer) {
        @Override
        public String toString() {
            return name + " ≥ " + min;
        }
    }

    static Stream<Minimum> minimums() {
        return Stream.of(
                new Minimum("overflow options", "chat.postMessage", 2, n -> message(sectionWith(overflow(n))),
                        "/blocks/0/accessory/options"),
                new Minimum("section text length", "chat.postMessage", 1, n -> message(section(chars(n))), "/blocks/0/text/text"),
                new Minimum("button text length", "chat.postMessage", 1, n -> message(actions(button(chars(n)))),
                        "/blocks/0/elements/0/text/text"),
                new Minimum("plain_text_input max_length", "views.open", 1,
                        n -> opening(modal(input("Reason", with(textInput(), "max_length", n)))), "/view/blocks/0/element/max_length"));
    }

    @ParameterizedTest(name = "{0}: accepted at the minimum")
    @MethodSource("minimums")
    void slack_accepts_the_documented_minimum(Minimum minimum) {
        assertThat(SlackLimits.webApiCall(minimum.method(), minimum.call().apply(minimum.min()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: refused one below it")
    @MethodSource("minimums")
    void slack_refuses_one_below_the_minimum(Minimum minimum) {
        var refusal = SlackLimits.webApiCall(minimum.method(), minimum.call().apply(minimum.min() - 1));

        assertThat(refusal).isPresent();
        assertThat(refusal.get().violations()).extracting(Violation::pointer).containsExactly(minimum.pointer());
    }

    private static Markup msg(String name, Function<JsonObject, JsonObject> call, String pointer) {
        return new Markup(name, "chat.postMessage", call, pointer);
    }

    private static Markup view(String name, Function<JsonObject, JsonObject> view, String pointer) {
        return new Markup(name, "views.open", t -> opening(view.apply(t)), pointer);
    }
}
