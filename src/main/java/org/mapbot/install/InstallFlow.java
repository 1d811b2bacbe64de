package org.mapbot.install;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.mapbot.install.InstallOutcome.Installed;
import org.mapbot.install.InstallOutcome.Reason;
import org.mapbot.install.InstallOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's OAuth v2 install: a state to start with, then the code Slack's consent screen hands back, exchanged with
 * {@code oauth.v2.access} (at {@code SLACK_API_URL}, like every Web API call) for the workspace's bot token, which is
 * stored encrypted. The state is bound to the browser that started (a cookie) and spent once, on whichever instance.
 */
public final class InstallFlow {
    private static final Logger log = LoggerFactory.getLogger(InstallFlow.class);

    /** The OAuth client the app was created with, and what it asks Slack for. */
    public record Client(String clientId, String clientSecret, List<String> scopes, String redirectUri, String authorizeUrl) {
        @Override
        public String toString() {
            return "Client[" + clientId + "]";
        }
    }

    /** The state to put in the link and in the browser's cookie, and Slack's consent page with it. */
    public record Start(String state, String authorizeUrl) {
    }

    private final Client client;
    private final MethodsClient slack;
    private final DatabaseOAuthStateService states;
    private final InstallationRepository installations;
    private final Consumer<Installed> afterInstall;
    private final SecureRandom random;
    private final Clock clock;

    public InstallFlow(Client client, MethodsClient slack, DatabaseOAuthStateService states,
                       InstallationRepository installations, Consumer<Installed> afterInstall, SecureRandom random, Clock clock) {
        this.client = client;
        this.slack = slack;
        this.states = states;
        this.installations = installations;
        this.afterInstall = afterInstall;
        this.random = random;
        this.clock = clock;
    }

    public Start start() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        states.addNewStateToDatastore(state);
        String url = client.authorizeUrl() + "?client_id=" + encode(client.clientId()) + "&scope=" + encode(String.join(",", client.scopes()))
                + "&redirect_uri=" + encode(client.redirectUri()) + "&state=" + encode(state);
        return new Start(state, url);
    }

    /**
     * Finishes what {@link #start()} began: {@code state} and {@code code} (or {@code error}) as Slack's redirect
     * brought them, {@code browserState} from the cookie of the browser that arrived.
     */
    public InstallOutcome finish(String code, String state, String error, String browserState) {
        if (state == null || state.isBlank() || browserState == null || !browserState.equals(state)) {
            return new Refused(Reason.WRONG_STATE, null);
        }
        switch (states.spend(state)) {
            case UNKNOWN -> {
                return new Refused(Reason.WRONG_STATE, null);
            }
            case REPLAYED -> {
                return new Refused(Reason.REPLAYED_STATE, null);
            }
            case EXPIRED -> {
                return new Refused(Reason.EXPIRED_STATE, null);
            }
            case SPENT -> {
                // on to the code
            }
        }
        if (error != null && !error.isBlank()) {
            return new Refused(Reason.DENIED, error.equals("access_denied") ? null : error);
        }
        if (code == null || code.isBlank()) {
            return new Refused(Reason.SLACK_REFUSED, "no_code");
        }
        try {
            OAuthV2AccessResponse access = slack.oauthV2Access(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                    .code(code).redirectUri(client.redirectUri()));
            if (!access.isOk()) {
                log.warn("oauth.v2.access refused an install: {}", access.getError());
                return new Refused(Reason.SLACK_REFUSED, access.getError());
            }
            AuthTestResponse bot = slack.authTest(r -> r.token(access.getAccessToken()));
            if (!bot.isOk()) {
                log.warn("auth.test refused a token just issued: {}", bot.getError());
                return new Refused(Reason.SLACK_REFUSED, bot.getError());
            }
            StoredInstallation installed = installation(access, bot);
            installations.save(installed);
            Installed outcome = new Installed(installed.enterpriseInstall() ? installed.enterpriseName() : installed.teamName(),
                    installed.appId(), installed.teamId(), installed.enterpriseId());
            log.info("Installed in {} ({})", installed.key(), outcome.workspaceName());
            afterInstall.accept(outcome);
            return outcome;
        } catch (IOException | SlackApiException e) {
            log.warn("Could not reach Slack to finish an install: {}", e.getMessage());
            return new Refused(Reason.SLACK_UNREACHABLE, null);
        }
    }

    private StoredInstallation installation(OAuthV2AccessResponse access, AuthTestResponse bot) {
        String enterpriseId = access.getEnterprise() == null ? null : access.getEnterprise().getId();
        String enterpriseName = access.getEnterprise() == null ? null : access.getEnterprise().getName();
        String teamId = access.getTeam() == null ? null : access.getTeam().getId();
        String teamName = access.getTeam() == null ? null : access.getTeam().getName();
        Instant now = clock.instant();
        Instant expires = access.getExpiresIn() == null ? null : now.plusSeconds(access.getExpiresIn());
        return new StoredInstallation(enterpriseId, teamId, access.isEnterpriseInstall(), access.getAppId(), teamName,
                enterpriseName, bot.getBotId(), access.getBotUserId(), access.getScope(), access.getAccessToken(),
                access.getRefreshToken(), expires, access.getAuthedUser() == null ? null : access.getAuthedUser().getId(), now);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
