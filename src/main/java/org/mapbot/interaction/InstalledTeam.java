package org.mapbot.interaction;

import java.util.concurrent.atomic.AtomicReference;
import org.mapbot.plan.domain.Installation;
import org.mapbot.slack.SlackClients;

/**
 * The one installation of single-workspace mode (the seller's workspace, or its Grid enterprise), asked of Slack once
 * with {@code auth.test}: its team, enterprise and the bot's own user id.
 */
public final class InstalledTeam {
    private final SlackClients slack;
    private final AtomicReference<Installation> known = new AtomicReference<>();

    public InstalledTeam(SlackClients slack) {
        this.slack = slack;
    }

    public Installation installation() {
        Installation installation = known.get();
        if (installation != null) {
            return installation;
        }
        try {
            var auth = slack.bot().authTest(r -> r);
            if (!auth.isOk()) {
                throw new IllegalStateException("auth.test failed: " + auth.getError());
            }
            known.compareAndSet(null, new Installation(auth.getTeamId(), blankToNull(auth.getEnterpriseId()), auth.getUserId(),
                    blankToNull(auth.getTeam())));
            return known.get();
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            throw new IllegalStateException("auth.test failed: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
