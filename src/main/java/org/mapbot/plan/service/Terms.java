package org.mapbot.plan.service;

import java.time.Instant;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.PlanRepository;

/**
 * What the organisations agree on changed: the plan's terms get a new version. The organisation that made the change
 * agrees to it, so its agreement (if it agreed the version before) moves along; the other one has to agree again.
 */
final class Terms {
    private final PlanRepository plans;
    private final CommitmentRepository commitments;

    Terms(PlanRepository plans, CommitmentRepository commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    /** The new terms version. */
    int changed(DSLContext tx, Plan plan, Actor actor, Instant now) {
        int terms = plans.touchTerms(tx, plan.id(), actor.userId(), now);
        commitments.carryAgreement(tx, plan.id(), OrgSide.of(actor, plan), terms - 1, terms);
        return terms;
    }
}
