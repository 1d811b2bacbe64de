package org.mapbot.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.mapbot.db.Database;
import org.mapbot.export.CalendarFeedRoutes;
import org.mapbot.export.ExportCommands;
import org.mapbot.export.ExportService;
import org.mapbot.export.SlackFileUpload;
import org.mapbot.home.HomeListeners;
import org.mapbot.home.HomePublisher;
import org.mapbot.home.HomeRepository;
import org.mapbot.home.HomeService;
import org.mapbot.http.BoltHandler;
import org.mapbot.http.HttpServer;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.sandbox.Sandbox;
import org.mapbot.sandbox.SandboxState;
import org.mapbot.reminder.Reminders;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.share.ShareCommands;
import org.mapbot.share.ShareLinkRepository;
import org.mapbot.share.ShareRoutes;
import org.mapbot.share.ShareService;
import org.mapbot.share.ShareTokens;
import org.mapbot.slack.SlackUsers;
import org.mapbot.slack.BoltAppFactory;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.InstalledTeam;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackUsers;
import org.mapbot.plan.CardActions;
import org.mapbot.plan.CardPublisher;
import org.mapbot.plan.ChannelEvents;
import org.mapbot.plan.HistoryRepository;
import org.mapbot.plan.ModalSubmissions;
import org.mapbot.plan.PlanCommands;
import org.mapbot.plan.PlanRepository;
import org.mapbot.plan.PlanService;
import org.mapbot.plan.StepCommands;
import org.mapbot.plan.StepRepository;
import org.mapbot.plan.TemplateOptions;
import org.mapbot.plan.TemplateRepository;
import org.mapbot.time.AdjustableClock;
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
    private final ScheduledExecutorService background;
    private final Javalin http;
    private final SocketModeApp socketMode;
    private final PlanService plans;
    private final Reminders reminders;

    private MapBot(Config config, Database database, Scheduler scheduler, ScheduledExecutorService background,
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
        // The sandbox's clock control moves the app's own time, so in sandbox mode the app's clock is adjustable.
        AdjustableClock sandboxClock = !config.sandbox() ? null
                : clock instanceof AdjustableClock adjustable ? adjustable : new AdjustableClock(clock.instant(), clock.getZone());
        if (sandboxClock != null) {
            clock = sandboxClock;
        }
        log.info("Starting MAP Bot: {}", config);

        Database database = Database.open(config.databaseUrl(), config.dataDir(), sqlListeners);
        Scheduler scheduler = null;
        Javalin http = null;
        ScheduledExecutorService background = Executors.newScheduledThreadPool(4, named("slack-out"));
        try {
            SlackClients slack = new SlackClients(slackApiUrl, config.botToken());
            App bolt = BoltAppFactory.create(slack, config.botToken(), config.signingSecret());
            CommandRouter commands = new CommandRouter();
            List<RouteContributor> routes = new ArrayList<>();
            scheduler = new Scheduler(database.dataSource());

            // Features are wired here, each by constructor.
            SlackUsers users = new SlackUsers(database.dsl(), slack::bot, clock);
            SharedChannels channels = new SharedChannels(database.dsl(), slack, clock);
            InstalledTeam installedTeam = new InstalledTeam(slack);

            PlanRepository planRepository = new PlanRepository(database.dsl());
            PlanService plans = new PlanService(database.dsl(), planRepository, new StepRepository(database.dsl()),
                    new HistoryRepository(database.dsl()), new TemplateRepository(database.dsl()), clock);
            CardPublisher cards = new CardPublisher(plans, slack, channels, background);
            plans.addListener(cards);
            new PlanCommands(plans, users, slack, cards).registerOn(commands);
            new StepCommands(plans, users, slack).registerOn(commands);
            new CardActions(plans, slack, installedTeam, channels, background).registerOn(bolt);
            new ModalSubmissions(plans, users, installedTeam, channels, slack, background).registerOn(bolt);
            new TemplateOptions(new TemplateRepository(database.dsl())).registerOn(bolt);
            new ChannelEvents(planRepository, plans, channels, installedTeam).registerOn(bolt);
            ShareService shares = new ShareService(plans, new ShareLinkRepository(database.dsl()), users,
                    new ShareTokens(new SecureRandom()), clock, config.publicUrl());
            routes.add(new ShareRoutes(shares));
            commands.register(new ShareCommands(plans, shares).subcommand());
            routes.add(new CalendarFeedRoutes(shares));
            ExportService exports = new ExportService(shares, new SlackFileUpload(slack::bot), slack::bot);
            commands.register(new ExportCommands(plans, shares, exports, slack::bot, background).subcommand());
            HomeService home = new HomeService(new HomeRepository(database.dsl()), plans, users, clock);
            HomePublisher homeTabs = new HomePublisher(home, slack::bot, background, Duration.ofMillis(300));
            plans.addListener(homeTabs);
            new HomeListeners(home, homeTabs, plans, slack::bot, background).attachTo(bolt);

            Reminders reminders = Reminders.wire(database.dsl(), slack, plans, bolt, commands, scheduler, background, clock);
            Runnable reminderSweep = () -> reminders.sweeper().sweep(); // the sandbox runs it after moving its clock
            SlackSignature signature = new SlackSignature(config.signingSecret(), clock);

            if (config.sandbox()) {
                routes.add(new Sandbox(new SandboxState(sandboxClock), sandboxClock, signature,
                        "http://localhost:" + config.port(), reminderSweep));
            }

            commands.attachTo(bolt);
            scheduler.start();

            http = HttpServer.create(new BoltHandler(bolt, signature), database::isUp, routes);
            http.start(config.port());
            SocketModeApp socketMode = config.socketMode() ? startSocketMode(config, bolt) : null;
            MapBot mapBot = new MapBot(config, database, scheduler, background, http, socketMode, plans, reminders);
            log.info("MAP Bot is up on port {}{}", http.port(), config.socketMode() ? " (Slack events by Socket Mode)" : "");
            if (config.sandbox()) {
                log.info(Sandbox.welcome(http.port()));
            }
            return mapBot;
        } catch (RuntimeException | Error e) {
            if (http != null) {
                http.stop();
            }
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

    /**
     * Waits until no Slack work is running or due within a second (card updates, uploads). For tests and a clean
     * hand-over between them; production never needs to wait.
     */
    public boolean awaitBackgroundIdle(java.time.Duration timeout) {
        java.util.concurrent.ScheduledThreadPoolExecutor pool = (java.util.concurrent.ScheduledThreadPoolExecutor) background;
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastCompleted = -1;
        while (System.nanoTime() < deadline) {
            boolean dueSoon = pool.getQueue().stream().anyMatch(task -> task instanceof java.util.concurrent.Delayed delayed
                    && delayed.getDelay(TimeUnit.MILLISECONDS) < 1_000);
            long completed = pool.getCompletedTaskCount();
            // Idle twice in a row with nothing finishing in between: no task was just being handed to a thread.
            if (pool.getActiveCount() == 0 && !dueSoon && completed == lastCompleted) {
                return true;
            }
            lastCompleted = pool.getActiveCount() == 0 && !dueSoon ? completed : -1;
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return false;
    }

    public PlanService planService() {
        return plans;
    }

    public Scheduler scheduler() {
        return scheduler;
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
