package org.mapbot.webhook;

import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the admin who added an endpoint, by DM from the installation's bot, that MAP Bot switched it off. */
public final class WebhookAlerts {
    private static final Logger log = LoggerFactory.getLogger(WebhookAlerts.class);

    private final SlackClients slack;

    public WebhookAlerts(SlackClients slack) {
        this.slack = slack;
    }

    public void switchedOff(WebhookEndpoint endpoint, String reason) {
        String text = ":no_entry: MAP Bot switched off the webhook #" + endpoint.id() + " to " + SlackText.escape(endpoint.url().toString())
                + ": " + SlackText.escape(reason) + ". Its events are no longer sent. When the endpoint works again, add it "
                + "anew with `/map webhooks add " + SlackText.escape(endpoint.url().toString()) + "` (and remove this one with "
                + "`/map webhooks remove " + endpoint.id() + "`).";
        try {
            var answer = slack.bot(endpoint.installation()).chatPostMessage(r -> r.channel(endpoint.createdBy()).text(text));
            if (!answer.isOk()) {
                log.warn("Could not tell {} that webhook {} was switched off: {}", endpoint.createdBy(), endpoint.id(), answer.getError());
            }
        } catch (Exception e) {
            log.warn("Could not tell {} that webhook {} was switched off: {}", endpoint.createdBy(), endpoint.id(), e.getMessage());
        }
    }
}
