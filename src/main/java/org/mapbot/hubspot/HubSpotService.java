package org.mapbot.hubspot;

import java.time.Clock;
import java.util.Optional;
import org.mapbot.api.WorkspaceAdmins;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SlackText;

/**
 * The rules of the HubSpot connection and of deal links: only a workspace admin or owner of the seller's organisation
 * connects or disconnects (the token writes to every linked deal); a seller links their plan to a deal that HubSpot
 * confirms exists. Without an encryption key nothing is connected, because the token would have to be stored plain.
 */
final class HubSpotService {
    static final String NO_KEY = "Connecting HubSpot needs `MAP_ENCRYPTION_KEY`, which encrypts the HubSpot token in the "
            + "database, and this MAP Bot runs without one. Ask whoever runs it to set it (make one with `openssl rand -base64 32`); "
            + "nothing was saved.";
    static final String NOT_CONNECTED = "HubSpot is not connected to this workspace yet: a workspace admin runs "
            + "`/map hubspot connect` first.";

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    private final HubSpotApi api;
    private final Optional<HubSpotConnections> connections;
    private final DealLinks links;
    private final WorkspaceAdmins admins;
    private final PlanService plans;
    private final Clock clock;

    HubSpotService(HubSpotApi api, Optional<HubSpotConnections> connections, DealLinks links, WorkspaceAdmins admins,
                   PlanService plans, Clock clock) {
        this.api = api;
        this.connections = connections;
        this.links = links;
        this.admins = admins;
        this.plans = plans;
        this.clock = clock;
    }

    boolean canKeepTokens() {
        return connections.isPresent();
    }

    /** Checks the token with HubSpot once, then keeps it sealed; the answer for the admin. */
    String connect(Actor actor, String token) {
        HubSpotConnections stored = connections.orElseThrow(() -> new PlanException(NO_KEY));
        requireAdmin(actor);
        HubSpotApi.Account account;
        try {
            account = api.account(token);
        } catch (HubSpotFailure e) {
            if (e.tokenRefused()) {
                throw new PlanException("HubSpot refused that token (" + e.status() + "), so nothing was saved. Copy the access "
                        + "token of your private app again (*Settings → Integrations → Private apps → Auth*) and run "
                        + "`/map hubspot connect`.");
            }
            throw new PlanException("HubSpot did not confirm the token (" + SlackText.escape(e.getMessage()) + "), so nothing was "
                    + "saved. Please try `/map hubspot connect` again in a minute.");
        }
        stored.save(actor.installation(), token, account, actor.userId(), clock.instant());
        return ":white_check_mark: HubSpot account " + account.portalId() + " is connected. Link a plan to its deal in the "
                + "plan's channel: " + DealReference.EXAMPLE + ".";
    }

    String status(Actor actor) {
        requireSeller(actor);
        Optional<HubSpotConnection> found = connections.flatMap(c -> c.find(actor.installation().teamId()));
        if (found.isEmpty()) {
            return connections.isEmpty() ? NO_KEY : NOT_CONNECTED;
        }
        HubSpotConnection c = found.get();
        String state = c.broken().isPresent()
                ? ":warning: HubSpot refused the token on " + WHEN.format(c.broken().get())
                + ": nothing is written to deals until an admin runs `/map hubspot connect` with a working token."
                : ":white_check_mark: Plans linked to a deal are written to it after each change.";
        return "*HubSpot*: account " + c.portalId() + ", connected by " + SlackText.mention(c.connectedBy()) + ".\n" + state;
    }

    String disconnect(Actor actor) {
        HubSpotConnections stored = connections.orElseThrow(() -> new PlanException(NO_KEY));
        requireAdmin(actor);
        return stored.delete(actor.installation().teamId())
                ? ":electric_plug: HubSpot is disconnected and its token deleted. Deal links stay on the plans; nothing is written "
                + "to HubSpot until someone connects again."
                : NOT_CONNECTED;
    }

    /** Links the channel's plan to a deal HubSpot confirms, and shows its name. */
    String link(Actor actor, Plan plan, DealReference deal) {
        requireSellerOf(actor, plan);
        HubSpotConnection hubspot = connections.flatMap(c -> c.find(plan.teamId())).orElseThrow(() -> new PlanException(NOT_CONNECTED));
        if (hubspot.broken().isPresent()) {
            throw new PlanException("HubSpot refused this workspace's token: an admin runs `/map hubspot connect` with a working one first.");
        }
        if (deal.portalId().isPresent() && deal.portalId().get() != hubspot.portalId()) {
            throw new PlanException("That address is a deal of HubSpot account " + deal.portalId().get() + ", but this workspace "
                    + "is connected to account " + hubspot.portalId() + ". Use a deal of account " + hubspot.portalId() + ", e.g. "
                    + DealReference.EXAMPLE + ".");
        }
        Optional<String> name;
        try {
            name = api.dealName(hubspot.token(), deal.dealId());
        } catch (HubSpotFailure e) {
            throw new PlanException("HubSpot did not confirm the deal (" + SlackText.escape(e.getMessage()) + "), so nothing "
                    + "was linked. Please try again in a minute.");
        }
        if (name.isEmpty()) {
            throw new PlanException("HubSpot account " + hubspot.portalId() + " has no deal " + deal.dealId() + ", so nothing was "
                    + "linked. Copy the deal's id or address from HubSpot, e.g. " + DealReference.EXAMPLE + ".");
        }
        links.link(plan.id(), deal.dealId(), name.get(), hubspot.dealUrl(deal.dealId()));
        plans.refresh(plan.id()); // the internal card shows the deal, and its first update goes out
        String shown = name.get().isBlank() ? "deal " + deal.dealId() : SlackText.escape(name.get());
        return ":link: *" + SlackText.escape(plan.title()) + "* is linked to the HubSpot deal <" + hubspot.dealUrl(deal.dealId())
                + "|" + shown + ">. Its progress, next step, dates, slips and commitment are written to the deal after each change. "
                + "Only your organisation sees the link (the card in a shared channel never shows it).";
    }

    String unlink(Actor actor, Plan plan) {
        requireSellerOf(actor, plan);
        if (!links.unlink(plan.id())) {
            return "*" + SlackText.escape(plan.title()) + "* is not linked to a HubSpot deal. Link one with " + DealReference.EXAMPLE + ".";
        }
        plans.refresh(plan.id());
        return ":link: *" + SlackText.escape(plan.title()) + "* is no longer linked to a HubSpot deal; nothing more is written to it.";
    }

    private void requireAdmin(Actor actor) {
        if (!actor.isSeller() || !admins.isAdminOrOwner(actor.installation(), actor.userId())) {
            throw new PlanException("Only an admin or owner of this Slack workspace can connect or disconnect HubSpot: its "
                    + "token writes to every linked deal.");
        }
    }

    private static void requireSeller(Actor actor) {
        if (!actor.isSeller()) {
            throw new PlanException("Only the people of the organisation that installed MAP Bot can see its HubSpot connection.");
        }
    }

    private static void requireSellerOf(Actor actor, Plan plan) {
        if (!actor.isSellerOf(plan)) {
            throw new PlanException("Only the people of the organisation that runs this plan can link it to their CRM.");
        }
    }
}
