package org.mapbot.app;

import java.time.Clock;
import java.util.List;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;

/** A real Slack workspace: Slack's Web API at {@code SLACK_API_URL}, the system clock, no routes of its own. */
public record SlackMode(Config config, Clock clock) implements RunMode {

    @Override
    public String slackApiUrl() {
        return config.slackApiUrl();
    }

    @Override
    public List<RouteContributor> routes(SlackSignature signature, Runnable sweepReminders) {
        return List.of();
    }

    @Override
    public String welcome(int port) {
        return config.socketMode() ? "Slack events come by Socket Mode" : "";
    }
}
