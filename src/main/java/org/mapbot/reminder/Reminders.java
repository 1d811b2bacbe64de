package org.mapbot.reminder;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.mapbot.plan.service.PlanService;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackUsers;

/** The reminders feature, built by constructor and attached to the plan service, Bolt, the commands and Quartz. */
public final class Reminders {
    public static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    public static final Duration PER_CHANNEL_GAP = Duration.ofSeconds(1);

    private final ReminderRepository repository;
    private final ReminderPlanner planner;
    private final ReminderSweeper sweeper;

    private Reminders(ReminderRepository repository, ReminderPlanner planner, ReminderSweeper sweeper) {
        this.repository = repository;
        this.planner = planner;
        this.sweeper = sweeper;
    }

    /** Builds the sweeper and its collaborators without Bolt or Quartz: for the wiring below and the benchmark. */
    public static Reminders build(DSLContext dsl, SlackClients slack, PlanService plans, Executor background, Clock clock,
                                  Duration perChannelGap) {
        ReminderRepository repository = new ReminderRepository(dsl);
        SlackDirectory directory = new SlackDirectory(dsl, new SlackUsers(dsl, slack::bot, clock), new SharedChannels(dsl, slack, clock), clock);
        ReminderPlanner planner = new ReminderPlanner(plans::view, repository, directory, background, clock);
        ReminderDelivery delivery = new ReminderDelivery(plans::view, repository, directory, new SlackPoster(slack::bot),
                new PlanPauser(dsl, plans::touch), planner::planChanged, plans::touch, clock);
        return new Reminders(repository, planner, new ReminderSweeper(repository, delivery, background, clock, perChannelGap));
    }

    public static Reminders wire(DSLContext dsl, SlackClients slack, PlanService plans, App bolt, CommandRouter commands,
                                 Scheduler scheduler, Executor background, Clock clock) {
        Reminders reminders = build(dsl, slack, plans, background, clock, PER_CHANNEL_GAP);
        plans.addListener(reminders.planner);
        SlackDirectory directory = new SlackDirectory(dsl, new SlackUsers(dsl, slack::bot, clock), new SharedChannels(dsl, slack, clock), clock);
        new ReminderListeners(new StatusAnswers(plans, reminders.repository, clock), plans, reminders.repository,
                reminders.planner, directory, new SlackPoster(slack::bot), background, clock).attachTo(bolt, commands);
        scheduler.every(SWEEP_EVERY, ReminderSweepJob.class, () -> new ReminderSweepJob(reminders.sweeper));
        return reminders;
    }

    public ReminderPlanner planner() {
        return planner;
    }

    public ReminderSweeper sweeper() {
        return sweeper;
    }

    public ReminderRepository repository() {
        return repository;
    }
}
