package org.mapbot.install;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token rotation ({@code token_rotation_enabled}): a bot token that expires within {@link #AHEAD} is refreshed before
 * it is used, for requests and background work alike. The refresh runs under the installation's row lock
 * ({@code SELECT … FOR UPDATE}), so of two instances needing it at once one refreshes and the other reads what it
 * stored: a refresh token is never spent twice. A failed refresh is logged and counted, and the next use tries again
 * while the old token still works.
 */
public final class TokenRefresher {
    private static final Logger log = LoggerFactory.getLogger(TokenRefresher.class);
    /** Refreshed this long before expiry: a background send never starts with a token about to lapse. */
    public static final Duration AHEAD = Duration.ofMinutes(5);

    private final DSLContext dsl;
    private final InstallationRepository installations;
    private final MethodsClient slack;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    public TokenRefresher(DSLContext dsl, InstallationRepository installations, MethodsClient slack, String clientId,
                          String clientSecret, Clock clock) {
        this.dsl = dsl;
        this.installations = installations;
        this.slack = slack;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The installation serving the workspace, its token refreshed first when it is about to expire. */
    public Optional<StoredInstallation> current(String enterpriseId, String teamId) {
        Optional<StoredInstallation> found = installations.find(enterpriseId, teamId);
        if (found.isEmpty() || !dueForRefresh(found.get())) {
            return found;
        }
        try {
            StoredInstallation current = dsl.transactionResult(c -> refreshLocked(installations.in(DSL.using(c)), found.get()));
            installations.committed();
            return Optional.of(current);
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            log.warn("Refreshing the bot token of {} failed ({} failures so far); the current token is used until it expires "
                    + "and the next use tries again: {}", found.get().key(), failures.get(), e.getMessage());
            return found;
        }
    }

    /** Failed refreshes since start (logged each time), for monitoring. */
    public long failures() {
        return failures.get();
    }

    public long refreshes() {
        return refreshes.get();
    }

    private boolean dueForRefresh(StoredInstallation installation) {
        return installation.refreshToken() != null && installation.expiresAt() != null
                && !installation.expiresAt().isAfter(clock.instant().plus(AHEAD));
    }

    private StoredInstallation refreshLocked(InstallationRepository locked, StoredInstallation seen) throws Exception {
        StoredInstallation row = locked.lock(seen.key()).orElse(seen);
        if (!dueForRefresh(row)) {
            return row; // another instance refreshed it while this one waited for the lock
        }
        OAuthV2AccessResponse refreshed = slack.oauthV2Access(r -> r.clientId(clientId).clientSecret(clientSecret)
                .grantType("refresh_token").refreshToken(row.refreshToken()));
        if (!refreshed.isOk() || refreshed.getAccessToken() == null) {
            throw new IllegalStateException("oauth.v2.access answered " + refreshed.getError());
        }
        Instant expires = refreshed.getExpiresIn() == null ? null : clock.instant().plusSeconds(refreshed.getExpiresIn());
        String refreshToken = refreshed.getRefreshToken() == null ? row.refreshToken() : refreshed.getRefreshToken();
        StoredInstallation updated = row.withTokens(refreshed.getAccessToken(), refreshToken, expires);
        locked.save(updated);
        refreshes.incrementAndGet();
        log.info("Refreshed the bot token of {} (expires {})", row.key(), expires);
        return updated;
    }
}
