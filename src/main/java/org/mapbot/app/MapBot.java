package org.mapbot.app;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.mapbot.api.ApiFeature;
import org.mapbot.db.Database;
import org.mapbot.db.DatabaseOwnership;
import org.mapbot.db.RunKind;
import org.mapbot.export.CalendarFeedRoutes;
import org.mapbot.export.ExportCommands;
import org.mapbot.export.ExportService;
import org.mapbot.export.IcsExport;
import org.mapbot.export.SlackFileUpload;
import org.mapbot.home.HomeListeners;
import org.mapbot.home.HomeRefresher;
import org.mapbot.home.HomeRepository;
import org.mapbot.home.HomeService;
import org.mapbot.home.HomeTabs;
import org.mapbot.hubspot.HubSpotFeature;
import org.mapbot.http.BoltHandler;
import org.mapbot.http.HttpServer;
import org.mapbot.http.RouteContributor;
import org.mapbot.http.SlackSignature;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.Modals;
import org.mapbot.interaction.SignedMetadata;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.ops.Operations;
import org.mapbot.pipeline.CatchUpJob;
import org.mapbot.pipeline.ChangePipeline;
import org.mapbot.pipeline.ChangePipeline.Stage;
import org.mapbot.pipeline.PlanSnapshots;
import org.mapbot.pipeline.Publications;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.plan.service.StepService;
import org.mapbot.plan.service.TemplateService;
import org.mapbot.plan.service.WorkspacePause;
import org.mapbot.plan.slack.Arrivals;
import org.mapbot.plan.slack.CardActions;
import org.mapbot.plan.slack.CommitmentClicks;
import org.mapbot.plan.slack.CommitmentCommands;
import org.mapbot.plan.slack.CommitmentForms;
import org.mapbot.plan.slack.CommitmentMessages;
import org.mapbot.plan.slack.CardLagNotice;
import org.mapbot.plan.slack.CardPublisher;
import org.mapbot.plan.slack.ChannelEvents;
import org.mapbot.plan.slack.PlanCommands;
import org.mapbot.plan.slack.PlanForms;
import org.mapbot.plan.slack.StepCommands;
import org.mapbot.plan.slack.TemplateOptions;
import org.mapbot.reminder.ProposalReminderMessages;
import org.mapbot.reminder.ReminderListeners;
import org.mapbot.reminder.ReminderPlanner;
import org.mapbot.reminder.ReminderPreferences;
import org.mapbot.reminder.ReminderRepository;
import org.mapbot.reminder.ReminderSending;
import org.mapbot.reminder.ReminderSweepJob;
import org.mapbot.reminder.ReminderSweeper;
import org.mapbot.reminder.SlackDirectory;
import org.mapbot.reminder.SlackPoster;
import org.mapbot.reminder.StatusAnswers;
import org.mapbot.sandbox.SandboxCast;
import org.mapbot.sandbox.SandboxMode;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.share.ShareCommands;
import org.mapbot.share.ShareLinkRepository;
import org.mapbot.share.ShareRoutes;
import org.mapbot.share.ShareService;
import org.mapbot.share.ShareTokens;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackUsers;
import org.mapbot.webhook.WebhookFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every object of the app is made here, by constructor, in one place — configuration → database
 * → Slack client → services → the after-commit pipeline and its consumers → listeners → scheduler → web server.
 * Closing it stops everything in reverse order.
 */
