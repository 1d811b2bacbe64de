package org.mapbot.bench;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Click → card, seen from Slack's side: each answered Done click waits on its card's channel, and the first
 * {@code chat.update} of that channel to reach the Slack stand-in after the answer completes it, with the time since
 * the click was due to leave. (A click whose card update raced ahead of its own answer is counted at the next update:
 * the figure errs on the slow side.)
 */
final class CardArrivals implements ServeEventListener {
    private static final Pattern CHANNEL = Pattern.compile("(?:^|&)channel=([^&]+)");

    private final Map<String, Queue<Long>> waiting = new ConcurrentHashMap<>();
    private volatile Histogram micros = fresh();

    @Override
    public String getName() {
        return "card-arrivals";
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
        if (!event.getRequest().getUrl().endsWith("/chat.update")) {
            return;
        }
        long arrived = System.nanoTime();
        Matcher channel = CHANNEL.matcher(event.getRequest().getBodyAsString());
        if (!channel.find()) {
            return;
        }
        Queue<Long> clicks = waiting.get(URLDecoder.decode(channel.group(1), StandardCharsets.UTF_8));
        Long due;
        while (clicks != null && (due = clicks.poll()) != null) {
            micros.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(arrived - due), micros.getHighestTrackableValue()));
        }
    }

    /** A click on the card in {@code channel}, due to leave at {@code dueNanos}, was answered. */
    void answered(String channel, long dueNanos) {
        waiting.computeIfAbsent(channel, c -> new ConcurrentLinkedQueue<>()).add(dueNanos);
    }

    /** Clicks answered but whose card update has not arrived (yet). */
    long outstanding() {
        return waiting.values().stream().mapToLong(Queue::size).sum();
    }

    /** The latencies recorded since the last call; starts afresh. */
    Histogram take() {
        Histogram taken = micros;
        micros = fresh();
        waiting.clear();
        return taken;
    }

    private static Histogram fresh() {
        return new SynchronizedHistogram(TimeUnit.MINUTES.toMicros(2), 3);
    }
}
