package org.mapbot.hubspot;

import static org.mapbot.db.generated.Tables.PLAN;

import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.storage.PlanRepository;

/** The deal each plan is linked to, kept on the plan row (see {@code PlanSnapshots}, which reads it for free). */
final class DealLinks {
    private final DSLContext dsl;

    DealLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    void link(long planId, String dealId, String name, String url) {
        dsl.update(PLAN).set(PLAN.HUBSPOT_DEAL_ID, dealId).set(PLAN.HUBSPOT_DEAL_NAME, name).set(PLAN.HUBSPOT_DEAL_URL, url)
                .set(PLAN.HUBSPOT_LINK_BROKEN, false).where(PLAN.ID.eq(planId)).execute();
    }

    boolean unlink(long planId) {
        return dsl.update(PLAN).setNull(PLAN.HUBSPOT_DEAL_ID).setNull(PLAN.HUBSPOT_DEAL_NAME).setNull(PLAN.HUBSPOT_DEAL_URL)
                .set(PLAN.HUBSPOT_LINK_BROKEN, false).where(PLAN.ID.eq(planId)).and(PLAN.HUBSPOT_DEAL_ID.isNotNull()).execute() > 0;
    }

    /** Marks the link broken; true the first time, so the plan owner is told once. */
    boolean markBroken(long planId, String dealId) {
        return dsl.update(PLAN).set(PLAN.HUBSPOT_LINK_BROKEN, true)
                .where(PLAN.ID.eq(planId)).and(PLAN.HUBSPOT_DEAL_ID.eq(dealId)).and(PLAN.HUBSPOT_LINK_BROKEN.isFalse()).execute() > 0;
    }

    /** The plan's working link (not broken): the deal's id and its address, which names the portal it is in. */
    Optional<DealLink> liveLink(long planId) {
        return dsl.select(PLAN.fields()).from(PLAN).where(PLAN.ID.eq(planId)).and(PLAN.HUBSPOT_LINK_BROKEN.isFalse())
                .fetchOptional().flatMap(PlanRepository::dealOf);
    }
}
