package org.mapbot.app;

import com.slack.api.bolt.App;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.http.RouteContributor;
import org.mapbot.install.DatabaseInstallationService;
import org.mapbot.install.DatabaseOAuthStateService;
import org.mapbot.install.InstallFlow;
import org.mapbot.install.InstallationCache;
import org.mapbot.install.Uninstalls;
import org.mapbot.install.InstallRoutes;
import org.mapbot.install.InstallationRepository;
import org.mapbot.install.StoredInstallation;
import org.mapbot.install.StoredInstallations;
import org.mapbot.install.TokenCipher;
import org.mapbot.install.TokenRefresher;
import org.mapbot.interaction.BoltAppFactory;
import org.mapbot.interaction.InstalledTeam;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.SharedChannelAuthorization;
import org.mapbot.interaction.SignedMetadata;
import org.mapbot.plan.service.WorkspacePause;
import org.mapbot.slack.BotTokens;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this run knows the workspaces it serves: one bot token ({@code SLACK_BOT_TOKEN}), or every workspace that
 * installed MAP Bot with "Add to Slack", kept in the database with its tokens encrypted. The composition root asks
 * it for the Slack client, the Bolt app, who serves a request, and the install pages.
 */
abstract class Workspaces {
    private static final Logger log = LoggerFactory.getLogger(Workspaces.class);

    abstract SlackClients slack(String apiUrl, okhttp3.Interceptor... observers);

    abstract App bolt(SlackClients slack);

    abstract InteractionReader.Installations installations(SlackClients slack);

    /** The install pages and the uninstall events, where this mode has them. */
    abstract List<RouteContributor> attach(App bolt, SlackClients slack, WorkspacePause pause);

    /** Lets the run mode store the installations it starts with (the sandbox's); one bot token has none to store. */
    void installAtStart(RunMode mode) {
    }

    static Workspaces of(Config config, DSLContext dsl, Clock clock) {
        return config.oauth().<Workspaces>map(oauth -> new Several(config, oauth, dsl, clock)).orElseGet(() -> new One(config));
    }

    /** Single-workspace mode (and the sandbox): one bot token, one installation asked of Slack with auth.test. */
    private static final class One extends Workspaces {
        private final Config config;

        One(Config config) {
            this.config = config;
        }

        @Override
        SlackClients slack(String apiUrl, okhttp3.Interceptor... observers) {
            return new SlackClients(apiUrl, BotTokens.single(config.botToken().orElseThrow()), SlackClients.DEFAULT_TIMEOUT, observers);
        }

        @Override
        App bolt(SlackClients slack) {
            return BoltAppFactory.create(slack, config.botToken().orElseThrow(), config.signingSecret());
        }

        @Override
        InteractionReader.Installations installations(SlackClients slack) {
            InstalledTeam team = new InstalledTeam(slack);
            return (enterpriseId, teamId) -> team.installation();
        }

        @Override
        List<RouteContributor> attach(App bolt, SlackClients slack, WorkspacePause pause) {
            return List.of();
        }
    }

    /** Multi-workspace mode: installations in PostgreSQL, each request and call with its workspace's token. */
    private static final class Several extends Workspaces {
        private final Config config;
        private final OAuthSettings oauth;
        private final DSLContext dsl;
        private final Clock clock;
        private final InstallationRepository repository;
        private TokenRefresher refresher;
        private String apiUrl;

        Several(Config config, OAuthSettings oauth, DSLContext dsl, Clock clock) {
            this.config = config;
            this.oauth = oauth;
            this.dsl = dsl;
            this.clock = clock;
            this.repository = new InstallationRepository(dsl, new TokenCipher(oauth.keys(), new SecureRandom()),
                    new InstallationCache(clock, oauth.installationCache()));
            oauth.keys().previousId().ifPresent(previous -> {
                int done = repository.reEncrypt(previous);
                log.info("Re-encrypted the tokens of {} installation(s) with key {} (was {})", done, oauth.keys().currentId(), previous);
            });
        }

        @Override
        SlackClients slack(String apiUrl, okhttp3.Interceptor... observers) {
            this.apiUrl = apiUrl;
            BotTokens tokens = (enterpriseId, teamId) -> enterpriseId == null && teamId == null ? Optional.empty()
                    : refresher.current(enterpriseId, teamId).map(StoredInstallation::botToken);
            SlackClients clients = new SlackClients(apiUrl, tokens, SlackClients.DEFAULT_TIMEOUT, observers);
            // The refresher calls oauth.v2.access with the client's own credentials, through the same Slack client.
            refresher = new TokenRefresher(dsl, repository, clients.slack().methods(), oauth.clientId(), oauth.clientSecret(), clock);
            return clients;
        }

        @Override
        App bolt(SlackClients slack) {
            return BoltAppFactory.distributed(slack, oauth.clientId(), oauth.clientSecret(), oauth.scopes(), oauth.redirectUri(),
                    config.signingSecret(), new DatabaseInstallationService(repository, refresher, clock), new DatabaseOAuthStateService(dsl, clock),
                    new SharedChannelAuthorization(installations(slack), new SignedMetadata(config.signingSecret())));
        }

        @Override
        InteractionReader.Installations installations(SlackClients slack) {
            return new StoredInstallations(repository, dsl);
        }

        @Override
        List<RouteContributor> attach(App bolt, SlackClients slack, WorkspacePause pause) {
            Uninstalls uninstalls = new Uninstalls(repository, pause, clock);
            uninstalls.registerOn(bolt);
            // The Web API the client calls: Slack's at SLACK_API_URL, or the sandbox's stand-in, consent page included.
            String authorize = authorizeUrl(apiUrl);
            InstallFlow flow = new InstallFlow(new InstallFlow.Client(oauth.clientId(), oauth.clientSecret(), oauth.scopes(),
                    oauth.redirectUri(), authorize), slack.slack().methods(), new DatabaseOAuthStateService(dsl, clock), repository,
                    uninstalls::reinstalled, new SecureRandom(), clock);
            return List.of(new InstallRoutes(flow, oauth.redirectUri().startsWith("https:")));
        }

        @Override
        void installAtStart(RunMode mode) {
            mode.installAtStart(repository);
        }

        /** Slack's consent page lives on the host of its Web API: slack.com for Slack, slack-gov.com for GovSlack. */
        private static String authorizeUrl(String apiUrl) {
            String base = apiUrl.endsWith("/api/") ? apiUrl.substring(0, apiUrl.length() - "/api/".length()) : apiUrl.replaceAll("/+$", "");
            return base + "/oauth/v2/authorize";
        }
    }

}
