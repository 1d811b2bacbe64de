package org.mapbot.share;

import static org.mapbot.db.generated.Tables.SHARE_LINK;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/** Stores share links by the hash of their token. */
public final class ShareLinkRepository {
    private final DSLContext dsl;

    public ShareLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long planId, ShareLinkKind kind, String tokenHash, String createdBy, Instant now) {
        dsl.insertInto(SHARE_LINK)
                .set(SHARE_LINK.PLAN_ID, planId)
                .set(SHARE_LINK.KIND, kind.dbValue())
                .set(SHARE_LINK.TOKEN_HASH, tokenHash)
                .set(SHARE_LINK.CREATED_BY, createdBy)
                .set(SHARE_LINK.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** One lookup on the unique hash index, whatever the outcome. */
    public Optional<Long> activePlanId(String tokenHash, ShareLinkKind kind) {
        return dsl.select(SHARE_LINK.PLAN_ID).from(SHARE_LINK)
                .where(SHARE_LINK.TOKEN_HASH.eq(tokenHash)
                        .and(SHARE_LINK.KIND.eq(kind.dbValue()))
                        .and(SHARE_LINK.REVOKED_AT.isNull()))
                .fetchOptional(SHARE_LINK.PLAN_ID);
    }

    public int revokeAll(long planId, Instant now) {
        return dsl.update(SHARE_LINK).set(SHARE_LINK.REVOKED_AT, now.atOffset(ZoneOffset.UTC))
                .where(SHARE_LINK.PLAN_ID.eq(planId).and(SHARE_LINK.REVOKED_AT.isNull()))
                .execute();
    }
}
