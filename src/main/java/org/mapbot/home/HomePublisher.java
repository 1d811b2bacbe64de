package org.mapbot.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.service.PlanListener;
import org.mapbot.slack.SlackUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes Home tabs with {@code views.publish}. After plan changes it refreshes the tabs of the people concerned,
 * debounced (a burst of changes gives one publish per person) and bounded (at most {@link #MAX_PENDING} people
 * wait at once; the rest see fresh numbers the next time they open the tab).
 */
public final class HomePublisher implements PlanListener {
    private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);
    static final int MAX_PENDING = 500;

    private final HomeService home;
    private final Supplier<MethodsClient> slack;
    private final ScheduledExecutorService background;
    private final Duration debounce;
    private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final org.mapbot.slack.SlackJson json = new org.mapbot.slack.SlackJson();

    public HomePublisher(HomeService home, Supplier<MethodsClient> slack, ScheduledExecutorService background, Duration debounce) {
        this.home = home;
        this.slack = slack;
        this.background = background;
        this.debounce = debounce;
    }

    /** Builds and publishes one viewer's tab; failures are logged, never thrown at Slack's request thread. */
    public void publish(String userId, String teamId, Optional<String> viewerTeamId, int offset) {
        try {
            Actor viewer = home.viewer(userId, teamId, viewerTeamId);
            String view = json.view(HomeView.render(home.homeOf(viewer, teamId, offset)));
            ViewsPublishResponse response = slack.get().viewsPublish(r -> r.userId(userId).viewAsString(view));
            if (!response.isOk()) {
                log.warn("views.publish for {} answered {}", userId, response.getError());
            }
        } catch (Exception e) {
            log.warn("Publishing the Home tab of {} failed: {}", userId, e.toString());
        }
    }

    public void publishLater(String userId, String teamId, Optional<String> viewerTeamId, int offset) {
        run(() -> publish(userId, teamId, viewerTeamId, offset));
    }

    @Override
    public void planChanged(long planId) {
        run(() -> collectAudience(planId)); // who is concerned is a query: not on the request thread
    }

    private void collectAudience(long planId) {
        var audience = home.audienceOf(planId);
        if (audience.teamId() == null) {
            return;
        }
        for (String userId : audience.userIds()) {
            if (pending.size() >= MAX_PENDING) {
                log.info("Home refresh queue full; {} will see changes when they next open the tab", userId);
                break;
            }
            pending.add(new Pending(userId, audience.teamId()));
        }
        if (flushScheduled.compareAndSet(false, true)) {
            try {
                background.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                flushScheduled.set(false);
            }
        }
    }

    private void flush() {
        flushScheduled.set(false);
        for (Pending next : Set.copyOf(pending)) {
            pending.remove(next);
            publish(next.userId(), next.teamId(), Optional.empty(), 0);
        }
    }

    private void run(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            log.info("Shutting down; Home tab not published");
        }
    }

    private record Pending(String userId, String teamId) {
    }
}
