package org.mapbot.sandbox;

/** A channel of the sandbox: the Slack Connect channel, the seller's internal one, or a person's DM with the bot. */
public record Conversation(String id, String name, Kind kind, String dmPersonId) {

    public enum Kind { SHARED, INTERNAL, DM }

    public boolean extShared() {
        return kind == Kind.SHARED;
    }

    /** Customers only see the shared channel and their own DM; the internal channel is the seller's. */
    public boolean visibleTo(Person person) {
        return switch (kind) {
            case SHARED -> true;
            case INTERNAL -> person.organisation().equals(SandboxCast.SELLER);
            case DM -> person.id().equals(dmPersonId);
        };
    }
}
