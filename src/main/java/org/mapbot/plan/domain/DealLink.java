package org.mapbot.plan.domain;

/**
 * The CRM deal a plan is linked to: internal information of the seller, shown only where no customer reads (an
 * internal channel's card, the seller's Home), never in a shared channel.
 *
 * @param broken the CRM said the deal no longer exists; nothing is written to it until it is linked again
 */
public record DealLink(String dealId, String name, String url, boolean broken) {
}