public final class MapBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MapBot.class);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    static final Duration CATCH_UP_EVERY = Duration.ofSeconds(10);

    private final Config config;
    private final Database database;
    private final Scheduler scheduler;
    private final Javalin http;
    private final SocketModeApp socketMode;
    private final Parts parts;

    /** What tests and the benchmarks reach into: the services and the background machinery. */
    public record Parts(PlanService plans, StepService steps, TemplateService templates, ChangePipeline pipeline,
                        ReminderRepository reminderRepository, ReminderPlanner planner, ReminderSweeper sweeper,
                        WorkPools pools) {
    }

    private MapBot(Config config, Database database, Scheduler scheduler, Javalin http, SocketModeApp socketMode, Parts parts) {
        this.config = config;
        this.database = database;
        this.scheduler = scheduler;
        this.http = http;
        this.socketMode = socketMode;
        this.parts = parts;
    }

    public static MapBot start(Config given, Clock givenClock, ExecuteListener... sqlListeners) {
        RunMode mode = given.sandbox() ? SandboxMode.prepare(given, givenClock) : new SlackMode(given, givenClock);
        Config config = mode.config();
        Clock clock = mode.clock();
        log.info("Starting MAP Bot: {}", config);
        Database database = Database.open(config.databaseUrl(), config.embeddedDataDir(),
                new DatabaseOwnership(config.sandbox() ? RunKind.SANDBOX : RunKind.SLACK, SandboxCast.SELLER.teamId()), sqlListeners);
        WorkPools pools = WorkPools.start();
        BackgroundWork background = pools.background();
        Scheduler scheduler = null;
        Javalin http = null;
        try {
            DSLContext dsl = database.dsl();
            Operations ops = new Operations(database, clock);
            Workspaces workspaces = Workspaces.of(config, dsl, clock);
            SlackClients slack = workspaces.slack(mode.slackApiUrl(), ops.slackCalls());
            workspaces.installAtStart(mode);
            App bolt = workspaces.bolt(slack);
            SignedMetadata metadata = new SignedMetadata(config.signingSecret());
            Modals modals = new Modals(slack, metadata);
            SlackListeners listeners = new SlackListeners(bolt, new InteractionReader(workspaces.installations(slack)),
                    metadata, modals, slack, background);
            CommandRouter commands = new CommandRouter();
            scheduler = new Scheduler(database.dataSource());
            SlackUsers users = new SlackUsers(dsl, slack::bot, clock);
            SharedChannels channels = new SharedChannels(dsl, slack, clock);

            // Plans and steps; the pipeline is made before its consumers, which need the services it serves.
            PipelineSlot pipelineSlot = new PipelineSlot();
            PlanServices services = PlanServices.wire(dsl, pipelineSlot, clock);
            PlanService plans = services.plans();
            StepService steps = services.steps();
            TemplateService templates = services.templates();
            CommitmentService commitments = services.commitments();
            ProposalAnswers answers = services.answers();
            PlanReview review = services.review();

            // What follows a committed change: the card, the Home tabs, the reminder re-plan, the webhooks.
            PlanSnapshots snapshots = new PlanSnapshots(dsl, clock);
            CardPublisher cards = new CardPublisher(plans, slack, channels);
            HomeService home = new HomeService(new HomeRepository(dsl), plans, users, clock);
            HomeTabs homeTabs = new HomeTabs(slack);
            ReminderRepository reminderRepository = new ReminderRepository(dsl);
            SlackDirectory directory = new SlackDirectory(dsl, users, channels, clock);
            ReminderPlanner planner = new ReminderPlanner(snapshots, reminderRepository, directory, clock);
            WebhookFeature webhooks = WebhookFeature.wire(dsl, plans, slack, config.webhooks(), config.encryptionKeys(), scheduler,
                    background, pools.webhookSenders(), clock);
            HubSpotFeature hubspot = HubSpotFeature.wire(dsl, slack, plans, listeners, commands, scheduler, config.hubspotApiUrl(),
                    config.encryptionKeys(), ops.registry(), background, clock);
            ChangePipeline pipeline = new ChangePipeline(snapshots, new Stage(List.of(ops.timedCard(cards)), pools.cards()),
                    new Stage(List.of(new HomeRefresher(home, homeTabs), planner, webhooks.consumer(), hubspot.trigger()), pools.followUps()),
                    new Publications(dsl), new CardLagNotice(slack), clock);
            pipelineSlot.set(pipeline);

            // Slack's side of each feature.
            CommitmentMessages commitmentMessages = new CommitmentMessages(plans, commitments, slack, background);
            new PlanCommands(plans, steps, templates, users, channels, modals, cards, listeners.reader()).registerOn(commands);
            new StepCommands(plans, steps, users, modals, commitmentMessages).registerOn(commands);
            new CommitmentCommands(plans, commitments, commitmentMessages).registerOn(commands);
            new CardActions(plans, steps).registerOn(listeners);
            new CommitmentClicks(plans, steps, commitments, review, answers, commitmentMessages, new ProposalReminderMessages(reminderRepository))
                    .registerOn(listeners);
            new CommitmentForms(steps, review, answers, commitmentMessages, channels, users).registerOn(listeners);
            new TemplateOptions(templates).registerOn(listeners);
            new PlanForms(plans, steps, users, channels, slack, background, commitmentMessages).registerOn(listeners);
            new ChannelEvents(plans, channels, new Arrivals(plans, commitments, users, commitmentMessages, background)).registerOn(listeners);
            new HomeListeners(home, homeTabs, steps, background).registerOn(listeners);
            ShareService shares = new ShareService(plans, new ShareLinkRepository(dsl), users,
                    new ShareTokens(new SecureRandom()), clock, config.publicUrl());
            commands.register(new ShareCommands(plans, shares).subcommand());
            ApiFeature api = ApiFeature.wire(dsl, plans, steps, users, slack, listeners.reader()::installationOf, clock,
                    config.publicUrl(), background);
            commands.register(api.tokenCommand());
            commands.register(webhooks.command());
            commands.register(new ExportCommands(plans, shares, new ExportService(shares), new SlackFileUpload(slack), slack,
                    background).subcommand());

            // Reminders: the sweep sends on its own pool, so a burst of reminders never delays a card.
            ReminderSweeper sweeper = ReminderSending.sweeper(dsl, slack, plans, pools.senders(), clock, ReminderSweeper.PER_CHANNEL_GAP,
                    ops.reminderOutcomes());
            new ReminderListeners(new StatusAnswers(steps, reminderRepository, clock),
                    new ReminderPreferences(plans, reminderRepository, directory, clock), plans, new SlackPoster(slack::bot), modals, background)
                    .registerOn(listeners, commands);
            scheduler.every(SWEEP_EVERY, ReminderSweepJob.class, () -> new ReminderSweepJob(sweeper));
            scheduler.every(CATCH_UP_EVERY, CatchUpJob.class, () -> new CatchUpJob(pipeline));

            SlackSignature signature = new SlackSignature(config.signingSecret(), clock);
            List<RouteContributor> routes = new ArrayList<>(List.of(new ShareRoutes(shares), api.routes(),
                    new CalendarFeedRoutes(shares, new IcsExport(config.publicUrl()))));
            routes.addAll(mode.routes(signature, sweeper::sweep));
            routes.addAll(ops.routes(pipeline, scheduler, config.metricsToken()));
            routes.addAll(workspaces.attach(bolt, slack, new WorkspacePause(dsl, new HistoryRepository(dsl), pipelineSlot, clock)));
            commands.attachTo(bolt, listeners.reader());
            scheduler.start();

            http = HttpServer.create(new BoltHandler(bolt, signature), database::isUp, routes, ops.httpRequests());
            http.start(config.listenAddress().orElse(null), config.port()); // null: every interface
            SocketModeApp socketMode = config.socketMode() ? SocketModeStart.start(config, bolt) : null;
            Parts parts = new Parts(plans, steps, templates, pipeline, reminderRepository, planner, sweeper, pools);
            log.info("MAP Bot is up on port {}", http.port());
            mode.welcome(http.port()).lines().forEach(log::info); // an empty welcome logs nothing
            return new MapBot(config, database, scheduler, http, socketMode, parts);
        } catch (RuntimeException | Error e) {
            if (http != null) {
                http.stop();
            }
            if (scheduler != null) {
                scheduler.close();
            }
            pools.stop(Duration.ZERO);
            database.close();
            throw e;
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

    public Parts parts() {
        return parts;
    }

    /**
     * Waits until everything a request set off has finished: the pipeline's runs and the answers and uploads sent in
     * the background (each may hand work to the other). For tests and a clean hand-over; production never waits.
     */
    public boolean settle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (parts.pipeline().drain(left) && parts.pools().background().drain(left)
                    && parts.pipeline().queued() == 0 && parts.pools().background().isIdle()) {
                return true;
            }
        }
        return false;
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
        parts.pipeline().drain(Duration.ofSeconds(10));
        parts.pools().stop(Duration.ofSeconds(10));
        database.close();
        log.info("MAP Bot stopped");
    }
}
