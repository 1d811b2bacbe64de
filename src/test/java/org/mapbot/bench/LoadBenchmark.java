package org.mapbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mapbot.app.Config;
import org.mapbot.app.MapBot;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.StatementCounter;

/**
 * How fast MAP Bot acknowledges Slack under load, side by side with a Bolt app that only acknowledges.
 *
 * <p>Starts MAP Bot as production does (embedded PostgreSQL in a fresh data directory, Slack's Web API stood in by
 * WireMock answering after a delay), loads plans, and drives each scenario with an open workload of signed requests
 * at each rate. Writes {@code results.md} and one {@code .hgrm} percentile distribution per run to {@code bench.out}.
 * Run it with {@code mvn -B -Pbench test}; system properties {@code bench.*} shorten or reshape the run.
 */
public final class LoadBenchmark {
    static final String SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";
    static final String BOT_TOKEN = "xoxb-bench-token";

    private LoadBenchmark() {
    }

    record Settings(int seconds, int warmupSeconds, List<Integer> rates, int slackDelayMs, List<String> scenarios,
                    int plans, int stepsPerPlan, Path out, List<Integer> cardRates, int sweepReminders) {
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("bench.seconds", 60), Integer.getInteger("bench.warmup", 15),
                    rates("bench.rates", "50,200,400"),
                    Integer.getInteger("bench.slackDelayMs", 50),
                    Arrays.stream(System.getProperty("bench.scenarios", "baseline,list,done,add,card,card-sweep").split(",")).map(String::strip).toList(),
                    Integer.getInteger("bench.plans", 200), Integer.getInteger("bench.steps", 30),
                    Path.of(System.getProperty("bench.out", "target/bench")), rates("bench.cardRates", "50,200"),
                    Integer.getInteger("bench.sweepReminders", 10_000));
        }

        private static List<Integer> rates(String property, String otherwise) {
            return Arrays.stream(System.getProperty(property, otherwise).split(",")).map(String::strip).map(Integer::valueOf).toList();
        }
    }

    /** One kind of request: where it goes, how the next one is made, what a good answer looks like, and its housekeeping. */
    record Scenario(String name, String label, SlackRequests target, Supplier<Map<String, String>> nextForm,
                    Predicate<HttpResponse<String>> expected, Runnable before, Runnable reset, Runnable after,
                    Supplier<Long> saved) {
    }

    record Run(Scenario scenario, int rate, OpenLoop.Outcome outcome, long notSaved, double statementsPerRequest) {
        long errors() {
            return outcome.errors() + notSaved;
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.out());
        Instant began = Instant.now();
        String loadAtStart = loadAverage();
        log("Load benchmark: %s", settings);
        List<Run> runs = new ArrayList<>();
        StartupTime.Starts starts;
        Memory memory;
        Map<String, Double> statementsPerInteraction = new HashMap<>();
        List<CardRuns.CardRun> cardRuns;
        CardArrivals arrivals = new CardArrivals();
        try (SlowSlack slack = new SlowSlack(settings.slackDelayMs(), arrivals)) {
            log("Timing start-up (launch → /health = 200), cold then warm data directory");
            starts = StartupTime.measure(slack.apiUrl());
            log("Start-up: cold %d ms, warm %d ms", starts.cold().toMillis(), starts.warm().toMillis());

            Path dataDir = Files.createTempDirectory("mapbot-bench");
            StatementCounter statements = new StatementCounter();
            Map<String, String> env = new HashMap<>();
            env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
            env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("MAP_DATA_DIR", dataDir.toString());
            env.put("PORT", "0");
            try (MapBot app = MapBot.start(Config.fromEnv(env), Clock.systemUTC(), statements);
                 AckOnlyServer ackOnly = new AckOnlyServer(slack.apiUrl(), BOT_TOKEN, SIGNING_SECRET)) {
                log("Loading %d plans of %d steps", settings.plans(), settings.stepsPerPlan());
                BenchPlans plans = BenchPlans.load(app, settings.plans(), settings.stepsPerPlan());
                log("Loaded %d plans, %d steps", plans.plans(), plans.steps());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2)).build();
                OpenLoop driver = new OpenLoop(http);
                for (Scenario scenario : scenarios(settings, app, ackOnly, slack, plans)) {
                    log("Scenario %s: warm-up %d s", scenario.name(), settings.warmupSeconds());
                    scenario.before().run();
                    scenario.reset().run();
                    if (settings.warmupSeconds() > 0) {
                        driver.run(Math.min(100, settings.rates().get(settings.rates().size() - 1)),
                                Duration.ofSeconds(settings.warmupSeconds()), request(scenario), scenario.expected());
                    }
                    settle(app);
                    for (int rate : settings.rates()) {
                        scenario.reset().run();
                        settle(app);
                        long savedBefore = scenario.saved().get();
                        statements.reset();
                        OpenLoop.Outcome outcome = driver.run(rate, Duration.ofSeconds(settings.seconds()), request(scenario),
                                scenario.expected());
                        settle(app);
                        double perRequest = statements.count() / (double) outcome.sent();
                        long saved = scenario.saved().get() - savedBefore;
                        long notSaved = savedBefore < 0 ? 0 : Math.max(0, outcome.sent() - outcome.errors() - saved);
                        Run run = new Run(scenario, rate, outcome, notSaved, perRequest);
                        runs.add(run);
                        statementsPerInteraction.putIfAbsent(scenario.name(), perRequest);
                        writeHistogram(settings.out(), run);
                        log("%s at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d, %.1f statements/request%s",
                                scenario.name(), rate, ms(outcome, 50), ms(outcome, 99), outcome.micros().getMaxValue() / 1000.0,
                                run.errors(), perRequest, outcome.firstErrors().isEmpty() ? "" : " " + outcome.firstErrors());
                    }
                    scenario.after().run();
                    settle(app);
                }
                cardRuns = CardRuns.run(settings, app, plans, arrivals, driver, CardRuns.requests(app, slack));
                memory = Memory.now(dataDir);
            } finally {
                deleteTree(dataDir);
            }
        }
        String table = ResultsReport.markdown(settings, runs, cardRuns, starts, memory, loadAtStart, loadAverage(), began);
        Files.writeString(settings.out().resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
        log("Results in %s", settings.out().toAbsolutePath());
        System.exit(0);
    }

    private static List<Scenario> scenarios(Settings settings, MapBot app, AckOnlyServer ackOnly, SlowSlack slack, BenchPlans plans) {
        SlackRequests toApp = new SlackRequests("http://localhost:" + app.port(), SIGNING_SECRET, Clock.systemUTC(), slack.baseUrl());
        SlackRequests toAckOnly = new SlackRequests("http://localhost:" + ackOnly.port(), SIGNING_SECRET, Clock.systemUTC(), slack.baseUrl());
        ScheduledExecutorService reopener = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-reopener");
            t.setDaemon(true);
            return t;
        });
        Runnable nothing = () -> { };
        Supplier<Long> unchecked = () -> -1L;
        String add = "add Security review <@" + Slackers.CUSTOMER_USER + "|cleo> by 2027-01-15";
        int steps = settings.stepsPerPlan();
        List<Scenario> all = List.of(
                new Scenario("baseline", "Bolt app that only acks (same server and adapter)", toAckOnly,
                        () -> toAckOnly.commandForm(Slackers.SELLER_USER, Slackers.SELLER_TEAM, plans.nextChannel(), "list"),
                        r -> true, nothing, nothing, nothing, unchecked),
                new Scenario("list", "`/map list` on a " + steps + "-step plan", toApp,
                        () -> toApp.commandForm(Slackers.SELLER_USER, Slackers.SELLER_TEAM, plans.nextChannel(), "list"),
                        r -> r.body().contains("Bench step " + steps), nothing, nothing, nothing, unchecked),
                new Scenario("done", "Done click on the card (saves, history, card update)", toApp,
                        () -> {
                            BenchPlans.Click click = plans.nextClick();
                            return toApp.blockActionForm(Slackers.SELLER_USER, Slackers.SELLER_TEAM, click.channelId(),
                                    click.cardTs(), CardIds.DONE, Long.toString(click.stepId()));
                        },
                        r -> true,
                        () -> reopener.scheduleWithFixedDelay(plans::reopenSettled, 1, 1, TimeUnit.SECONDS),
                        plans::reopenAll,
                        () -> {
                            reopener.shutdownNow();
                            plans.reopenAll();
                        },
                        () -> plans.count("select count(*) from plan_event where kind = 'status' and new_value = 'done'")),
                new Scenario("add", "`/map add` with an owner and a date", toApp,
                        () -> toApp.commandForm(Slackers.SELLER_USER, Slackers.SELLER_TEAM, plans.nextChannel(), add),
                        r -> r.body().contains("Added step"), nothing, plans::removeAddedSteps, plans::removeAddedSteps,
                        () -> plans.count("select count(*) from step where title = 'Security review'")));
        return all.stream().filter(s -> settings.scenarios().contains(s.name())).toList();
    }

    private static Supplier<HttpRequest> request(Scenario scenario) {
        return () -> scenario.target().signedForm(scenario.nextForm().get(), OpenLoop.SLACK_TIMEOUT);
    }

    /** Lets card updates and Home refreshes that a run set off finish, so they do not spill into the next run. */
    private static void settle(MapBot app) throws InterruptedException {
        app.settle(Duration.ofMinutes(3));
    }

    static double ms(OpenLoop.Outcome outcome, double percentile) {
        return outcome.micros().getValueAtPercentile(percentile) / 1000.0;
    }

    private static void writeHistogram(Path out, Run run) throws IOException {
        Path file = out.resolve(run.scenario().name() + "-" + run.rate() + "rps.hgrm");
        try (PrintStream print = new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8)) {
            run.outcome().micros().outputPercentileDistribution(print, 1000.0);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log("Could not delete %s: %s", root, e.getMessage());
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }

    /** Memory after the load: the JVM (app, driver and WireMock share it) and the embedded PostgreSQL's processes. */
    record Memory(long heapUsedMb, long heapUsedAfterGcMb, long heapCommittedMb, long jvmRssMb, long postgresPssMb) {
        static Memory now(Path dataDir) {
            var heap = ManagementFactory.getMemoryMXBean();
            long used = heap.getHeapMemoryUsage().getUsed() >> 20;
            System.gc();
            long afterGc = heap.getHeapMemoryUsage().getUsed() >> 20;
            long committed = heap.getHeapMemoryUsage().getCommitted() >> 20;
            long rss = kb(Path.of("/proc/self/status"), "VmRSS:") >> 10;
            long postgres = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                    .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .distinct()
                    .mapToLong(p -> kb(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:"))
                    .sum() >> 10;
            return new Memory(used, afterGc, committed, rss, postgres);
        }

        private static long kb(Path file, String field) {
            try {
                return Files.readAllLines(file).stream().filter(l -> l.startsWith(field)).findFirst()
                        .map(l -> Long.parseLong(l.substring(field.length()).replace("kB", "").strip())).orElse(0L);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
