package org.mapbot.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.sandbox.limits.Refusal;

/** What the page's right-hand column lists: the bot's Slack API calls and the signed requests sent to the app. */
public final class CallRecord {
    private static final int MAX_LOG = 500;

    private final Clock clock;
    private final List<ApiCall> apiCalls = new ArrayList<>();
    private final List<AppRequest> appRequests = new ArrayList<>();
    private long sequence;
    private long version;

    CallRecord(Clock clock) {
        this.clock = clock;
    }

    synchronized void clear() {
        apiCalls.clear();
        appRequests.clear();
        version++;
    }

    /** Grows on every entry. */
    synchronized long version() {
        return version;
    }

    public synchronized ApiCall recordApiCall(String method, String summary, boolean ok, String error) {
        return record(new ApiCall(++sequence, clock.instant(), method, summary, ok, error, null));
    }

    /** A call Slack refused for breaking its documented limits: unexpected, with Slack's detail and the limits' pages. */
    public synchronized ApiCall recordRefusal(String call, String summary, Refusal refusal) {
        return record(new ApiCall(++sequence, clock.instant(), call, summary, false, refusal.summary(), refusal.describe()));
    }

    private ApiCall record(ApiCall call) {
        append(apiCalls, call);
        notifyAll(); // wakes awaitNextApiCall
        return call;
    }

    /**
     * Blocks until the bot makes its next Slack call, or {@code maxWait} passes: for code that waits on what the bot
     * does after acknowledging (post the card, open a modal) and then looks at the state again.
     */
    public synchronized void awaitNextApiCall(Duration maxWait) throws InterruptedException {
        wait(Math.max(1, maxWait.toMillis()));
    }

    public synchronized List<ApiCall> apiCalls() {
        return List.copyOf(apiCalls);
    }

    public synchronized AppRequest recordAppRequest(String kind, String summary, int status) {
        AppRequest request = new AppRequest(++sequence, clock.instant(), kind, summary, status);
        append(appRequests, request);
        return request;
    }

    public synchronized List<AppRequest> appRequests() {
        return List.copyOf(appRequests);
    }

    private <T> void append(List<T> log, T entry) {
        log.add(entry);
        if (log.size() > MAX_LOG) {
            log.remove(0);
        }
        version++;
    }
}
