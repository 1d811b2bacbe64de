package org.mapbot.bench;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.mapbot.app.MapBot;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.reminder.ReminderSweeper;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * Click → card: Done clicks at a fixed rate, timed from each click's scheduled send to its card's {@code chat.update}
 * reaching the Slack stand-in; once on its own and once while a sweep is sending a burst of due reminders.
 */
final class CardRuns {
    private static final String CARD_HEADER = "X-Bench-Card";

    /** One run: the clicks' answers, their card updates' latencies, and the sweep beside it, if any. */
    record CardRun(boolean withSweep, int rate, OpenLoop.Outcome clicks, Histogram micros, long outstanding,
                   Optional<BenchReminders.Sending> sweep) {
        double ms(double percentile) {
            return micros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private CardRuns() {
    }

    static List<CardRun> run(LoadBenchmark.Settings settings, MapBot app, BenchPlans plans, CardArrivals arrivals,
                             OpenLoop driver, SlackRequests toApp) throws InterruptedException {
        List<CardRun> runs = new ArrayList<>();
        boolean alone = settings.scenarios().contains("card");
        boolean besideSweep = settings.scenarios().contains("card-sweep");
        if (!alone && !besideSweep) {
            return runs;
        }
        Supplier<HttpRequest> clicks = () -> {
            BenchPlans.Click click = plans.nextClick();
            HttpRequest signed = toApp.signedForm(toApp.blockActionForm(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                    click.channelId(), click.cardTs(), CardIds.DONE, Long.toString(click.stepId())), OpenLoop.SLACK_TIMEOUT);
            return HttpRequest.newBuilder(signed, (name, value) -> true).header(CARD_HEADER, click.channelId()).build();
        };
        OpenLoop.Answered answered = (response, due) ->
                response.request().headers().firstValue(CARD_HEADER).ifPresent(channel -> arrivals.answered(channel, due));
        ScheduledExecutorService reopener = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-card-reopener");
            t.setDaemon(true);
            return t;
        });
        reopener.scheduleWithFixedDelay(plans::reopenSettled, 1, 1, TimeUnit.SECONDS);
        BenchReminders reminders = new BenchReminders(app);
        try {
            plans.reopenAll();
            if (settings.warmupSeconds() > 0) {
                LoadBenchmark.log("Click → card: warm-up %d s", settings.warmupSeconds());
                driver.run(50, Duration.ofSeconds(settings.warmupSeconds()), clicks, r -> true, answered);
            }
            for (boolean withSweep : List.of(false, true)) {
                if (withSweep ? !besideSweep : !alone) {
                    continue;
                }
                for (int rate : settings.cardRates()) {
                    plans.reopenAll();
                    app.settle(Duration.ofMinutes(3));
                    arrivals.take();
                    CompletableFuture<ReminderSweeper.Report> sweep = null;
                    if (withSweep) {
                        reminders.load(settings.sweepReminders());
                        sweep = reminders.sweepInBackground();
                    }
                    OpenLoop.Outcome outcome = driver.run(rate, Duration.ofSeconds(settings.seconds()), clicks, r -> true, answered);
                    app.settle(Duration.ofMinutes(3));
                    Optional<BenchReminders.Sending> sent = Optional.empty();
                    if (sweep != null) {
                        sweep.join();
                        sent = Optional.of(reminders.sending());
                    }
                    long outstanding = arrivals.outstanding();
                    CardRun run = new CardRun(withSweep, rate, outcome, arrivals.take(), outstanding, sent);
                    runs.add(run);
                    LoadBenchmark.log("Click → card%s at %d/s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d clicks without an update%s",
                            withSweep ? " during a reminder sweep" : "", rate, run.ms(50), run.ms(95), run.ms(99), outstanding,
                            sent.map(s -> String.format("; sweep sent %d reminders in %.1f s (%.0f/s)", s.sent(), s.seconds(),
                                    s.perSecond())).orElse(""));
                }
            }
        } finally {
            reopener.shutdownNow();
            plans.reopenAll();
        }
        return runs;
    }

    static SlackRequests requests(MapBot app, SlowSlack slack) {
        return new SlackRequests("http://localhost:" + app.port(), LoadBenchmark.SIGNING_SECRET, Clock.systemUTC(), slack.baseUrl());
    }
}
