package org.mapbot.interaction;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.mapbot.slack.SlackClients;

/** Builds the Bolt app; features then attach their listeners to it. */
public final class BoltAppFactory {
    private BoltAppFactory() {
    }

    public static App create(SlackClients clients, String botToken, String signingSecret) {
        AppConfig config = AppConfig.builder()
                .slack(clients.slack())
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                // Signatures are verified over the raw bytes by the HTTP layer (see SlackSignature).
                .requestVerificationEnabled(false)
                .build();
        return new App(config);
    }
}
