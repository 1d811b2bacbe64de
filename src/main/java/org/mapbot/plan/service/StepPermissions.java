package org.mapbot.plan.service;

import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;

/**
 * Who may do what. The seller's organisation may do everything; the customer's people may work the steps on
 * their side or owned by them (done, reopen, new date, blocked, comment) and add customer-side steps.
 */
public final class StepPermissions {
    private StepPermissions() {
    }

    public static void requireCanWork(Actor actor, Plan plan, Step step, String what) {
        if (actor.isSellerOf(plan)) {
            return;
        }
        if (step.internalOnly()) {
            throw new PlanException("That step does not exist any more.");
        }
        boolean theirs = step.side() != Side.SELLER || actor.userId().equals(step.owner().userId());
        if (!theirs) {
            throw new PlanException("Only the seller team can " + what + " a seller-side step. "
                    + "You can update the steps on your side or assigned to you.");
        }
    }

    public static void requireSeller(Actor actor, Plan plan, String what) {
        if (!actor.isSellerOf(plan)) {
            throw new PlanException("Only the seller team can " + what + ".");
        }
    }
}
