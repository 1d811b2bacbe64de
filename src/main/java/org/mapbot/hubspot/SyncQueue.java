package org.mapbot.hubspot;

import static org.mapbot.db.generated.Tables.HUBSPOT_SYNC;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Deal updates that are due, one row per plan: many changes before the sender runs fold into one update with the
 * plan as it is then. A due time in the database lets a restarted or another instance carry on; a claim with a lease
 * keeps two instances from writing the same deal at once.
 */
final class SyncQueue {
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final DSLContext dsl;

    SyncQueue(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Due now, unless it already waits for a later time HubSpot asked for (a rate limit is not cut short). */
    void due(long planId, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        dsl.insertInto(HUBSPOT_SYNC).set(HUBSPOT_SYNC.PLAN_ID, planId).set(HUBSPOT_SYNC.DUE_AT, at)
                .onConflict(HUBSPOT_SYNC.PLAN_ID).doUpdate()
                .set(HUBSPOT_SYNC.DUE_AT, DSL.greatest(HUBSPOT_SYNC.DUE_AT, DSL.val(at)))
                .set(HUBSPOT_SYNC.CLAIMED_UNTIL, (java.time.OffsetDateTime) null)
                .execute();
    }

    /** The plans due now that no other sender holds, claimed for {@link #CLAIM_LEASE}. */
    List<Long> claimDue(Instant now, int limit) {
        var at = now.atOffset(ZoneOffset.UTC);
        return dsl.update(HUBSPOT_SYNC).set(HUBSPOT_SYNC.CLAIMED_UNTIL, now.plus(CLAIM_LEASE).atOffset(ZoneOffset.UTC))
                .where(HUBSPOT_SYNC.PLAN_ID.in(DSL.select(HUBSPOT_SYNC.PLAN_ID).from(HUBSPOT_SYNC)
                        .where(HUBSPOT_SYNC.DUE_AT.le(at))
                        .and(HUBSPOT_SYNC.CLAIMED_UNTIL.isNull().or(HUBSPOT_SYNC.CLAIMED_UNTIL.lt(at)))
                        .orderBy(HUBSPOT_SYNC.DUE_AT).limit(limit).forUpdate().skipLocked()))
                .returning(HUBSPOT_SYNC.PLAN_ID).fetch(HUBSPOT_SYNC.PLAN_ID);
    }

    /** Done: unless a change arrived while it was being written (its claim was cleared), then it stays due. */
    void done(long planId) {
        dsl.deleteFrom(HUBSPOT_SYNC).where(HUBSPOT_SYNC.PLAN_ID.eq(planId)).and(HUBSPOT_SYNC.CLAIMED_UNTIL.isNotNull()).execute();
    }

    int attempts(long planId) {
        Integer n = dsl.select(HUBSPOT_SYNC.ATTEMPTS).from(HUBSPOT_SYNC).where(HUBSPOT_SYNC.PLAN_ID.eq(planId)).fetchOne(HUBSPOT_SYNC.ATTEMPTS);
        return n == null ? 0 : n;
    }

    void retryAt(long planId, Instant at, String error) {
        dsl.update(HUBSPOT_SYNC).set(HUBSPOT_SYNC.DUE_AT, at.atOffset(ZoneOffset.UTC)).setNull(HUBSPOT_SYNC.CLAIMED_UNTIL)
                .set(HUBSPOT_SYNC.ATTEMPTS, HUBSPOT_SYNC.ATTEMPTS.plus(1))
                .set(HUBSPOT_SYNC.LAST_ERROR, error.length() > 300 ? error.substring(0, 300) : error)
                .where(HUBSPOT_SYNC.PLAN_ID.eq(planId)).execute();
    }

    void drop(long planId) {
        dsl.deleteFrom(HUBSPOT_SYNC).where(HUBSPOT_SYNC.PLAN_ID.eq(planId)).execute();
    }
}
