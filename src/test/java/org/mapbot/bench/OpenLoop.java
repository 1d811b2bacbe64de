package org.mapbot.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * An open workload: requests leave at a fixed rate whether or not earlier ones have been answered, and each one's
 * latency runs from the moment it was <em>due</em> to leave, so a stalled server or a late sender shows up in the
 * percentiles instead of quietly lowering the rate (no coordinated omission).
 */
final class OpenLoop {
    /** Slack gives up on an acknowledgement after 3 seconds; so do we. */
    static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);
    private static final int KEPT_ERRORS = 5;

    private final HttpClient http;

    OpenLoop(HttpClient http) {
        this.http = http;
    }

    /** Latencies in microseconds, requests sent, and the ones that failed (non-200, unexpected answer or timeout). */
    record Outcome(Histogram micros, long sent, long errors, long timeouts, List<String> firstErrors, double achievedRate) {
    }

    /** Told of every good answer, with the moment (monotonic nanos) its request was due to leave. */
    interface Answered {
        void answered(HttpResponse<String> response, long dueNanos);
    }

    Outcome run(int perSecond, Duration duration, Supplier<HttpRequest> next, Predicate<HttpResponse<String>> expected)
            throws InterruptedException {
        return run(perSecond, duration, next, expected, (response, due) -> { });
    }

    Outcome run(int perSecond, Duration duration, Supplier<HttpRequest> next, Predicate<HttpResponse<String>> expected,
                Answered onAnswer) throws InterruptedException {
        int total = (int) (perSecond * duration.toSeconds());
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        Histogram micros = new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        List<String> firstErrors = new CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = next.get();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - due;
                micros.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(latency), micros.getHighestTrackableValue()));
                if (failure != null) {
                    errors.incrementAndGet();
                    if (failure instanceof HttpTimeoutException || failure.getCause() instanceof HttpTimeoutException) {
                        timeouts.incrementAndGet();
                    }
                    keep(firstErrors, failure.toString());
                } else if (response.statusCode() != 200 || !expected.test(response)) {
                    errors.incrementAndGet();
                    keep(firstErrors, response.statusCode() + " " + abbreviate(response.body()));
                } else {
                    onAnswer.answered(response, due);
                }
                answered.countDown();
            });
        }
        long sendingTook = System.nanoTime() - start;
        if (!answered.await(SLACK_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)) {
            keep(firstErrors, answered.getCount() + " requests never completed");
            errors.addAndGet(answered.getCount());
        }
        double achieved = total / (sendingTook / 1e9);
        return new Outcome(micros, total, errors.get(), timeouts.get(), List.copyOf(firstErrors), achieved);
    }

    private static void keep(List<String> errors, String error) {
        if (errors.size() < KEPT_ERRORS) {
            errors.add(error);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
