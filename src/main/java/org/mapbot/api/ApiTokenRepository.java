package org.mapbot.api;

import static org.mapbot.db.generated.Tables.API_TOKEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.mapbot.db.generated.tables.records.ApiTokenRecord;

/** API tokens by their SHA-256; a token's secret part never reaches this table. */
public final class ApiTokenRepository {
    private final DSLContext dsl;

    public ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Empty when the installation already has a live token of that name. */
    public Optional<ApiToken> insert(String teamId, String enterpriseId, String name, String hash, String createdBy, Instant now) {
        try {
            return Optional.of(toToken(dsl.insertInto(API_TOKEN)
                    .set(API_TOKEN.TEAM_ID, teamId).set(API_TOKEN.ENTERPRISE_ID, enterpriseId).set(API_TOKEN.NAME, name)
                    .set(API_TOKEN.TOKEN_HASH, hash).set(API_TOKEN.CREATED_BY, createdBy).set(API_TOKEN.CREATED_AT, at(now))
                    .returning().fetchOne()));
        } catch (IntegrityConstraintViolationException e) {
            return Optional.empty();
        }
    }

    public Optional<ApiToken> liveByHash(String hash) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(hash).and(API_TOKEN.REVOKED_AT.isNull()))
                .fetchOptional().map(ApiTokenRepository::toToken);
    }

    public List<ApiToken> live(String teamId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.TEAM_ID.eq(teamId).and(API_TOKEN.REVOKED_AT.isNull()))
                .orderBy(API_TOKEN.NAME).fetch(ApiTokenRepository::toToken);
    }

    public boolean revoke(String teamId, String name, String revokedBy, Instant now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at(now)).set(API_TOKEN.REVOKED_BY, revokedBy)
                .where(API_TOKEN.TEAM_ID.eq(teamId).and(API_TOKEN.NAME.eq(name)).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    /** At most one write a minute per token, so a busy integration does not turn every read into a write. */
    public void used(long id, Instant now) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at(now))
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.lt(at(now.minusSeconds(60))))))
                .execute();
    }

    private static ApiToken toToken(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getTeamId(), r.getEnterpriseId(), r.getName(), r.getCreatedBy(),
                r.getCreatedAt().toInstant(), r.getLastUsedAt() == null ? null : r.getLastUsedAt().toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
