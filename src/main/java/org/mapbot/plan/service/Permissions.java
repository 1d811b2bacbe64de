package org.mapbot.plan.service;

import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;

/**
 * Who may do what, and what a click may name: every permission rule of plans and steps, in one place.
 *
 * <p>The seller's organisation may do everything; the customer's people may work the steps on their side or owned by
 * them (done, reopen, new date, blocked, comment) and add customer-side steps. A click must name the plan of the message
 * it was clicked on, in the channel it was clicked in; refusals never say whether something else exists.
 */
public final class Permissions {
    static final String GONE = "That plan or step does not exist any more.";

    private Permissions() {
    }

    /** The plan must belong to the installation the request is for; anything else looks like it does not exist. */
    public static void requireSameInstallation(Actor actor, Plan plan) {
        if (!actor.installation().owns(plan)) {
            throw new PlanException(GONE);
        }
    }

    /** What a click names must be what the message it was clicked on shows (or the channel an ephemeral was in). */
    public static void requireShownAt(Plan plan, Origin origin) {
        switch (origin.surface()) {
            case MESSAGE -> {
                if (!plan.channelId().equals(origin.channelId()) || plan.cardTs() == null
                        || !plan.cardTs().equals(origin.messageTs())) {
                    throw new PlanException("That button is on an old or another plan's card, so I changed nothing. "
                            + "The plan's current card is the latest one in its channel (`/map card` posts it again).");
                }
            }
            case EPHEMERAL, COMMAND -> {
                if (!plan.channelId().equals(origin.channelId())) {
                    throw new PlanException(GONE);
                }
            }
            case MODAL, HOME, REMINDER, API -> {
                // A modal's metadata is signed by the app; the Home tab is the viewer's own, checked by entitlement;
                // a reminder message was matched to its reminder by the reminder service; an API call names the plan
                // itself and its token's installation must own it.
            }
        }
    }

    /** What a click names must be shown where it was clicked: the plan's card, or another message of the plan's own. */
    public static void requireShownAt(Plan plan, Origin origin, String channelId, String otherMessageTs) {
        boolean otherMessage = origin.surface() == Origin.Surface.MESSAGE && otherMessageTs != null
                && otherMessageTs.equals(origin.messageTs()) && plan.channelId().equals(origin.channelId())
                && plan.channelId().equals(channelId);
        if (!otherMessage) {
            requireShownAt(plan, origin);
        }
    }

    /** A click or form about a step: same installation, shown where it was clicked, and the actor may work it. */
    public static void requireCanWork(Actor actor, Plan plan, Step step, Origin origin, String what) {
        requireSameInstallation(actor, plan);
        requireShownAt(plan, origin);
        if (actor.isSellerOf(plan)) {
            return;
        }
        if (step.internalOnly()) {
            throw new PlanException(GONE);
        }
        boolean theirs = step.side() != Side.SELLER || actor.userId().equals(step.owner().userId());
        if (!theirs) {
            throw new PlanException("Only the seller team can " + what + " a seller-side step. "
                    + "You can update the steps on your side or assigned to you.");
        }
    }

    /** A change made against a given version of the step applies only to that version (HTTP If-Match). */
    public static void requireVersion(Step step, Integer expected) {
        if (expected != null && expected != step.version()) {
            throw new org.mapbot.plan.domain.VersionConflict(step.version());
        }
    }

    public static void requireSeller(Actor actor, Plan plan, String what) {
        requireSameInstallation(actor, plan);
        if (!actor.isSellerOf(plan)) {
            throw new PlanException("Only the seller team can " + what + ".");
        }
    }

    /** Whether the actor may see the plan's internal steps on a surface only they see (a modal, Home, an answer). */
    public static boolean seesInternalSteps(Actor actor, Plan plan) {
        return actor.isSellerOf(plan);
    }

    /** Internal steps are never shown to the customer, so nobody of the customer's organisation may own one. */
    public static void requireInternalOwner(Plan plan, Owner owner) {
        if (owner.isSlackUser() && !owner.isSellerPersonOf(plan)) {
            throw new PlanException("An internal step can only be owned by someone in your organisation, and "
                    + "<@" + owner.userId() + "> is not (or Slack could not tell me). "
                    + "Give it to a colleague, e.g. `/map add Discount approval @sam by friday internal`, or leave out `internal`.");
        }
    }

    /** A customer may open a plan privately (Home) only if they own one of its steps; the seller side always. */
    public static void requireMayView(Actor actor, Plan plan, boolean ownsAStep) {
        requireSameInstallation(actor, plan);
        if (!actor.isSellerOf(plan) && !ownsAStep) {
            throw new PlanException(GONE);
        }
    }
}
