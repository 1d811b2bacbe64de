package org.mapbot.hubspot;

import java.time.Instant;
import java.util.Optional;
import org.mapbot.plan.domain.DealLink;

/**
 * An installation's connection to its HubSpot account, with the private-app token opened for use. Its
 * {@link #toString()} never shows the token.
 *
 * @param broken when HubSpot last refused the token (401): nothing is synced until an admin connects again
 */
record HubSpotConnection(String teamId, String token, long portalId, String uiDomain, String connectedBy, Instant connectedAt,
                         boolean propertiesReady, Optional<Instant> broken, boolean brokenTold) {

    /** Where a person opens the deal in HubSpot. */
    String dealUrl(String dealId) {
        return "https://" + uiDomain + "/contacts/" + portalId + "/record/0-3/" + dealId;
    }

    /** Whether a deal linked under this address is in this connection's portal (an admin may connect another one). */
    boolean holds(DealLink deal) {
        return deal.url() != null && deal.url().contains("/contacts/" + portalId + "/");
    }

    @Override
    public String toString() {
        return "HubSpotConnection[team=" + teamId + ", portal=" + portalId + ", broken=" + broken.isPresent() + "]";
    }
}
