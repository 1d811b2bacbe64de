package org.mapbot.api;

import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.storage.PlanRepository;

/** The plans an API list asks for: one installation's, filtered, a page at a time in id order (keyset, not offset). */
final class ApiPlanQueries {
    private final DSLContext dsl;

    ApiPlanQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Filter(String status, String ownerUserId, Instant updatedSince) {
    }

    /** Up to {@code limit} plans with an id above {@code afterId}. */
    List<Plan> page(Installation installation, Filter filter, long afterId, int limit) {
        Condition where = PLAN.TEAM_ID.eq(installation.teamId()).and(PLAN.ID.gt(afterId));
        if (filter.status() != null) {
            where = where.and(PLAN.STATUS.eq(filter.status()));
        }
        if (filter.ownerUserId() != null) {
            where = where.and(PLAN.OWNER_USER_ID.eq(filter.ownerUserId()));
        }
        if (filter.updatedSince() != null) {
            where = where.and(PLAN.UPDATED_AT.ge(filter.updatedSince().atOffset(ZoneOffset.UTC)));
        }
        return dsl.selectFrom(PLAN).where(where).orderBy(PLAN.ID).limit(DSL.inline(limit)).fetch(PlanRepository::toPlan);
    }
}
