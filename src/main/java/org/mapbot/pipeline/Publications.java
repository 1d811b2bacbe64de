package org.mapbot.pipeline;

import static org.mapbot.db.generated.Tables.PLAN;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which version of each plan its card and Home tabs last showed, and when a failed publication is tried again. Kept in
 * the plan's own row, so the version a change commits and the version still to publish are never apart.
 */
public final class Publications {
    private final DSLContext dsl;

    public Publications(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everything up to {@code version} is shown: the plan is clean again (unless it changed meanwhile). */
    public void published(long planId, int version) {
        dsl.update(PLAN).set(PLAN.PUBLISHED_VERSION, version).set(PLAN.PUBLISH_ATTEMPTS, 0)
                .set(PLAN.PUBLISH_DUE_AT, (OffsetDateTime) null).set(PLAN.PUBLISH_FAILING_SINCE, (OffsetDateTime) null)
                .set(PLAN.PUBLISH_TOLD, false)
                .where(PLAN.ID.eq(planId).and(PLAN.PUBLISHED_VERSION.lt(version)))
                .execute();
    }

    /** A failed attempt: counted, and the plan comes back at {@code retryAt}. */
    public void failed(long planId, Instant retryAt, Instant now) {
        dsl.update(PLAN).set(PLAN.PUBLISH_ATTEMPTS, PLAN.PUBLISH_ATTEMPTS.plus(1))
                .set(PLAN.PUBLISH_DUE_AT, at(retryAt))
                .set(PLAN.PUBLISH_FAILING_SINCE, DSL.coalesce(PLAN.PUBLISH_FAILING_SINCE, DSL.val(at(now))))
                .where(PLAN.ID.eq(planId))
                .execute();
    }

    public void told(long planId) {
        dsl.update(PLAN).set(PLAN.PUBLISH_TOLD, true).where(PLAN.ID.eq(planId)).execute();
    }

    /**
     * Claims plans whose publication is due: failed ones whose retry time came, and ones left unpublished longer than
     * {@code grace} (the instance that committed them stopped). The claim is a lease, so two instances sweeping at once
     * never both take a plan, and a claim whose instance dies comes back.
     */
    public List<Long> claimDue(Instant now, Duration grace, Duration lease, int limit) {
        return dsl.transactionResult(c -> {
            List<Long> ids = c.dsl().select(PLAN.ID).from(PLAN)
                    .where(PLAN.PUBLISHED_VERSION.lt(PLAN.VERSION))
                    .and(PLAN.PUBLISH_DUE_AT.le(at(now))
                            .or(PLAN.PUBLISH_DUE_AT.isNull().and(PLAN.UPDATED_AT.lt(at(now.minus(grace))))))
                    .orderBy(PLAN.PUBLISH_DUE_AT.asc().nullsFirst(), PLAN.ID)
                    .limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(PLAN.ID);
            if (!ids.isEmpty()) {
                c.dsl().update(PLAN).set(PLAN.PUBLISH_DUE_AT, at(now.plus(lease))).where(PLAN.ID.in(ids)).execute();
            }
            return ids;
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
