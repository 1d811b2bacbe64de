package org.mapbot.slack;

import java.util.Optional;

/** Whose bot token a Web API call carries: the one workspace's, or the installation's serving a team. */
@FunctionalInterface
public interface BotTokens {

    /** The bot token for the workspace {@code teamId} (of Grid org {@code enterpriseId}); empty when not installed there. */
    Optional<String> botToken(String enterpriseId, String teamId);

    /** Single-workspace mode: one token, whoever asks. */
    static BotTokens single(String token) {
        Optional<String> only = Optional.of(token);
        return (enterpriseId, teamId) -> only;
    }
}
