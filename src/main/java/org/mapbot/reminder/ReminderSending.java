package org.mapbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackUsers;

/** Wires the reminder sweep and what it sends with, for the composition root (and for benchmarks of the sweep alone). */
public final class ReminderSending {
    /**
     * Threads of the sender pool. A send mostly waits on Slack: at 50 ms a call, 64 threads keep up over 1,000 calls
     * a second in flight, which Slack's per-channel pace, not this pool, limits.
     */
    public static final int SENDER_THREADS = 64;

    private ReminderSending() {
    }

    public static ReminderSweeper sweeper(DSLContext dsl, SlackClients slack, PlanService plans, Executor senders, Clock clock,
                                          Duration perChannelGap) {
        return sweeper(dsl, slack, plans, senders, clock, perChannelGap, ReminderOutcomes.NONE);
    }

    public static ReminderSweeper sweeper(DSLContext dsl, SlackClients slack, PlanService plans, Executor senders, Clock clock,
                                          Duration perChannelGap, ReminderOutcomes outcomes) {
        SlackDirectory directory = new SlackDirectory(dsl, new SlackUsers(dsl, slack::bot, clock), new SharedChannels(dsl, slack, clock), clock);
        ReminderDelivery delivery = new ReminderDelivery(plans::view, new ReminderRepository(dsl), directory, new SlackPoster(slack::bot),
                plans, new ReminderFailureLog(dsl, new HistoryRepository(dsl)), clock);
        return new ReminderSweeper(new ReminderRepository(dsl), delivery, senders, clock, perChannelGap, outcomes);
    }
}
