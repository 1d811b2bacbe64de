package org.mapbot.install;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Clock;
import java.util.List;
import org.mapbot.install.InstallOutcome.Installed;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.service.WorkspacePause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled} and {@code tokens_revoked}: the workspace's tokens are deleted and its plans pause (their
 * reminders stop, the history says why); every other workspace goes on untouched. Reinstalling resumes them.
 */
public final class Uninstalls {
    private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

    private final InstallationRepository installations;
    private final WorkspacePause pause;
    private final Clock clock;

    public Uninstalls(InstallationRepository installations, WorkspacePause pause, Clock clock) {
        this.installations = installations;
        this.pause = pause;
        this.clock = clock;
    }

    public void registerOn(App app) {
        app.event(AppUninstalledEvent.class, (req, ctx) -> {
            uninstalled(ctx, "app_uninstalled");
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (req, ctx) -> {
            var tokens = req.getEvent().getTokens();
            // MAP Bot holds bot tokens only: a revoked user token (of whoever installed) changes nothing.
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                uninstalled(ctx, "tokens_revoked");
            }
            return ctx.ack();
        });
    }

    private void uninstalled(EventContext ctx, String event) {
        String teamId = ctx.isEnterpriseInstall() ? null : ctx.getTeamId();
        installations.uninstall(ctx.getEnterpriseId(), teamId, clock.instant()).ifPresentOrElse(key -> {
            List<Long> paused = pause.pauseAll(new Installation(teamId, ctx.getEnterpriseId(), null), WorkspacePause.PAUSED_WHY);
            log.info("{} for {}: tokens deleted, {} plan(s) paused", event, key, paused.size());
        }, () -> log.info("{} for {}, which has no installation", event, StoredInstallation.key(ctx.getEnterpriseId(), teamId)));
    }

    /** After "Add to Slack" in a workspace that had uninstalled MAP Bot: its plans paused for that resume. */
    public void reinstalled(Installed installed) {
        List<Long> resumed = pause.resumeAll(new Installation(installed.teamId(), installed.enterpriseId(), null));
        if (!resumed.isEmpty()) {
            log.info("Reinstalled in {}: {} plan(s) resumed", StoredInstallation.key(installed.enterpriseId(), installed.teamId()),
                    resumed.size());
        }
    }
}
