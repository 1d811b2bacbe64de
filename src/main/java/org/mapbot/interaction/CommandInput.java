package org.mapbot.interaction;

import org.mapbot.plan.domain.Actor;

/** A {@code /map <subcommand> <args>} as the router hands it on: who typed it where, and the rest of the text as typed. */
public record CommandInput(Interaction who, String subcommand, String args) {

    public Actor actor() {
        return who.actor();
    }

    public String channelId() {
        return who.channelId();
    }

    public String userId() {
        return who.userId();
    }

    public String triggerId() {
        return who.triggerId();
    }
}
