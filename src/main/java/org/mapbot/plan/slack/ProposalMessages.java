package org.mapbot.plan.slack;

import org.mapbot.plan.domain.Origin;

/**
 * Messages besides the card that carry a proposal's Accept and Decline: the reminder of an unanswered proposal (a DM
 * to the seller owner, or a reply in the card's thread). A click on the proposal's own reminder is checked as a click
 * on a reminder; a click anywhere else is checked as one on the card, so a copied button still changes nothing.
 */
@FunctionalInterface
public interface ProposalMessages {
    /** No such messages: every click is checked against the card. */
    ProposalMessages NONE = (proposalId, origin) -> origin;

    /** The origin to check a click on {@code proposalId}'s buttons with. */
    Origin checked(long proposalId, Origin origin);
}
