package org.mapbot.plan.slack;

import org.mapbot.plan.domain.DealLink;
import org.mapbot.slack.SlackText;
import org.mapbot.text.TextCut;

/** The one line that names a plan's CRM deal, for the surfaces only the seller reads (internal card, Home). */
public final class DealLinkText {
    private DealLinkText() {
    }

    public static String line(DealLink deal) {
        if (deal.broken()) {
            return ":warning: HubSpot deal " + deal.dealId() + " was not found: link the right one with `/map link hubspot <deal id or URL>`";
        }
        String name = deal.name() == null || deal.name().isBlank() ? "deal " + deal.dealId() : TextCut.shorten(deal.name(), 80);
        return ":briefcase: HubSpot: <" + deal.url() + "|" + SlackText.escape(name) + ">";
    }
}
