package org.mapbot.interaction;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** One {@code /map <name> …} command: its help line and its handler. */
public record Subcommand(String name, String usage, String summary, Handler handler) {

    @FunctionalInterface
    public interface Handler {
        Response handle(CommandInput input, SlashCommandContext ctx) throws Exception;
    }
}
