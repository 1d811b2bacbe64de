package org.mapbot.interaction;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A Bolt app installed in several workspaces: each request is authorized with the token of the installation
     * serving its workspace, found in {@code installations}. The install pages are the app's own routes, not Bolt's.
     * {@code beforeAuthorization} runs just before Bolt's own authorization (see {@link SharedChannelAuthorization}).
     */
    public static App distributed(SlackClients clients, String clientId, String clientSecret, List<String> scopes,
                                  String redirectUri, String signingSecret, InstallationService installations,
                                  OAuthStateService states, Middleware beforeAuthorization) {
        AppConfig config = AppConfig.builder()
                .slack(clients.slack())
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(String.join(",", scopes))
                .redirectUri(redirectUri)
                .signingSecret(signingSecret)
                .requestVerificationEnabled(false)
                .build();
        App app = new App(config) {
            @Override
            protected List<Middleware> buildDefaultMiddlewareList(AppConfig appConfig) {
                List<Middleware> middlewares = new ArrayList<>(super.buildDefaultMiddlewareList(appConfig));
                int authorization = middlewares.stream().map(Object::getClass).toList().indexOf(MultiTeamsAuthorization.class);
                middlewares.add(Math.max(authorization, 0), beforeAuthorization);
                return middlewares;
            }
        };
        return app.service(installations).service(states);
    }
}
