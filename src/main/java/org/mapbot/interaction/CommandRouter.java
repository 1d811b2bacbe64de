package org.mapbot.interaction;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.text.TextCut;

/**
 * Dispatches {@code /map <subcommand> <args>} to the features that registered the subcommand, and answers help.
 * The request is read once ({@link InteractionReader}); a refusal from a handler becomes an ephemeral answer, so
 * nothing was saved and the person learns what to type instead.
 */
public final class CommandRouter {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);
    public static final String COMMAND = "/map";
    static final int MAX_TEXT_LENGTH = 4_000;

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

    public CommandRouter register(Subcommand subcommand) {
        if (subcommands.putIfAbsent(subcommand.name(), subcommand) != null) {
            throw new IllegalStateException("Two features register /map " + subcommand.name());
        }
        return this;
    }

    public List<Subcommand> subcommands() {
        return Collections.unmodifiableList(new ArrayList<>(subcommands.values()));
    }

    public void attachTo(App app, InteractionReader reader) {
        register(new Subcommand("help", "/map help", "Show this help", (input, ctx) -> help(ctx, null)));
        app.command(COMMAND, (request, ctx) -> dispatch(request, ctx, reader));
    }

    private Response dispatch(SlashCommandRequest request, SlashCommandContext ctx, InteractionReader reader) {
        SlashCommandPayload payload = request.getPayload();
        Interaction who;
        try {
            who = reader.command(payload);
        } catch (Refusal e) {
            return Ephemeral.reply(ctx, ":warning: " + e.getMessage());
        }
        // Slack sends typed &, < and > as entities: store what was typed, and views escape again when they render.
        String text = org.mapbot.plan.domain.Limits.clean(SlackText.unescape(payload.getText() == null ? "" : payload.getText())).strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            return Ephemeral.reply(ctx, ":warning: That command is too long (" + text.length() + " characters; at most "
                    + MAX_TEXT_LENGTH + "). Example: `/map add Security review \"Jane Doe (IT)\" by next friday`");
        }
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return help(ctx, null);
        }
        Subcommand subcommand = subcommands.get(name);
        if (subcommand == null) {
            return help(ctx, ":grey_question: Unknown command " + SlackText.code(truncate(parts[0])) + ".");
        }
        try {
            return subcommand.handler().handle(new CommandInput(who, name, parts.length > 1 ? parts[1].strip() : ""), ctx);
        } catch (Refusal | PlanException e) {
            return Ephemeral.reply(ctx, ":warning: " + e.getMessage());
        } catch (Exception e) {
            log.error("/map {} failed", name, e);
            return Ephemeral.reply(ctx, ":warning: " + SlackListeners.OUR_FAULT);
        }
    }

    private Response help(SlashCommandContext ctx, String preface) {
        return ctx.ack(r -> r.responseType("ephemeral").text(HelpView.text(preface, subcommands.values())));
    }

    private static String truncate(String word) {
        return TextCut.shorten(word, 41);
    }
}
