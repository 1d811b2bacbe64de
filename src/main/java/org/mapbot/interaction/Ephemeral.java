package org.mapbot.interaction;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** Replies only the person who typed the command sees. */
public final class Ephemeral {
    private Ephemeral() {
    }

    public static Response reply(SlashCommandContext ctx, String mrkdwn) {
        return ctx.ack(r -> r.responseType("ephemeral").text(mrkdwn));
    }
}
