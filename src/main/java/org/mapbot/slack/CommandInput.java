package org.mapbot.slack;

/** What a {@code /map} subcommand needs to know about the request, free of Bolt types. */
public record CommandInput(
        String teamId,
        String enterpriseId,
        String userId,
        String channelId,
        String subcommand,
        String args,
        String triggerId) {
}
