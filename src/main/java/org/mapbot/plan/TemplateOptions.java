package org.mapbot.plan;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.bolt.App;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of the New plan form's template menu, loaded as the person types (Slack's {@code block_suggestion}):
 * the built-in templates and the team's saved ones whose name contains what was typed.
 */
public final class TemplateOptions {
    /** Slack shows at most 100 options (docs.slack.dev/reference/block-kit/block-elements/select-menu-element). */
    static final int MAX_OPTIONS = 100;
    /** An option's text is at most 75 characters (docs.slack.dev/reference/block-kit/composition-objects/option-object). */
    private static final int OPTION_TEXT = 75;

    private final TemplateRepository templates;

    public TemplateOptions(TemplateRepository templates) {
        this.templates = templates;
    }

    public void registerOn(App app) {
        // Every input of the plan's forms has the action id VALUE; only the template menu loads options.
        app.blockSuggestion(PlanModals.VALUE, (req, ctx) -> {
            var payload = req.getPayload();
            if (!PlanModals.TEMPLATE.equals(payload.getBlockId())) {
                return ctx.ack(r -> r.options(List.of()));
            }
            String team = payload.getUser() != null && payload.getUser().getTeamId() != null
                    ? payload.getUser().getTeamId() : payload.getTeam().getId();
            List<Option> options = matching(team, payload.getValue() == null ? "" : payload.getValue().strip());
            return ctx.ack(r -> r.options(options));
        });
    }

    /** Built-in templates first, then saved ones, by name; at most {@link #MAX_OPTIONS}. */
    List<Option> matching(String teamId, String typed) {
        String query = typed.toLowerCase(Locale.ROOT);
        List<Option> options = new ArrayList<>();
        for (Template builtIn : BuiltInTemplates.ALL) {
            if ((builtIn.name() + " " + builtIn.description()).toLowerCase(Locale.ROOT).contains(query)) {
                options.add(option(builtIn.name() + " — " + builtIn.description(), builtIn.name()));
            }
        }
        templates.names(teamId, typed, MAX_OPTIONS - options.size()).forEach(name -> options.add(option(name, name)));
        return options;
    }

    private static Option option(String text, String value) {
        return Option.builder().text(plainText(PlanModals.cut(text, OPTION_TEXT))).value(value).build();
    }
}
