package org.mapbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mapbot.text.TextCut;

/** Dispatches {@code /map <subcommand> <args>} to the features that registered the subcommand, and answers help. */
public final class CommandRouter {
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

    public void attachTo(App app) {
        register(new Subcommand("help", "/map help", "Show this help", (input, ctx) -> help(ctx, null)));
        app.command(COMMAND, this::dispatch);
    }

    private Response dispatch(SlashCommandRequest request, SlashCommandContext ctx) throws IOException, SlackApiException {
        SlashCommandPayload payload = request.getPayload();
        String text = payload.getText() == null ? "" : payload.getText().strip();
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
            return help(ctx, ":grey_question: Unknown command `" + SlackText.escape(truncate(parts[0])) + "`.");
        }
        CommandInput input = new CommandInput(payload.getTeamId(), payload.getEnterpriseId(), payload.getUserId(),
                payload.getChannelId(), name, parts.length > 1 ? SlackText.unescape(parts[1].strip()) : "", payload.getTriggerId());
        return subcommand.handler().handle(input, ctx);
    }

    private Response help(SlashCommandContext ctx, String preface) {
        return ctx.ack(r -> r.responseType("ephemeral").text(HelpView.text(preface, subcommands.values())));
    }

    private static String truncate(String word) {
        return TextCut.shorten(word, 41);
    }
}
