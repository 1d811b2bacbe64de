package org.mapbot.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mapbot.app.Config;
import org.mapbot.app.OAuthSettings;
import org.mapbot.app.RunMode;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.InstallRoutes;
import org.mapbot.install.InstallationRepository;
import org.mapbot.install.StoredInstallation;
import org.mapbot.time.AdjustableClock;

/**
 * The sandbox as a mode of the app: it knows its port before anything starts (its Slack stand-in lives there, and the
 * Slack client must know where), runs on a clock the page can move, and adds the page and the stand-in's routes.
 * MAP Bot runs in it as with "Add to Slack" in several workspaces, on an OAuth client and an encryption key made up
 * for this run only; Northwind is installed at start through the same installation store.
 */
public final class SandboxMode implements RunMode {
    private final Config config;
    private final AdjustableClock clock;
    private final SandboxState state;
    /** The app's installation store, once the composition root handed it over; "Clear Slack" installs Northwind again. */
    private InstallationRepository installations;

    private SandboxMode(Config config, AdjustableClock clock) {
        this.config = config;
        this.clock = clock;
        this.state = new SandboxState(clock);
    }

    public static SandboxMode prepare(Config config, Clock clock) {
        Config withPort = config.port() == 0 ? config.withPort(freePort()) : config;
        AdjustableClock adjustable = clock instanceof AdjustableClock a ? a : new AdjustableClock(clock.instant(), clock.getZone());
        return new SandboxMode(withPort.withOAuth(madeUpClient(withPort.selfUrl() + InstallRoutes.REDIRECT_PATH)), adjustable);
    }

    /**
     * An OAuth client and a token key that exist only in this run: the stand-in checks the client as Slack would, and
     * the key encrypts the installations' tokens like a real one, so the sandbox walks the very path production does.
     * The redirect is on the address the sandbox calls itself, where the browser that starts the flow finishes it.
     */
    private static OAuthSettings madeUpClient(String redirectUri) {
        SecureRandom random = new SecureRandom();
        String clientId = (1_000_000_000L + random.nextInt(1_000_000_000)) + "." + (1_000_000_000L + random.nextInt(1_000_000_000));
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        byte[] key = new byte[EncryptionKeys.KEY_BYTES];
        random.nextBytes(key);
        return new OAuthSettings(clientId, HexFormat.of().formatHex(secret), OAuthSettings.MANIFEST_SCOPES, redirectUri,
                new EncryptionKeys(key, Optional.empty()), Duration.ZERO); // Clear Slack resets installations under the app
    }

    /**
     * Northwind installed, as the demo expects. The stand-in's tokens live in memory, so an installation an earlier
     * run kept (the sandbox's database outlives it) holds a token no one issued now, under a key no longer known.
     */
    @Override
    public void installAtStart(InstallationRepository store) {
        this.installations = store;
        Instant now = clock.instant();
        SandboxCast.SIDES.forEach(side -> store.uninstall(null, side.seller().teamId(), now));
        installNorthwind();
    }

    private void installNorthwind() {
        Instant now = clock.instant();
        String token = state.installAtStart(SandboxCast.SELLER);
        installations.save(new StoredInstallation(null, SandboxCast.SELLER.teamId(), false, SandboxCast.APP_ID, SandboxCast.SELLER.name(),
                null, SandboxCast.BOT_ID, SandboxCast.BOT_USER, String.join(",", OAuthSettings.MANIFEST_SCOPES), token, null, null,
                SandboxCast.SALES_REP.id(), now));
    }

    @Override
    public Config config() {
        return config;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public String slackApiUrl() {
        return config.selfUrl() + "/sandbox/api/";
    }

    @Override
    public List<RouteContributor> routes(SlackSignature signature, Runnable sweepReminders) {
        return List.of(new Sandbox(state, clock, signature, config.selfUrl(), config.oauth().orElseThrow(), sweepReminders,
                this::installNorthwind));
    }

    @Override
    public String welcome(int port) {
        return Sandbox.welcome(config.selfUrl(), config.listenAddress().orElseThrow());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the sandbox", e);
        }
    }
}
