package org.mapbot.reminder.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.mapbot.db.Database;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.TemplateRepository;
import org.mapbot.db.DatabaseOwnership;
import org.mapbot.db.RunKind;
import org.mapbot.reminder.ReminderSweeper;
import org.mapbot.reminder.ReminderSending;
import org.mapbot.plan.service.TemplateService;
import org.mapbot.sandbox.SandboxCast;
import org.mapbot.slack.SlackClients;
import org.mapbot.time.AdjustableClock;

/**
 * Loads 5,000 plans with 100,000 steps and 400,000 reminder rows (10,000 of them due) into an embedded PostgreSQL,
 * then measures the sweep's selection, sending against a Slack stand-in that answers in 50 ms, and heap used.
 * Writes target/bench/reminders.md. Not a test: run it with the command in the README.
 */
public final class ReminderSweepBenchmark {
    static final int PLANS = 5_000;
    static final int STEPS_PER_PLAN = 20;
    static final int DUE_PER_PLAN = 2;
    static final int DUE = PLANS * DUE_PER_PLAN;
    static final int SENDERS = ReminderSending.SENDER_THREADS;

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Throwable e) {
            org.slf4j.LoggerFactory.getLogger(ReminderSweepBenchmark.class).error("The benchmark failed", e);
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Instant now = Instant.parse("2026-12-09T08:00:00Z");
        AdjustableClock clock = new AdjustableClock(now, ZoneOffset.UTC);
        WireMockServer slack = new WireMockServer(options().dynamicPort().containerThreads(200)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(50).disableRequestJournal());
        slack.start();
        slack.stubFor(post(urlMatching("/api/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        // As Slack does, auth.test names the team: the SDK then resolves the token's team once, not before every call.
        slack.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"team_id\":\"" + SandboxCast.SELLER.teamId() + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}")));
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(200).withFixedDelay(50)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.2\"}")));
        Path dir = Files.createTempDirectory("mapbot-bench");
        String loadAtStart = loadAverage();
        StringBuilder out = new StringBuilder("# Reminder sweep benchmark\n\n");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             Database database = Database.open(Optional.of(postgres.getJdbcUrl("postgres", "postgres")), dir,
                     new DatabaseOwnership(RunKind.SLACK, SandboxCast.SELLER.teamId()))) {
            DSLContext dsl = database.dsl();
            long t0 = System.nanoTime();
            load(dsl, now);
            double loadSeconds = seconds(t0);
            out.append(String.format("- loaded %,d plans, %,d steps, %,d reminder rows (%,d due) in %.1f s%n",
                    PLANS, PLANS * STEPS_PER_PLAN, PLANS * STEPS_PER_PLAN * 4, DUE, loadSeconds));

            // The selection one sweep makes, over all 10,000 due rows at once (rolled back).
            long t1 = System.nanoTime();
            int selected = dsl.transactionResult(c -> c.dsl().fetch(
                    "select id from reminder where state = 'pending' and next_attempt_at <= ?::timestamptz "
                            + "and (lease_until is null or lease_until < ?::timestamptz) order by next_attempt_at, id limit ?::int for update skip locked",
                    now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), DUE).size());
            double selectMs = seconds(t1) * 1000;
            out.append(String.format("- selection of the due rows (`FOR UPDATE SKIP LOCKED`, %,d rows): %.0f ms%n", selected, selectMs));

            StepRepository steps = new StepRepository(dsl);
            PlanService plans = new PlanService(dsl, new PlanRepository(dsl), steps, new HistoryRepository(dsl),
                    new org.mapbot.plan.storage.CommitmentRepository(dsl),
                    new TemplateService(new TemplateRepository(dsl), steps, clock), planId -> { }, clock);
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            ReminderSweeper sweeper = ReminderSending.sweeper(dsl, new SlackClients(slack.baseUrl() + "/api/", "xoxb-bench"), plans,
                    pool, clock, ReminderSweeper.PER_CHANNEL_GAP);
            long t2 = System.nanoTime();
            int sent = 0;
            int sweeps = 0;
            while (sent < DUE && sweeps < 10) {
                ReminderSweeper.Report report = sweeper.sweep();
                sent += report.sent();
                sweeps++;
                if (report.claimed() == 0) {
                    break;
                }
            }
            double sendSeconds = seconds(t2);
            pool.shutdown();
            out.append(String.format("- sent %,d reminders in %.1f s over %d sweep(s) to %,d channels with %d sender threads: %.0f reminders/second "
                    + "(Slack stand-in answers chat.postMessage in 50 ms; at most one message a second per channel)%n",
                    sent, sendSeconds, sweeps, PLANS, SENDERS, sent / sendSeconds));
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.append(String.format("- heap used after the run: %d MB (sum of heap pools' peaks: %d MB, max heap %d MB)%n",
                    heap.getUsed() >> 20, peak >> 20, heap.getMax() >> 20));
            out.append(String.format("- machine: %d processors, Java %s; load average at start: %s; at end: %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAtStart, loadAverage()));
        } finally {
            slack.stop();
        }
        Path report = Path.of(System.getProperty("bench.out", "target/bench"), "reminders.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println(out);
    }

    private static void load(DSLContext dsl, Instant now) {
        var at = now.minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC);
        dsl.execute("insert into plan (team_id, channel_id, title, owner_user_id, start_date, time_zone, created_at, updated_at) "
                + "select 'T0SELLER', 'C' || g, 'Deal ' || g, 'US' || (g % 500), date '2026-11-02', 'Europe/Berlin', ?::timestamptz, ?::timestamptz "
                + "from generate_series(1, ?::int) g", at, at, PLANS);
        dsl.execute("insert into step (plan_id, position, title, side, owner_user_id, owner_team_id, due_date, created_at, "
                + "created_by, updated_at, updated_by) "
                + "select p.id, s, 'Step ' || s, 'customer', case when s <= 2 then 'UC' || p.id else 'UC' || (p.id * 100 + s) end, "
                + "'T0CUSTOMER', date '2026-12-11' + (s * 3), "
                + "?::timestamptz, 'US1', ?::timestamptz, 'US1' from plan p cross join generate_series(1, ?::int) s", at, at, STEPS_PER_PLAN);
        // Four reminders per step; "due soon" of each plan's first two steps (one owner: 5,000 DMs, two each) is due now.
        dsl.execute("insert into reminder (plan_id, step_id, kind, recipient, for_date, dedupe_key, time_zone, due_at, "
                + "next_attempt_at, created_at) "
                + "select st.plan_id, st.id, k.kind, st.owner_user_id, st.due_date, "
                + "'step:' || st.id || ':' || k.kind || ':' || st.owner_user_id || ':' || st.due_date, 'Europe/Berlin', "
                + "case when k.kind = 'due_soon' and st.position <= ?::int then ?::timestamptz else ?::timestamptz + (st.id || ' minutes')::interval end, "
                + "case when k.kind = 'due_soon' and st.position <= ?::int then ?::timestamptz else ?::timestamptz + (st.id || ' minutes')::interval end, "
                + "?::timestamptz from step st cross join (values ('due_soon'), ('due_today'), ('overdue'), ('status_check')) k(kind)",
                DUE_PER_PLAN, now.atOffset(ZoneOffset.UTC), now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
                DUE_PER_PLAN, now.atOffset(ZoneOffset.UTC), now.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC), at);
        dsl.execute("analyze");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
