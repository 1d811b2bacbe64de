package org.mapbot.interaction;

import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;

/**
 * Any Slack request, once read and verified: who acts (user, organisation, and whether they belong to the installing
 * one), for which installation, and where it came from. Listeners take identity from here, never from the payload.
 */
public record Interaction(Actor actor, Origin origin, String triggerId) {

    public String userId() {
        return actor.userId();
    }

    public String channelId() {
        return origin.channelId();
    }
}
