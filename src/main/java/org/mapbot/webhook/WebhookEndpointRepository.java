package org.mapbot.webhook;

import static org.mapbot.db.generated.Tables.WEBHOOK_DELIVERY;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Installation;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.records.WebhookEndpointRecord;
import org.mapbot.install.TokenCipher;

/** Webhook endpoints per installation; their secrets only sealed. Removed ones stay, so the delivery log keeps its rows. */
public final class WebhookEndpointRepository {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebhookEndpointRepository.class);
    private final DSLContext dsl;

    public WebhookEndpointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new endpoint whose secret is sealed for its own row, in one transaction: never a row with a plain secret. */
    public WebhookEndpoint insert(String teamId, String enterpriseId, URI url, boolean internal, String createdBy, Instant now,
                                  LongFunction<TokenCipher.Sealed> sealFor) {
        long id = dsl.transactionResult(c -> {
            long inserted = c.dsl().insertInto(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.TEAM_ID, teamId)
                    .set(WEBHOOK_ENDPOINT.ENTERPRISE_ID, enterpriseId).set(WEBHOOK_ENDPOINT.URL, url.toString())
                    .set(WEBHOOK_ENDPOINT.INTERNAL, internal).set(WEBHOOK_ENDPOINT.CREATED_BY, createdBy)
                    .set(WEBHOOK_ENDPOINT.CREATED_AT, at(now))
                    .returning(WEBHOOK_ENDPOINT.ID).fetchOne(WEBHOOK_ENDPOINT.ID);
            TokenCipher.Sealed sealed = sealFor.apply(inserted);
            c.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.SECRET, sealed.bytes())
                    .set(WEBHOOK_ENDPOINT.SECRET_KEY_ID, sealed.keyId()).where(WEBHOOK_ENDPOINT.ID.eq(inserted)).execute();
            return inserted;
        });
        return find(id).orElseThrow();
    }

    public Optional<WebhookEndpoint> find(long id) {
        return dsl.selectFrom(WEBHOOK_ENDPOINT).where(WEBHOOK_ENDPOINT.ID.eq(id)).fetchOptional().map(WebhookEndpointRepository::toEndpoint);
    }

    /**
     * The installation's endpoints that were not removed, oldest first: those added in its workspace and, on Enterprise
     * Grid, in any workspace of its org, as {@link Installation#owns} counts plans (the outbox joins the same way).
     */
    public List<WebhookEndpoint> live(Installation installation) {
        var ours = installation.enterpriseId() == null ? WEBHOOK_ENDPOINT.TEAM_ID.eq(installation.teamId())
                : WEBHOOK_ENDPOINT.TEAM_ID.eq(installation.teamId()).or(WEBHOOK_ENDPOINT.ENTERPRISE_ID.eq(installation.enterpriseId()));
        return dsl.selectFrom(WEBHOOK_ENDPOINT).where(ours.and(WEBHOOK_ENDPOINT.REMOVED_AT.isNull()))
                .orderBy(WEBHOOK_ENDPOINT.ID).fetch(WebhookEndpointRepository::toEndpoint);
    }

    /** Removed: it receives nothing more, and what was still to be sent to it is stopped. */
    public void remove(long id, Instant now) {
        dsl.transaction(c -> {
            c.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.REMOVED_AT, at(now)).set(WEBHOOK_ENDPOINT.ENABLED, false)
                    .where(WEBHOOK_ENDPOINT.ID.eq(id)).execute();
            stopPending(c.dsl(), id, now);
        });
    }

    public void succeeded(long id, Instant now) {
        dsl.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.LAST_SUCCESS_AT, at(now))
                .set(WEBHOOK_ENDPOINT.FAILING_SINCE, (OffsetDateTime) null).set(WEBHOOK_ENDPOINT.DEAD_IN_A_ROW, 0)
                .where(WEBHOOK_ENDPOINT.ID.eq(id)).execute();
    }

    /** How long the endpoint has been failing, and how many deliveries in a row it let die, after this failure. */
    public record Failing(Instant since, int deadInARow) {
    }

    public Failing failed(long id, Instant now, String what, boolean deliveryDied) {
        var row = dsl.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.LAST_FAILURE_AT, at(now))
                .set(WEBHOOK_ENDPOINT.LAST_FAILURE, what)
                .set(WEBHOOK_ENDPOINT.FAILING_SINCE, DSL.coalesce(WEBHOOK_ENDPOINT.FAILING_SINCE, DSL.val(at(now))))
                .set(WEBHOOK_ENDPOINT.DEAD_IN_A_ROW, WEBHOOK_ENDPOINT.DEAD_IN_A_ROW.plus(deliveryDied ? 1 : 0))
                .where(WEBHOOK_ENDPOINT.ID.eq(id))
                .returning(WEBHOOK_ENDPOINT.FAILING_SINCE, WEBHOOK_ENDPOINT.DEAD_IN_A_ROW).fetchOne();
        return new Failing(row.getFailingSince().toInstant(), row.getDeadInARow());
    }

    /** Switched off: true when this call did it (so the admin is told once). */
    public boolean disable(long id, Instant now, String reason) {
        return dsl.transactionResult(c -> {
            int changed = c.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.ENABLED, false)
                    .set(WEBHOOK_ENDPOINT.DISABLED_AT, at(now)).set(WEBHOOK_ENDPOINT.DISABLED_REASON, reason)
                    .where(WEBHOOK_ENDPOINT.ID.eq(id).and(WEBHOOK_ENDPOINT.ENABLED)).execute();
            stopPending(c.dsl(), id, now);
            return changed == 1;
        });
    }

    private static void stopPending(DSLContext tx, long endpointId, Instant now) {
        tx.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.STATE, WebhookDeliveries.STOPPED).set(WEBHOOK_DELIVERY.FINISHED_AT, at(now))
                .where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId).and(WEBHOOK_DELIVERY.STATE.eq(WebhookDeliveries.PENDING)))
                .execute();
    }

    /**
     * Re-encrypts with the current key every secret that an earlier key encrypted (while MAP_ENCRYPTION_KEY_PREVIOUS
     * still opens it), as start-up does for the installations' tokens; how many.
     */
    public int reseal(TokenCipher cipher) {
        int done = 0;
        for (WebhookEndpointRecord r : dsl.selectFrom(WEBHOOK_ENDPOINT).where(WEBHOOK_ENDPOINT.SECRET.isNotNull()
                .and(WEBHOOK_ENDPOINT.SECRET_KEY_ID.ne(cipher.currentKeyId()))).fetch()) {
            String binding = WebhookEndpoint.secretBinding(r.getId());
            try {
                TokenCipher.Sealed sealed = cipher.seal(cipher.open(r.getSecret(), r.getSecretKeyId(), binding), binding);
                done += dsl.update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.SECRET, sealed.bytes())
                        .set(WEBHOOK_ENDPOINT.SECRET_KEY_ID, sealed.keyId())
                        .where(WEBHOOK_ENDPOINT.ID.eq(r.getId()).and(WEBHOOK_ENDPOINT.SECRET_KEY_ID.eq(r.getSecretKeyId())))
                        .execute();
            } catch (IllegalStateException e) {
                log.warn("The secret of webhook {} stays as it is: {}", r.getId(), e.getMessage());
            }
        }
        return done;
    }

    static WebhookEndpoint toEndpoint(WebhookEndpointRecord r) {
        return new WebhookEndpoint(r.getId(), r.getTeamId(), r.getEnterpriseId(), URI.create(r.getUrl()), r.getInternal(),
                r.getEnabled(), r.getCreatedBy(), r.getCreatedAt().toInstant(), instant(r.getLastSuccessAt()),
                instant(r.getLastFailureAt()), r.getLastFailure(), instant(r.getDisabledAt()), r.getDisabledReason(),
                r.getSecret() == null ? null : new TokenCipher.Sealed(r.getSecret(), r.getSecretKeyId()));
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
