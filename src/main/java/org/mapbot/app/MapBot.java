package org.mapbot.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.mapbot.db.Database;
import org.mapbot.http.BoltHandler;
import org.mapbot.http.HttpServer;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.plan.HistoryRepository;
import org.mapbot.plan.PlanRepository;
import org.mapbot.plan.PlanService;
import org.mapbot.plan.StepRepository;
import org.mapbot.plan.TemplateRepository;
import org.mapbot.reminder.Reminders;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.slack.BoltAppFactory;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds configuration → database → Slack client → features → Bolt → scheduler → web server,
 * by constructor, in one place. Closing it stops everything in reverse order.
 */
public final class MapBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MapBot.class);

    private final Config config;
    private final Database database;
    private final Scheduler scheduler;
    private final ExecutorService background;
    private final Javalin http;
    private final SocketModeApp socketMode;
    private final PlanService plans;
    private final Reminders reminders;

    private MapBot(Config config, Database database, Scheduler scheduler, ExecutorService background,
                   Javalin http, SocketModeApp socketMode, PlanService plans, Reminders reminders) {
        this.config = config;
        this.database = database;
        this.scheduler = scheduler;
        this.background = background;
        this.http = http;
        this.socketMode = socketMode;
        this.plans = plans;
        this.reminders = reminders;
    }

    public static MapBot start(Config config, Clock clock, ExecuteListener... sqlListeners) {
        if (config.sandbox() && config.port() == 0) {
            // The sandbox's Slack stand-in lives on our own port, which the Slack client must know up front.
            config = withPort(config, freePort());
        }
        String slackApiUrl = config.sandbox() ? "http://localhost:" + config.port() + "/sandbox/api/" : config.slackApiUrl();
        log.info("Starting MAP Bot: {}", config);

        Database database = Database.open(config.databaseUrl(), config.dataDir(), sqlListeners);
        Scheduler scheduler = null;
        ExecutorService background = Executors.newFixedThreadPool(4, named("slack-out"));
        try {
            SlackClients slack = new SlackClients(slackApiUrl, config.botToken());
            App bolt = BoltAppFactory.create(slack, config.botToken(), config.signingSecret());
            CommandRouter commands = new CommandRouter();
            List<RouteContributor> routes = new ArrayList<>();
            scheduler = new Scheduler(database.dataSource());

            // Features are wired here, each by constructor.
            var dsl = database.dsl();
            PlanService plans = new PlanService(dsl, new PlanRepository(dsl), new StepRepository(dsl), new HistoryRepository(dsl),
                    new TemplateRepository(dsl), clock);
            Reminders reminders = Reminders.wire(dsl, slack, plans, bolt, commands, scheduler, background, clock);

            commands.attachTo(bolt);
            scheduler.start();

            Javalin http = HttpServer.create(new BoltHandler(bolt, new SlackSignature(config.signingSecret(), clock)),
                    database::isUp, routes);
            http.start(config.port());
            SocketModeApp socketMode = config.socketMode() ? startSocketMode(config, bolt) : null;
            MapBot mapBot = new MapBot(config, database, scheduler, background, http, socketMode, plans, reminders);
            log.info("MAP Bot is up on port {}{}", http.port(), config.socketMode() ? " (Slack events by Socket Mode)" : "");
            return mapBot;
        } catch (RuntimeException | Error e) {
            if (scheduler != null) {
                scheduler.close();
            }
            background.shutdownNow();
            database.close();
            throw e;
        }
    }

    private static SocketModeApp startSocketMode(Config config, App bolt) {
        try {
            SocketModeApp socketMode = new SocketModeApp(config.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, bolt);
            socketMode.startAsync();
            return socketMode;
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect to Slack by Socket Mode: " + e.getMessage(), e);
        }
    }

    public int port() {
        return http.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public PlanService plans() {
        return plans;
    }

    public Reminders reminders() {
        return reminders;
    }

    /** Stops taking requests, lets in-flight ones finish, then stops the scheduler, background work and database. */
    @Override
    public void close() {
        log.info("Stopping MAP Bot");
        http.stop();
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                log.warn("Socket Mode did not close cleanly: {}", e.getMessage());
            }
        }
        scheduler.close();
        background.shutdown();
        try {
            if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
        database.close();
        log.info("MAP Bot stopped");
    }

    private static Config withPort(Config c, int port) {
        String publicUrl = c.publicUrl().equals("http://localhost:0") ? "http://localhost:" + port : c.publicUrl();
        return new Config(c.botToken(), c.signingSecret(), c.appToken(), c.slackApiUrl(), c.databaseUrl(), c.dataDir(),
                port, publicUrl, c.sandbox());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the sandbox", e);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
