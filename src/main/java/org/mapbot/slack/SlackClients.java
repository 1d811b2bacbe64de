package org.mapbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.util.http.SlackHttpClient;

/** Slack's Web API client, pointed at {@code SLACK_API_URL} (Slack itself, GovSlack, the sandbox or a test's stand-in). */
public final class SlackClients {
    private final Slack slack;
    private final MethodsClient bot;

    /** Slack answers in well under a second; a call that hangs longer is retried or reported, never waited on forever. */
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(10);

    /** {@code observers} see every Web API call as it goes out and comes back (the app's metrics). */
    public SlackClients(String apiUrl, String botToken, okhttp3.Interceptor... observers) {
        this(apiUrl, botToken, DEFAULT_TIMEOUT, observers);
    }

    public SlackClients(String apiUrl, String botToken, java.time.Duration timeout, okhttp3.Interceptor... observers) {
        SlackConfig config = new SlackConfig();
        config.setHttpClientReadTimeoutMillis((int) timeout.toMillis());
        config.setHttpClientCallTimeoutMillis((int) timeout.toMillis());
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        config.setFailOnUnknownProperties(false);
        this.slack = Slack.getInstance(config, ObservedHttp.client(config, observers));
        // Built once: every feature shares this client and its connection pool.
        this.bot = slack.methods(botToken);
    }

    public Slack slack() {
        return slack;
    }

    public MethodsClient bot() {
        return bot;
    }
}
