package org.mapbot.hubspot;

import static org.mapbot.db.generated.Tables.HUBSPOT_CONNECTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.DSLContext;
import org.mapbot.db.generated.tables.records.HubspotConnectionRecord;
import org.mapbot.install.TokenCipher;
import org.mapbot.plan.domain.Installation;

/**
 * The HubSpot connections, one per installation, their tokens sealed with {@link TokenCipher} and bound to the row
 * (a sealed token copied to another workspace's row does not open).
 */
final class HubSpotConnections {
    private final DSLContext dsl;
    private final TokenCipher cipher;

    HubSpotConnections(DSLContext dsl, TokenCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    void save(Installation installation, String token, HubSpotApi.Account account, String userId, Instant at) {
        TokenCipher.Sealed sealed = cipher.seal(token, boundTo(installation.teamId()));
        Map<Field<?>, Object> connection = new LinkedHashMap<>();
        connection.put(HUBSPOT_CONNECTION.TOKEN_SEALED, sealed.bytes());
        connection.put(HUBSPOT_CONNECTION.TOKEN_KEY_ID, sealed.keyId());
        connection.put(HUBSPOT_CONNECTION.PORTAL_ID, account.portalId());
        connection.put(HUBSPOT_CONNECTION.UI_DOMAIN, account.uiDomain());
        connection.put(HUBSPOT_CONNECTION.CONNECTED_BY, userId);
        connection.put(HUBSPOT_CONNECTION.CONNECTED_AT, at.atOffset(ZoneOffset.UTC));
        connection.put(HUBSPOT_CONNECTION.PROPERTIES_READY, false); // another portal may lack them
        connection.put(HUBSPOT_CONNECTION.BROKEN_AT, null);
        connection.put(HUBSPOT_CONNECTION.BROKEN_TOLD, false);
        dsl.insertInto(HUBSPOT_CONNECTION)
                .set(HUBSPOT_CONNECTION.TEAM_ID, installation.teamId())
                .set(HUBSPOT_CONNECTION.ENTERPRISE_ID, installation.enterpriseId())
                .set(connection)
                .onConflict(HUBSPOT_CONNECTION.TEAM_ID).doUpdate()
                .set(connection)
                .execute();
    }

    Optional<HubSpotConnection> find(String teamId) {
        return dsl.selectFrom(HUBSPOT_CONNECTION).where(HUBSPOT_CONNECTION.TEAM_ID.eq(teamId)).fetchOptional().map(this::open);
    }

    boolean delete(String teamId) {
        return dsl.deleteFrom(HUBSPOT_CONNECTION).where(HUBSPOT_CONNECTION.TEAM_ID.eq(teamId)).execute() > 0;
    }

    void propertiesReady(String teamId) {
        dsl.update(HUBSPOT_CONNECTION).set(HUBSPOT_CONNECTION.PROPERTIES_READY, true).where(HUBSPOT_CONNECTION.TEAM_ID.eq(teamId)).execute();
    }

    /** Marks the connection broken; true the first time, so the admin is told once. */
    boolean markBroken(String teamId, Instant at) {
        return dsl.update(HUBSPOT_CONNECTION).set(HUBSPOT_CONNECTION.BROKEN_AT, at.atOffset(ZoneOffset.UTC))
                .set(HUBSPOT_CONNECTION.BROKEN_TOLD, true)
                .where(HUBSPOT_CONNECTION.TEAM_ID.eq(teamId)).and(HUBSPOT_CONNECTION.BROKEN_TOLD.isFalse())
                .execute() > 0;
    }

    private HubSpotConnection open(HubspotConnectionRecord r) {
        String token = cipher.open(r.getTokenSealed(), r.getTokenKeyId(), boundTo(r.getTeamId()));
        return new HubSpotConnection(r.getTeamId(), token, r.getPortalId(), r.getUiDomain(), r.getConnectedBy(),
                r.getConnectedAt().toInstant(), Boolean.TRUE.equals(r.getPropertiesReady()),
                Optional.ofNullable(r.getBrokenAt()).map(OffsetDateTime::toInstant), Boolean.TRUE.equals(r.getBrokenTold()));
    }

    private static String boundTo(String teamId) {
        return "hubspot_connection.token_sealed:" + teamId;
    }
}
