package org.mapbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/** Slack's Web API client, pointed at {@code SLACK_API_URL} (Slack itself, GovSlack, the sandbox or a test's stand-in). */
public final class SlackClients {
    private final Slack slack;
    private final MethodsClient bot;

    public SlackClients(String apiUrl, String botToken) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setPrettyResponseLoggingEnabled(false);
        config.setFailOnUnknownProperties(false);
        this.slack = Slack.getInstance(config);
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
