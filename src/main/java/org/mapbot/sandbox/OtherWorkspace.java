package org.mapbot.sandbox;

import java.util.Optional;

/**
 * What a workspace's token cannot reach in Slack: another workspace's channels and DMs ({@code channel_not_found}) and
 * people who share no channel with it ({@code user_not_found}). The bot user is every installation's own.
 */
final class OtherWorkspace {
    private OtherWorkspace() {
    }

    /** Slack's error when {@code p} names a channel or person outside {@code team}'s reach; empty when all are within. */
    static Optional<String> error(ApiParams p, Organisation team) {
        for (String name : new String[] {"channel", "channel_id"}) {
            String channel = p.string(name);
            if (channel != null && SandboxCast.conversationOrDm(channel).filter(c -> !c.host().equals(team)).isPresent()) {
                return Optional.of("channel_not_found");
            }
        }
        for (String name : new String[] {"user", "user_id", "users"}) {
            String user = p.string(name);
            if (user != null && SandboxCast.person(user.strip()).filter(person -> !SandboxCast.installationFor(person).equals(team)).isPresent()) {
                return Optional.of("user_not_found");
            }
        }
        return Optional.empty();
    }
}
