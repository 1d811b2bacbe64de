package org.mapbot.slack;

import java.util.concurrent.atomic.AtomicReference;

/** The workspace that installed the app (the seller's), asked of Slack once with {@code auth.test}. */
public final class InstalledTeam {
    private final SlackClients slack;
    private final AtomicReference<String> teamId = new AtomicReference<>();
    private final AtomicReference<String> botUserId = new AtomicReference<>();

    public InstalledTeam(SlackClients slack) {
        this.slack = slack;
    }

    /** The bot's own user id, to recognise events about the bot itself. */
    public String botUserId() {
        id();
        return botUserId.get();
    }

    public String id() {
        String known = teamId.get();
        if (known != null) {
            return known;
        }
        try {
            var auth = slack.bot().authTest(r -> r);
            if (!auth.isOk()) {
                throw new IllegalStateException("auth.test failed: " + auth.getError());
            }
            botUserId.compareAndSet(null, auth.getUserId());
            teamId.compareAndSet(null, auth.getTeamId());
            return teamId.get();
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            throw new IllegalStateException("auth.test failed: " + e.getMessage(), e);
        }
    }
}
