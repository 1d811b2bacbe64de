package org.mapbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;

/** Slack's Web API client, pointed at {@code SLACK_API_URL} (Slack itself, GovSlack, the sandbox or a test's stand-in). */
public final class SlackClients {
    private final Slack slack;
    private final BotTokens tokens;
    private final MethodsClient bot;

    /** Slack answers in well under a second; a call that hangs longer is retried or reported, never waited on forever. */
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(10);

    /** {@code observers} see every Web API call as it goes out and comes back (the app's metrics). */
    public SlackClients(String apiUrl, String botToken, okhttp3.Interceptor... observers) {
        this(apiUrl, BotTokens.single(botToken), DEFAULT_TIMEOUT, observers);
    }

    public SlackClients(String apiUrl, String botToken, java.time.Duration timeout, okhttp3.Interceptor... observers) {
        this(apiUrl, BotTokens.single(botToken), timeout, observers);
    }

    public SlackClients(String apiUrl, BotTokens tokens, java.time.Duration timeout, okhttp3.Interceptor... observers) {
        SlackConfig config = new SlackConfig();
        config.setHttpClientReadTimeoutMillis((int) timeout.toMillis());
        config.setHttpClientCallTimeoutMillis((int) timeout.toMillis());
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        config.setFailOnUnknownProperties(false);
        this.slack = Slack.getInstance(config, ObservedHttp.client(config, observers));
        this.tokens = tokens;
        // Built once: every feature shares this client and its connection pool; a token-less one for oauth.v2.access.
        this.bot = slack.methods(tokens.botToken(null, null).orElse(null));
    }

    public Slack slack() {
        return slack;
    }

    /** The one workspace's bot (single-workspace mode); with several, a client without a token. */
    public MethodsClient bot() {
        return bot;
    }

    /** The bot of the installation serving {@code installation}'s workspace: calls carry that installation's token. */
    public MethodsClient bot(Installation installation) {
        return botOf(installation.enterpriseId(), installation.teamId());
    }

    /** The bot of the plan's installation (the workspace it was created in): every call about a plan carries its token. */
    public MethodsClient bot(Plan plan) {
        return botOf(plan.enterpriseId(), plan.teamId());
    }

    /** The bot of the installation serving the workspace {@code teamId} (of Grid org {@code enterpriseId}). */
    public MethodsClient botOf(String enterpriseId, String teamId) {
        return tokens.botToken(enterpriseId, teamId).map(slack::methods)
                .orElseThrow(() -> new NotInstalledException(enterpriseId, teamId));
    }
}
