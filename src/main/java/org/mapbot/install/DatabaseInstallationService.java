package org.mapbot.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;

/**
 * Bolt's {@link InstallationService} on the app's PostgreSQL (Bolt ships only file and S3 stores, which do not share
 * one database between instances). Bots only: MAP Bot asks for no user scopes, so installers carry no user token.
 * Finding an installation refreshes its token first when it is about to expire (see {@link TokenRefresher}).
 */
public final class DatabaseInstallationService implements InstallationService {
    private final InstallationRepository installations;
    private final TokenRefresher tokens;
    private final Clock clock;

    public DatabaseInstallationService(InstallationRepository installations, TokenRefresher tokens, Clock clock) {
        this.installations = installations;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) {
            throw new UnsupportedOperationException("MAP Bot keeps one installation per workspace");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        boolean org = Boolean.TRUE.equals(i.getIsEnterpriseInstall());
        installations.save(new StoredInstallation(i.getEnterpriseId(), i.getTeamId(), org, i.getAppId(), null, null,
                i.getBotId(), i.getBotUserId(), i.getBotScope(), i.getBotAccessToken(), i.getBotRefreshToken(),
                millis(i.getBotTokenExpiresAt()), i.getInstallerUserId(), installedAt(i.getInstalledAt())));
    }

    @Override
    public void saveBot(Bot b) {
        installations.find(b.getEnterpriseId(), b.getTeamId()).ifPresentOrElse(
                found -> installations.save(found.withTokens(b.getBotAccessToken(), b.getBotRefreshToken(),
                        millis(b.getBotTokenExpiresAt()))),
                () -> installations.save(new StoredInstallation(b.getEnterpriseId(), b.getTeamId(),
                        Boolean.TRUE.equals(b.getIsEnterpriseInstall()), b.getAppId(), null, null, b.getBotId(), b.getBotUserId(),
                        b.getBotScope(), b.getBotAccessToken(), b.getBotRefreshToken(), millis(b.getBotTokenExpiresAt()), null,
                        installedAt(b.getInstalledAt()))));
    }

    @Override
    public void deleteBot(Bot bot) {
        installations.uninstall(bot.getEnterpriseId(), bot.getTeamId(), clock.instant());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        installations.uninstall(installer.getEnterpriseId(), installer.getTeamId(), clock.instant());
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.uninstall(enterpriseId, teamId, clock.instant());
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return tokens.current(enterpriseId, teamId).map(DatabaseInstallationService::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return tokens.current(enterpriseId, teamId).map(found -> {
            DefaultInstaller installer = new DefaultInstaller();
            installer.setAppId(found.appId());
            installer.setEnterpriseId(found.enterpriseId());
            installer.setTeamId(found.teamId());
            installer.setIsEnterpriseInstall(found.enterpriseInstall());
            installer.setInstallerUserId(found.installerUserId());
            installer.setBotId(found.botId());
            installer.setBotUserId(found.botUserId());
            installer.setBotScope(found.scopes());
            installer.setBotAccessToken(found.botToken());
            installer.setInstalledAt(found.installedAt().toEpochMilli());
            return (Installer) installer;
        }).orElse(null);
    }

    /**
     * Bolt's view of an installation, its token already refreshed by {@link TokenRefresher}. It carries no refresh
     * token or expiry: Bolt's own rotator takes no lock, so two instances could spend one refresh token.
     */
    static Bot bot(StoredInstallation found) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(found.appId());
        bot.setEnterpriseId(found.enterpriseId());
        bot.setTeamId(found.teamId());
        bot.setIsEnterpriseInstall(found.enterpriseInstall());
        bot.setBotId(found.botId());
        bot.setBotUserId(found.botUserId());
        bot.setBotScope(found.scopes());
        bot.setBotAccessToken(found.botToken());
        bot.setInstalledAt(found.installedAt().toEpochMilli());
        return bot;
    }

    private Instant installedAt(Long millis) {
        return millis == null ? clock.instant() : Instant.ofEpochMilli(millis);
    }

    private static Instant millis(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
