package org.mapbot.sandbox;

/**
 * A channel of the sandbox: the Slack Connect channel, the seller's internal one, or a person's DM with the bot.
 *
 * @param host the seller workspace the channel belongs to: only its installation's token may reach it
 */
public record Conversation(String id, String name, Kind kind, String dmPersonId, Organisation host) {

    public enum Kind { SHARED, INTERNAL, DM }

    public boolean extShared() {
        return kind == Kind.SHARED;
    }

    /** Customers only see their seller's shared channel and their own DM; the internal channel is the seller's. */
    public boolean visibleTo(Person person) {
        return switch (kind) {
            case SHARED -> SandboxCast.installationFor(person).equals(host);
            case INTERNAL -> person.organisation().equals(host);
            case DM -> person.id().equals(dmPersonId);
        };
    }
}
