package org.mapbot.sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import org.mapbot.app.Config;
import org.mapbot.app.RunMode;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.time.AdjustableClock;

/**
 * The sandbox as a mode of the app: it knows its port before anything starts (its Slack stand-in lives there, and the
 * Slack client must know where), runs on a clock the page can move, and adds the page and the stand-in's routes.
 */
public final class SandboxMode implements RunMode {
    private final Config config;
    private final AdjustableClock clock;

    private SandboxMode(Config config, AdjustableClock clock) {
        this.config = config;
        this.clock = clock;
    }

    public static SandboxMode prepare(Config config, Clock clock) {
        Config withPort = config.port() == 0 ? config.withPort(freePort()) : config;
        AdjustableClock adjustable = clock instanceof AdjustableClock a ? a : new AdjustableClock(clock.instant(), clock.getZone());
        return new SandboxMode(withPort, adjustable);
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
        return List.of(new Sandbox(new SandboxState(clock), clock, signature, config.selfUrl(), sweepReminders));
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
