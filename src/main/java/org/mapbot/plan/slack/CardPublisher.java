package org.mapbot.plan.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.PlanListener;

/**
 * Keeps each plan's card in its channel up to date, off the request thread. Changes that arrive while an update is
 * queued are folded into it; Slack failures are retried and never undo the saved change.
 */
public final class CardPublisher implements PlanListener {
    private static final Logger log = LoggerFactory.getLogger(CardPublisher.class);
    private static final int MAX_ATTEMPTS = 4;

    private final PlanService plans;
    private final SlackClients slack;
    private final SharedChannels channels;
    private final ScheduledExecutorService executor;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();
    private final org.mapbot.slack.SlackJson json = new org.mapbot.slack.SlackJson();

    public CardPublisher(PlanService plans, SlackClients slack, SharedChannels channels, ScheduledExecutorService executor) {
        this.plans = plans;
        this.slack = slack;
        this.channels = channels;
        this.executor = executor;
    }

    @Override
    public void planChanged(long planId) {
        if (queued.add(planId)) {
            executor.execute(() -> publish(planId, 1));
        }
    }

    /** Posts the card anew at the bottom of the channel and retires the old one (`/map card`). */
    public void repost(long planId) {
        executor.execute(() -> {
            synchronized (lock(planId)) {
                plans.plan(planId).ifPresent(plan -> {
                    if (plan.cardTs() != null) {
                        try {
                            slack.bot().chatDelete(r -> r.channel(plan.channelId()).ts(plan.cardTs()));
                        } catch (IOException | SlackApiException e) {
                            log.warn("Could not delete the old card of plan {}: {}", planId, e.getMessage());
                        }
                        plans.forgetCard(planId);
                    }
                });
            }
            publish(planId, 1);
        });
    }

    private void publish(long planId, int attempt) {
        queued.remove(planId);
        synchronized (lock(planId)) {
            try {
                PlanView view = plans.view(planId).orElse(null);
                if (view == null) {
                    return;
                }
                Plan plan = view.plan();
                boolean shared = channels.isExternallyShared(plan.channelId());
                String blocks = json.blocks(CardView.blocks(view, shared));
                String text = CardView.fallbackText(view, shared);
                if (plan.cardTs() != null) {
                    ChatUpdateResponse updated = slack.bot().chatUpdate(r -> r.channel(plan.channelId()).ts(plan.cardTs())
                            .text(text).blocksAsString(blocks));
                    if (updated.isOk()) {
                        return;
                    }
                    if (!"message_not_found".equals(updated.getError())) {
                        throw new CardNotPublished(updated.getError());
                    }
                    // Someone deleted the card: post a new one.
                }
                ChatPostMessageResponse posted = slack.bot().chatPostMessage(r -> r.channel(plan.channelId()).text(text).blocksAsString(blocks));
                if (!posted.isOk()) {
                    throw new CardNotPublished(posted.getError());
                }
                plans.rememberCard(planId, posted.getTs());
            } catch (SlackApiException e) {
                retry(planId, attempt, e.getMessage(), retryAfterSeconds(e));
            } catch (IOException | CardNotPublished e) {
                retry(planId, attempt, e.getMessage(), 0);
            } catch (RuntimeException e) {
                log.error("Updating the card of plan {} failed", planId, e);
            }
        }
    }

    private void retry(long planId, int attempt, String error, long retryAfterSeconds) {
        if (attempt >= MAX_ATTEMPTS) {
            log.error("Gave up updating the card of plan {} after {} attempts: {}", planId, attempt, error);
            return;
        }
        long delay = Math.max(retryAfterSeconds * 1000, 500L * (1L << attempt));
        log.warn("Updating the card of plan {} failed ({}); retrying in {} ms", planId, error, delay);
        executor.schedule(() -> publish(planId, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    private static long retryAfterSeconds(SlackApiException e) {
        if (e.getResponse() == null) {
            return 0;
        }
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException ignored) {
            return 0;
        }
    }

    private Object lock(long planId) {
        return locks.computeIfAbsent(planId, id -> new Object());
    }

    private static final class CardNotPublished extends Exception {
        CardNotPublished(String error) {
            super("Slack answered " + error);
        }
    }
}
