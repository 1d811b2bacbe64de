package org.mapbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's results as a markdown page: the machine, the latency table, the goal, start-up, memory and SQL. */
final class ResultsReport {
    static final int GOAL_RATE = 400;
    static final double GOAL_P99_MS = 50;
    static final int RATIO_RATE = 200;
    static final double GOAL_P50_RATIO = 2;
    static final double GOAL_CARD_P95_MS = 300;

    private ResultsReport() {
    }

    static String markdown(LoadBenchmark.Settings settings, List<LoadBenchmark.Run> runs, List<CardRuns.CardRun> cardRuns,
                           StartupTime.Starts starts,
                           LoadBenchmark.Memory memory, String loadAtStart, String loadAtEnd, Instant began) {
        StringBuilder md = new StringBuilder("# MAP Bot load benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Run %s. Machine: %d cores, %d GiB memory, %s %s (%s), %s %s. "
                        + "Load average at start: %s; at end: %s.%n%n",
                began, Runtime.getRuntime().availableProcessors(), memTotalGiB(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), loadAtStart, loadAtEnd));
        md.append(String.format(Locale.ROOT, "%d plans × %d steps in the embedded PostgreSQL; Slack's Web API stood in by "
                        + "WireMock answering after %d ms; open workload at a fixed rate, %d s per run after a %d s warm-up; "
                        + "latency from each request's scheduled send time to its answer (no coordinated omission), "
                        + "requests signed as Slack signs them, 3 s timeout (Slack's). Driver, WireMock and the app share one JVM.%n%n",
                settings.plans(), settings.stepsPerPlan(), settings.slackDelayMs(), settings.seconds(), settings.warmupSeconds()));
        md.append("| Scenario | req/s | sent | errors | p50 ms | p95 ms | p99 ms | max ms | p50 × base | p95 × base | p99 × base | SQL / request |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadBenchmark.Run run : runs) {
            Optional<LoadBenchmark.Run> base = baseline(runs, run.rate());
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n",
                    run.scenario().label(), run.rate(), run.outcome().sent(), run.errors(),
                    LoadBenchmark.ms(run.outcome(), 50), LoadBenchmark.ms(run.outcome(), 95), LoadBenchmark.ms(run.outcome(), 99),
                    run.outcome().micros().getMaxValue() / 1000.0,
                    ratio(run, base, 50), ratio(run, base, 95), ratio(run, base, 99),
                    run.scenario().name().equals("baseline") ? "–" : String.format(Locale.ROOT, "%.1f", run.statementsPerRequest())));
        }
        md.append("\nErrors are non-200 answers, unexpected answers, timeouts (> 3 s) and changes not found in the database "
                + "after the run. SQL / request counts every statement the run caused, including the card updates and Home tab "
                + "refreshes it set off, divided by the requests sent.\n\n");
        md.append(goal(runs));
        md.append(cards(cardRuns));
        md.append(String.format(Locale.ROOT, "%n## Start-up%n%nLaunch of the app's own process to `/health` = 200, embedded "
                + "PostgreSQL: **%.1f s with a warm data directory** (%.1f s on first start, which creates it).%n",
                starts.warm().toMillis() / 1000.0, starts.cold().toMillis() / 1000.0));
        md.append(String.format(Locale.ROOT, "%n## Memory after the load%n%nJVM heap used %d MB (%d MB after a full GC; %d MB committed), "
                        + "JVM resident set (VmRSS) %d MB — this JVM also hosts the load driver and WireMock. "
                        + "Embedded PostgreSQL processes: %d MB proportional set size (PSS).%n",
                memory.heapUsedMb(), memory.heapUsedAfterGcMb(), memory.heapCommittedMb(), memory.jvmRssMb(), memory.postgresPssMb()));
        return md.toString();
    }

    private static String goal(List<LoadBenchmark.Run> runs) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "## Goals%n%n"
                + "At %d req/s p99 under %.0f ms with zero errors; at %d req/s p50 at most %.0f× the baseline's p50.%n%n",
                GOAL_RATE, GOAL_P99_MS, RATIO_RATE, GOAL_P50_RATIO));
        Optional<LoadBenchmark.Run> base = baseline(runs, RATIO_RATE);
        runs.stream().filter(r -> r.rate() == GOAL_RATE && !r.scenario().name().equals("baseline")).forEach(run -> {
            double p99 = LoadBenchmark.ms(run.outcome(), 99);
            boolean met = p99 < GOAL_P99_MS && run.errors() == 0;
            md.append(String.format(Locale.ROOT, "- %s at %d req/s: **%s** (p99 %.1f ms, %d errors)%n",
                    run.scenario().label(), GOAL_RATE, met ? "met" : "missed", p99, run.errors()));
        });
        runs.stream().filter(r -> r.rate() == RATIO_RATE && !r.scenario().name().equals("baseline")).forEach(run -> {
            double p50 = LoadBenchmark.ms(run.outcome(), 50);
            double p50Ratio = base.map(b -> p50 / Math.max(0.001, LoadBenchmark.ms(b.outcome(), 50))).orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "- %s at %d req/s: **%s** (p50 %.1f ms, %.2f× baseline)%n",
                    run.scenario().label(), RATIO_RATE, p50Ratio <= GOAL_P50_RATIO ? "met" : "missed", p50, p50Ratio));
        });
        if (runs.stream().noneMatch(r -> r.rate() == GOAL_RATE)) {
            md.append("- not measured: no run at ").append(GOAL_RATE).append(" req/s\n");
        }
        return md.toString();
    }

    private static String cards(List<CardRuns.CardRun> cardRuns) {
        if (cardRuns.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%n## Click → card%n%n"
                + "From each Done click's scheduled send to the first `chat.update` of its card reaching the Slack stand-in "
                + "after the click was answered. Goal: p95 under %.0f ms, alone and while a reminder sweep is sending.%n%n"
                + "| Beside | clicks/s | clicks | errors | p50 ms | p95 ms | p99 ms | max ms | no update seen | goal | reminders sent |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|%n", GOAL_CARD_P95_MS));
        for (CardRuns.CardRun run : cardRuns) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %s | %s |%n",
                    run.withSweep() ? "reminder sweep" : "nothing", run.rate(), run.clicks().sent(), run.clicks().errors(),
                    run.ms(50), run.ms(95), run.ms(99), run.micros().getMaxValue() / 1000.0, run.outstanding(),
                    run.ms(95) < GOAL_CARD_P95_MS && run.clicks().errors() == 0 ? "**met**" : "**missed**",
                    run.sweep().map(s -> String.format(Locale.ROOT, "%d in %.1f s (%.0f/s)", s.sent(), s.seconds(), s.perSecond()))
                            .orElse("–")));
        }
        return md.toString();
    }

    private static Optional<LoadBenchmark.Run> baseline(List<LoadBenchmark.Run> runs, int rate) {
        return runs.stream().filter(r -> r.scenario().name().equals("baseline") && r.rate() == rate).findFirst();
    }

    private static String ratio(LoadBenchmark.Run run, Optional<LoadBenchmark.Run> base, double percentile) {
        if (base.isEmpty() || run.scenario().name().equals("baseline")) {
            return "–";
        }
        double b = LoadBenchmark.ms(base.get().outcome(), percentile);
        return String.format(Locale.ROOT, "%.2f", LoadBenchmark.ms(run.outcome(), percentile) / Math.max(0.001, b));
    }

    private static long memTotalGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
