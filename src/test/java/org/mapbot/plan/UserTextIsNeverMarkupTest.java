package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;

import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.home.HomeActions;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Typed text is text in every field Slack renders: no pings, no disguised links, no broken formatting. */
class UserTextIsNeverMarkupTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void the_cards_notification_text_cannot_ping_the_channel_or_hide_a_link() {
        // Slack sends typed <, > and & in command text as entities.
        app.requests().seller("new &lt;!channel&gt; Q4 &lt;https://evil.example|Click to sign&gt; deal");

        Map<String, String> card = app.slack().awaitCall("chat.postMessage", FakeSlack::isPlanCard);

        assertThat(card.get("text")).doesNotContain("<!channel>").doesNotContain("<https://evil.example")
                .contains("&lt;!channel&gt; Q4 &lt;https://evil.example|Click to sign&gt; deal");
        assertThat(mrkdwnTexts(JsonParser.parseString(card.get("blocks")))).isNotEmpty()
                .noneMatch(t -> t.contains("<!channel>") || t.contains("<https://evil.example"));
    }

    /** Every text Slack parses as mrkdwn (plain_text shows what was typed and pings nobody). */
    static java.util.List<String> mrkdwnTexts(com.google.gson.JsonElement element) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> texts.addAll(mrkdwnTexts(e)));
        } else if (element.isJsonObject()) {
            var object = element.getAsJsonObject();
            if (object.has("type") && "mrkdwn".equals(object.get("type").getAsString()) && object.has("text")) {
                texts.add(object.get("text").getAsString());
            }
            object.entrySet().forEach(e -> texts.addAll(mrkdwnTexts(e.getValue())));
        }
        return texts;
    }

    @Test
    void a_date_the_parser_cannot_read_is_echoed_inert() {
        app.requests().seller("new Acme rollout");

        // Answers are JSON, where Bolt writes < and > as unicode escapes: read them back as characters.
        String reply = FakeSlack.unescaped(app.requests().seller("target &lt;!here&gt; &lt;https://evil.example|soon&gt;").body());

        assertThat(reply).contains("not a date I understand").doesNotContain("<!here>").doesNotContain("<https://evil");
        assertThat(FakeSlack.unescaped(app.requests().seller("add Review by &lt;!channel&gt; 12/12").body()))
                .contains("I could not read the date").doesNotContain("<!channel>");
    }

    @Test
    void formatting_characters_in_a_title_cannot_break_the_bold_around_it() {
        app.requests().seller("new Acme rollout");
        app.requests().seller("add R_and_D *pilot* ~v2~ `beta` review");

        String blocks = FakeSlack.unescaped(app.slack().awaitCall("chat.update", c -> FakeSlack.isPlanCard(c)
                && FakeSlack.unescaped(c.get("blocks")).contains("pilot")).get("blocks"));

        String line = blocks.substring(blocks.indexOf("*1. "), blocks.indexOf("review*") + "review*".length());
        assertThat(line).isEqualTo("*1. R\u02CDand\u02CDD \u2217pilot\u2217 \u223Cv2\u223C \u02CBbeta\u02CB review*");
        assertThat(app.dsl().select(org.mapbot.db.generated.Tables.STEP.TITLE).from(org.mapbot.db.generated.Tables.STEP)
                .fetchSingle(org.mapbot.db.generated.Tables.STEP.TITLE)).as("stored as typed").isEqualTo("R_and_D *pilot* ~v2~ `beta` review");
    }

    @Test
    void plain_text_fields_show_what_was_typed_without_entities() {
        app.requests().seller("new R&amp;D &lt;pilot&gt;");
        long planId = app.dsl().select(PLAN.ID).from(PLAN).fetchSingle(PLAN.ID);

        app.requests().viewAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, "home", "V0HOME", "offset=0",
                HomeActions.OPEN_PLAN, Long.toString(planId));

        String view = app.slack().awaitCalls("views.open", 1).get(0).get("view");
        var header = JsonParser.parseString(view).getAsJsonObject().getAsJsonArray("blocks").get(0).getAsJsonObject();
        assertThat(header.get("type").getAsString()).isEqualTo("header");
        assertThat(header.getAsJsonObject("text").get("text").getAsString()).isEqualTo("R&D <pilot>");
        Map<String, String> card = app.slack().awaitCall("chat.postMessage", FakeSlack::isPlanCard);
        var cardHeader = JsonParser.parseString(card.get("blocks")).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(cardHeader.getAsJsonObject("text").get("text").getAsString()).isEqualTo("R&D <pilot>");
    }
}
