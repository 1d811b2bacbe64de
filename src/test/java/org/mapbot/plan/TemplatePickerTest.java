package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.testkit.SlackRequests.datePicked;
import static org.mapbot.testkit.SlackRequests.optionPicked;
import static org.mapbot.testkit.SlackRequests.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.BlockSuggestion;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Template;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.plan.storage.TemplateRepository;

/**
 * Every template can be picked in the New plan form, however many the team saved: the menu loads its options from
 * the app as the person types (Slack's {@code block_suggestion}), at most Slack's 100 at a time.
 */
class TemplatePickerTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @BeforeEach
    void aTeamWith150SavedTemplates() {
        TemplateRepository templates = new TemplateRepository(app.dsl());
        List<Template.TemplateStep> steps = List.of(new Template.TemplateStep("Pilot", Side.CUSTOMER, null, null, 7),
                new Template.TemplateStep("Rollout", Side.BOTH, null, null, 28));
        IntStream.rangeClosed(1, 150).forEach(i -> templates.save(Slackers.SELLER_TEAM, String.format("saved-%03d", i),
                Slackers.SELLER_USER, steps, app.clock().instant()));
    }

    @Test
    void the_menu_opens_with_the_first_100_templates_built_in_ones_first() {
        List<String> values = optionValues("");

        assertThat(values).hasSize(100).startsWith("enterprise", "quick", "saved-001").endsWith("saved-098");
    }

    @Test
    void typing_narrows_the_menu_to_templates_whose_name_contains_it_so_the_150th_can_be_found() {
        assertThat(optionValues("150")).containsExactly("saved-150");
        assertThat(optionValues("SAVED-14")).containsExactly("saved-140", "saved-141", "saved-142", "saved-143", "saved-144",
                "saved-145", "saved-146", "saved-147", "saved-148", "saved-149");
        assertThat(optionValues("week")).as("built-ins match on their description").containsExactly("enterprise");
        assertThat(optionValues("nothing like it")).isEmpty();
    }

    @Test
    void the_150th_template_picked_in_the_form_starts_the_plan_with_its_steps() {
        app.requests().seller("new");
        String view = app.slack().awaitCalls("views.open", 1).get(0).get("view");
        assertThat(view).contains("\"type\":\"external_select\"").doesNotContain("saved-001");
        assertThat(optionValues("saved-150")).containsExactly("saved-150");

        var response = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, CardIds.MODAL_NEW_PLAN,
                Slackers.SHARED_CHANNEL, Map.of(
                        PlanModals.TITLE, Map.of(PlanModals.VALUE, text("Initech renewal")),
                        PlanModals.TEMPLATE, Map.of(PlanModals.VALUE, picked("saved-150")),
                        PlanModals.START, Map.of(PlanModals.VALUE, datePicked("2026-12-07"))));

        assertThat(response.body()).doesNotContain("errors");
        assertThat(app.dsl().fetchOne(PLAN).getTitle()).isEqualTo("Initech renewal");
        assertThat(app.dsl().select(STEP.TITLE).from(STEP).orderBy(STEP.POSITION).fetch(STEP.TITLE)).containsExactly("Pilot", "Rollout");
    }

    /** What Slack reports for an option chosen in an external menu: the option the app offered. */
    private static JsonObject picked(String value) {
        JsonObject state = optionPicked(value);
        state.addProperty("type", "external_select");
        return state;
    }

    /** The values of the options the app answers the template menu with when {@code typed} is in its search field. */
    private static List<String> optionValues(String typed) {
        var answer = app.requests().postForm(BlockSuggestion.inModal(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                CardIds.MODAL_NEW_PLAN, PlanModals.TEMPLATE, PlanModals.VALUE, typed));
        assertThat(answer.statusCode()).isEqualTo(200);
        return StreamSupport.stream(JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("options").spliterator(), false)
                .map(JsonElement::getAsJsonObject).map(o -> o.get("value").getAsString()).toList();
    }
}
