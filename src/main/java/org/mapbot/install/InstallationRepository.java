package org.mapbot.install;

import static org.mapbot.db.generated.Tables.INSTALLATION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Installations in PostgreSQL; tokens pass through {@link TokenCipher} on their way in and out, so the database only
 * ever holds them encrypted.
 */
public final class InstallationRepository {
    private static final String BOT_TOKEN = "bot_token";
    private static final String REFRESH_TOKEN = "bot_refresh_token";

    private final DSLContext dsl;
    private final TokenCipher cipher;
    private final InstallationCache cache;

    public InstallationRepository(DSLContext dsl, TokenCipher cipher) {
        this(dsl, cipher, InstallationCache.none());
    }

    public InstallationRepository(DSLContext dsl, TokenCipher cipher, InstallationCache cache) {
        this.dsl = dsl;
        this.cipher = cipher;
        this.cache = cache;
    }

    /** Installs, or reinstalls over an earlier (perhaps uninstalled) installation of the same workspace or org. */
    public void save(StoredInstallation i) {
        String key = i.key();
        byte[] token = seal(i.botToken(), key, BOT_TOKEN);
        byte[] refresh = seal(i.refreshToken(), key, REFRESH_TOKEN);
        OffsetDateTime expires = utc(i.expiresAt());
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INSTALLATION.APP_ID, i.appId());
        values.put(INSTALLATION.TEAM_NAME, i.teamName());
        values.put(INSTALLATION.ENTERPRISE_NAME, i.enterpriseName());
        values.put(INSTALLATION.BOT_ID, i.botId());
        values.put(INSTALLATION.BOT_USER_ID, i.botUserId());
        values.put(INSTALLATION.BOT_SCOPES, i.scopes());
        values.put(INSTALLATION.BOT_TOKEN, token);
        values.put(INSTALLATION.BOT_REFRESH_TOKEN, refresh);
        values.put(INSTALLATION.BOT_TOKEN_EXPIRES_AT, expires);
        values.put(INSTALLATION.TOKEN_KEY_ID, cipher.currentKeyId());
        values.put(INSTALLATION.INSTALLER_USER_ID, i.installerUserId());
        values.put(INSTALLATION.INSTALLED_AT, utc(i.installedAt()));
        values.put(INSTALLATION.UNINSTALLED_AT, null);
        dsl.insertInto(INSTALLATION)
                .set(INSTALLATION.INSTALL_KEY, key)
                .set(INSTALLATION.ENTERPRISE_ID, i.enterpriseId())
                .set(INSTALLATION.TEAM_ID, i.enterpriseInstall() ? null : i.teamId())
                .set(INSTALLATION.IS_ENTERPRISE_INSTALL, i.enterpriseInstall())
                .set(values)
                .onConflict(INSTALLATION.INSTALL_KEY).doUpdate()
                .set(values)
                .execute();
        cache.forgetAll();
    }

    /**
     * The installation serving a workspace: its own, else its Enterprise Grid org's org-wide one. Uninstalled ones
     * have no token and are not found.
     */
    public Optional<StoredInstallation> find(String enterpriseId, String teamId) {
        return cache.find(enterpriseId, teamId, () -> dsl.selectFrom(INSTALLATION)
                .where(serving(enterpriseId, teamId)).and(INSTALLATION.BOT_TOKEN.isNotNull())
                .orderBy(INSTALLATION.IS_ENTERPRISE_INSTALL.asc())
                .limit(1)
                .fetchOptional()
                .map(this::read));
    }

    /** After a transaction that wrote installations committed: nothing read while it ran is served again. */
    void committed() {
        cache.forgetAll();
    }

    /** This repository inside a transaction ({@code tx}), for work under a row lock. */
    InstallationRepository in(DSLContext tx) {
        return new InstallationRepository(tx, cipher, cache);
    }

    /** The installation stored under {@code installKey}, its row locked until the transaction ends. */
    Optional<StoredInstallation> lock(String installKey) {
        return dsl.selectFrom(INSTALLATION).where(INSTALLATION.INSTALL_KEY.eq(installKey)).and(INSTALLATION.BOT_TOKEN.isNotNull())
                .forUpdate().fetchOptional().map(this::read);
    }

    /**
     * Forgets the tokens of the installation serving this workspace (its own, else its org's org-wide one) and marks
     * it uninstalled; the key it was stored under, empty when none was installed.
     */
    public Optional<String> uninstall(String enterpriseId, String teamId, Instant now) {
        Optional<String> own = uninstall(StoredInstallation.key(enterpriseId, teamId), now);
        return own.isPresent() || enterpriseId == null ? own : uninstall(StoredInstallation.key(enterpriseId, null), now);
    }

    private Optional<String> uninstall(String key, Instant now) {
        Optional<String> uninstalled = dsl.update(INSTALLATION)
                .setNull(INSTALLATION.BOT_TOKEN)
                .setNull(INSTALLATION.BOT_REFRESH_TOKEN)
                .setNull(INSTALLATION.BOT_TOKEN_EXPIRES_AT)
                .set(INSTALLATION.UNINSTALLED_AT, utc(now))
                .where(INSTALLATION.INSTALL_KEY.eq(key))
                .and(INSTALLATION.UNINSTALLED_AT.isNull())
                .returning(INSTALLATION.INSTALL_KEY)
                .fetchOptional(INSTALLATION.INSTALL_KEY);
        cache.forgetAll();
        return uninstalled;
    }

    /**
     * Re-encrypts with the current key every token the previous key encrypted (after MAP_ENCRYPTION_KEY was replaced),
     * each row under a lock so instances starting together do it once. The number of installations re-encrypted.
     */
    public int reEncrypt(String previousKeyId) {
        List<String> keys = dsl.select(INSTALLATION.INSTALL_KEY).from(INSTALLATION)
                .where(INSTALLATION.TOKEN_KEY_ID.eq(previousKeyId)).and(INSTALLATION.BOT_TOKEN.isNotNull())
                .fetch(INSTALLATION.INSTALL_KEY);
        int done = 0;
        for (String key : keys) {
            done += dsl.transactionResult(c -> {
                InstallationRepository tx = in(DSL.using(c));
                Optional<StoredInstallation> row = tx.lock(key);
                row.ifPresent(tx::save); // read with the previous key, written with the current one
                return row.isPresent() ? 1 : 0;
            });
        }
        committed();
        return done;
    }

    /** Team ids are unique across Slack, so a workspace's own installation is found by its team alone. */
    private static Condition serving(String enterpriseId, String teamId) {
        Condition own = teamId == null ? org.jooq.impl.DSL.falseCondition() : INSTALLATION.TEAM_ID.eq(teamId);
        if (enterpriseId == null) {
            return own;
        }
        return own.or(INSTALLATION.INSTALL_KEY.eq(StoredInstallation.key(enterpriseId, null))
                .and(INSTALLATION.IS_ENTERPRISE_INSTALL.isTrue()));
    }

    private StoredInstallation read(Record r) {
        String key = r.get(INSTALLATION.INSTALL_KEY);
        String keyId = r.get(INSTALLATION.TOKEN_KEY_ID);
        return new StoredInstallation(r.get(INSTALLATION.ENTERPRISE_ID), r.get(INSTALLATION.TEAM_ID),
                r.get(INSTALLATION.IS_ENTERPRISE_INSTALL), r.get(INSTALLATION.APP_ID), r.get(INSTALLATION.TEAM_NAME),
                r.get(INSTALLATION.ENTERPRISE_NAME), r.get(INSTALLATION.BOT_ID), r.get(INSTALLATION.BOT_USER_ID),
                r.get(INSTALLATION.BOT_SCOPES), open(r.get(INSTALLATION.BOT_TOKEN), keyId, key, BOT_TOKEN),
                open(r.get(INSTALLATION.BOT_REFRESH_TOKEN), keyId, key, REFRESH_TOKEN),
                instant(r.get(INSTALLATION.BOT_TOKEN_EXPIRES_AT)), r.get(INSTALLATION.INSTALLER_USER_ID),
                instant(r.get(INSTALLATION.INSTALLED_AT)));
    }

    private byte[] seal(String plain, String key, String column) {
        return plain == null ? null : cipher.seal(plain, key + "/" + column).bytes();
    }

    private String open(byte[] sealed, String keyId, String key, String column) {
        return sealed == null ? null : cipher.open(sealed, keyId, key + "/" + column);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
