package org.mapbot.install;

import java.time.Instant;

/**
 * One workspace's (or, org-wide, one Enterprise Grid org's) installation of MAP Bot as kept in the database, with its
 * tokens decrypted in memory. {@code teamId} is null for an org-wide install.
 */
public record StoredInstallation(String enterpriseId, String teamId, boolean enterpriseInstall, String appId, String teamName,
                                 String enterpriseName, String botId, String botUserId, String scopes, String botToken,
                                 String refreshToken, Instant expiresAt, String installerUserId, Instant installedAt) {

    /** The unique key of an installation: its enterprise and team, '-' for the one it lacks. */
    public static String key(String enterpriseId, String teamId) {
        return (enterpriseId == null ? "-" : enterpriseId) + ":" + (teamId == null ? "-" : teamId);
    }

    public String key() {
        return key(enterpriseId, enterpriseInstall ? null : teamId);
    }

    public StoredInstallation withTokens(String newBotToken, String newRefreshToken, Instant newExpiresAt) {
        return new StoredInstallation(enterpriseId, teamId, enterpriseInstall, appId, teamName, enterpriseName, botId, botUserId,
                scopes, newBotToken, newRefreshToken, newExpiresAt, installerUserId, installedAt);
    }

    @Override
    public String toString() {
        return "StoredInstallation[" + key() + ", bot " + botUserId + ", scopes " + scopes + "]";
    }
}
