package org.mapbot.sandbox;

import java.util.List;

/**
 * A seller workspace of the sandbox that installs MAP Bot, with the customer it shares a Slack Connect channel with:
 * its people (both organisations), the shared channel and the seller's internal one. Each side is a deal of its own,
 * so one workspace's plans can be checked never to show in the other's.
 */
public record SellerSide(Organisation seller, Organisation customer, List<Person> people, Conversation shared, Conversation internal) {

    /** The seller's account executive, listed first: who installs MAP Bot and invites the customer. */
    public Person rep() {
        return people.get(0);
    }

    public boolean has(Organisation org) {
        return seller.equals(org) || customer.equals(org);
    }
}
