package org.mapbot.hubspot;

import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The direct messages the deal sync sends when only a person can mend what broke: each is sent once per breakage. */
final class SyncNotices {
    private static final Logger log = LoggerFactory.getLogger(SyncNotices.class);

    private final SlackClients slack;

    SyncNotices(SlackClients slack) {
        this.slack = slack;
    }

    void tokenRefused(Installation installation, String adminUserId) {
        dm(installation, adminUserId, ":warning: HubSpot refused MAP Bot's access token, so plans are no longer written to "
                + "their deals. Check the private app in HubSpot (it needs the scopes `crm.objects.deals.read`, "
                + "`crm.objects.deals.write`, `crm.schemas.deals.read` and `crm.schemas.deals.write`), then run "
                + "`/map hubspot connect` with its token.");
    }

    void dealGone(Plan plan, String dealId) {
        dm(Installation.of(plan), plan.ownerUserId(), ":warning: HubSpot has no deal " + dealId + " any more, so *"
                + SlackText.escape(plan.title()) + "* is no longer written to it. In the plan's channel, link the right deal with "
                + "`/map link hubspot <deal id or URL>`, or `/map unlink hubspot`.");
    }

    private void dm(Installation installation, String userId, String text) {
        try {
            var sent = slack.bot(installation).chatPostMessage(r -> r.channel(userId).text(text));
            if (!sent.isOk()) {
                log.warn("Could not tell {} about the HubSpot sync: {}", userId, sent.getError());
            }
        } catch (Exception e) {
            log.warn("Could not tell {} about the HubSpot sync: {}", userId, e.getMessage());
        }
    }
}
