package org.mapbot.plan.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.app_backend.interactive_components.response.Option;
import java.util.List;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.service.TemplateService;
import org.mapbot.slack.SlackText;

/**
 * The options of the New plan form's template menu, loaded as the person types (Slack's {@code block_suggestion}):
 * the built-in templates and the installation's saved ones whose name contains what was typed.
 */
public final class TemplateOptions {
    /** Slack shows at most 100 options (docs.slack.dev/reference/block-kit/block-elements/select-menu-element). */
    static final int MAX_OPTIONS = 100;
    /** An option's text is at most 75 characters (docs.slack.dev/reference/block-kit/composition-objects/option-object). */
    private static final int OPTION_TEXT = 75;

    private final TemplateService templates;

    public TemplateOptions(TemplateService templates) {
        this.templates = templates;
    }

    public void registerOn(SlackListeners listeners) {
        // Every input of the plan's forms has the action id VALUE; only the template menu loads options.
        listeners.onOptions(PlanModals.VALUE, (who, blockId, typed) -> !PlanModals.TEMPLATE.equals(blockId) ? List.of()
                : templates.matching(who.actor(), typed, MAX_OPTIONS).stream()
                        .map(t -> option(t.description() == null ? t.name() : t.name() + " — " + t.description(), t.name()))
                        .toList());
    }

    private static Option option(String text, String value) {
        return Option.builder().text(plainText(SlackText.cut(text, OPTION_TEXT))).value(value).build();
    }
}
