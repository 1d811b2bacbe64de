package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.Template;
import org.mapbot.plan.storage.TemplateRepository;

/**
 * Text replies stay within Slack's 40,000 characters of message text, counted as Slack receives them (escaped):
 * beyond it Slack answers {@code msg_too_long} and the person sees nothing.
 */
class LongRepliesTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Actor SELLER = Actors.SELLER;

    @Test
    void two_saved_150_step_templates_are_summarised_and_every_template_is_named() {
        saveTemplates(2, "x");

        String text = replyText("templates");

        assertThat(text.length()).isLessThanOrEqualTo(40_000);
        assertThat(text).contains("`enterprise`", "`quick`", "`saved-1`", "`saved-2`", "(150 steps): 1 xxx", " · …");
    }

    @Test
    void more_templates_than_fit_end_with_how_many_more_there_are_and_where_to_find_them() {
        saveTemplates(120, "x");

        String text = replyText("templates");

        assertThat(text.length()).isLessThanOrEqualTo(40_000);
        assertThat(text).contains("`saved-1`").containsPattern("…and \\d+ more templates").contains("/map new");
    }

    @Test
    void the_history_of_a_step_with_entity_heavy_titles_and_reasons_stays_within_the_limit_newest_first() {
        app.requests().seller("new Acme rollout");
        Plan plan = app.plans().requireCurrentPlan(Slackers.SHARED_CHANNEL);
        Step step = app.plans().addStep(SELLER, plan, "<&>".repeat(66), Owner.NOBODY, Side.CUSTOMER,
                LocalDate.of(2026, 12, 4), false);
        for (int i = 1; i <= 30; i++) {
            app.plans().changeDueDate(SELLER, step.id(), LocalDate.of(2026, 12, 4).plusDays(i),
                    "move " + i + " " + "&".repeat(490));
        }

        String text = replyText("history 1");

        assertThat(text.length()).isLessThanOrEqualTo(40_000);
        assertThat(text).contains("move 30 ").containsPattern("…and \\d+ older changes");
    }

    private void saveTemplates(int count, String filler) {
        List<Template.TemplateStep> steps = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> new Template.TemplateStep(i + " " + filler.repeat(195), Side.CUSTOMER, null, null, i)).toList();
        TemplateRepository templates = new TemplateRepository(app.dsl());
        for (int i = 1; i <= count; i++) {
            templates.save(Slackers.SELLER_TEAM, "saved-" + i, Slackers.SELLER_USER, steps, app.clock().instant());
        }
    }

    /** The text of the ephemeral reply the command is acknowledged with. */
    private String replyText(String command) {
        String body = app.requests().seller(command).body();
        return JsonParser.parseString(body).getAsJsonObject().get("text").getAsString();
    }
}
