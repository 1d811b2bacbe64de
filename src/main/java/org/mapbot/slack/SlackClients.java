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

    /** Idle connections kept open to Slack, for the background pools' calls at once. */
    static final int IDLE_CONNECTIONS = 64;

    public SlackClients(String apiUrl, String botToken) {
        this(apiUrl, botToken, DEFAULT_TIMEOUT);
    }

    public SlackClients(String apiUrl, String botToken, java.time.Duration timeout) {
        SlackConfig config = new SlackConfig();
        config.setHttpClientReadTimeoutMillis((int) timeout.toMillis());
        config.setHttpClientCallTimeoutMillis((int) timeout.toMillis());
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        config.setFailOnUnknownProperties(false);
        // Keeps as many connections open as the reminder senders use at once (OkHttp keeps 5 by default, so a burst of
        // reminders would open a new connection for most calls).
        okhttp3.OkHttpClient http = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectionPool(new okhttp3.ConnectionPool(IDLE_CONNECTIONS, 5, java.util.concurrent.TimeUnit.MINUTES)).build();
        this.slack = Slack.getInstance(config, new SlackHttpClient(http));
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
