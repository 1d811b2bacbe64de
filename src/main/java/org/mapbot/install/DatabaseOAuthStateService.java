package org.mapbot.install;

import static org.mapbot.db.generated.Tables.OAUTH_STATE;

import com.slack.api.bolt.service.OAuthStateService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Bolt's {@link OAuthStateService} on the app's PostgreSQL, so an install started on one instance finishes on any
 * other: a state is stored (as its SHA-256) when "Add to Slack" is shown, spent once by the redirect, and void after
 * ten minutes.
 */
public final class DatabaseOAuthStateService implements OAuthStateService {
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** What became of a state the browser brought back. */
    public enum Spent { SPENT, EXPIRED, REPLAYED, UNKNOWN }

    private final DSLContext dsl;
    private final Clock clock;

    public DatabaseOAuthStateService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public long getExpirationInSeconds() {
        return LIFETIME.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        // States are kept a day after they expire, to tell a replayed one from one never issued, then forgotten.
        dsl.deleteFrom(OAUTH_STATE).where(OAUTH_STATE.EXPIRES_AT.lt(now.minusDays(1))).execute();
        dsl.insertInto(OAUTH_STATE)
                .set(OAUTH_STATE.STATE_HASH, hash(state))
                .set(OAUTH_STATE.CREATED_AT, now)
                .set(OAUTH_STATE.EXPIRES_AT, now.plus(LIFETIME))
                .execute();
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return dsl.fetchExists(OAUTH_STATE, OAUTH_STATE.STATE_HASH.eq(hash(state)).and(OAUTH_STATE.SPENT_AT.isNull())
                .and(OAUTH_STATE.EXPIRES_AT.gt(clock.instant().atOffset(ZoneOffset.UTC))));
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        spend(state);
    }

    /** Spends a state in one statement: of two redirects bringing the same state, at most one spends it. */
    public Spent spend(String state) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Optional<OffsetDateTime> expires = dsl.update(OAUTH_STATE).set(OAUTH_STATE.SPENT_AT, now)
                .where(OAUTH_STATE.STATE_HASH.eq(hash(state))).and(OAUTH_STATE.SPENT_AT.isNull())
                .returning(OAUTH_STATE.EXPIRES_AT).fetchOptional(OAUTH_STATE.EXPIRES_AT);
        if (expires.isPresent()) {
            return expires.get().isAfter(now) ? Spent.SPENT : Spent.EXPIRED;
        }
        return dsl.fetchExists(OAUTH_STATE, OAUTH_STATE.STATE_HASH.eq(hash(state))) ? Spent.REPLAYED : Spent.UNKNOWN;
    }

    private static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
