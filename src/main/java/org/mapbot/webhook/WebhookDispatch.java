package org.mapbot.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mapbot.install.TokenCipher;
import org.mapbot.plan.domain.PlanEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the outbox has due, at least once: each attempt is logged; a failure is retried after 30 s, doubling up to
 * an hour, for 24 hours, then the delivery is dead. An endpoint that has failed for 24 hours without a success, let
 * {@link #DEAD_IN_A_ROW} deliveries die, or answered 410 Gone is switched off, and the admin who added it is told.
 */
public final class WebhookDispatch {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatch.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    static final int DEAD_IN_A_ROW = 3;
    /** Longer than a batch takes at 10 s an attempt, so a sender that is still busy never loses its claim. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 20;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookPayloads payloads;
    private final WebhookHttp http;
    private final WebhookUrls urls;
    private final Optional<TokenCipher> cipher;
    private final WebhookAlerts alerts;
    private final Clock clock;

    public WebhookDispatch(WebhookDeliveries deliveries, WebhookEndpointRepository endpoints, WebhookPayloads payloads,
                           WebhookHttp http, WebhookUrls urls, Optional<TokenCipher> cipher, WebhookAlerts alerts, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.payloads = payloads;
        this.http = http;
        this.urls = urls;
        this.cipher = cipher;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Sends the due deliveries of one plan (after its change), or of every plan (the clustered job); how many it tried. */
    public int sendDue(Optional<Long> planId) {
        int tried = 0;
        List<WebhookDeliveries.Claimed> claimed;
        do {
            claimed = deliveries.claimDue(clock.instant(), planId, LEASE, BATCH);
            claimed.forEach(this::attempt);
            tried += claimed.size();
        } while (claimed.size() == BATCH);
        return tried;
    }

    /** {@code /map webhooks test}: one {@code webhook.test} event, now, through the same signed path. */
    public WebhookHttp.Outcome test(WebhookEndpoint endpoint, String eventId, String requestedBy) {
        Instant now = clock.instant();
        WebhookHttp.Outcome outcome = send(endpoint, eventId, WebhookPayloads.test(eventId, now, endpoint, requestedBy));
        deliveries.log(endpoint.id(), null, eventId, 1, outcome, now);
        return outcome;
    }

    private void attempt(WebhookDeliveries.Claimed claimed) {
        Instant now = clock.instant();
        int attempt = claimed.attempts() + 1;
        String eventId = WebhookPayloads.eventId(claimed.planEventId());
        String body = claimed.payload();
        if (body == null) {
            Optional<String> built = deliveries.event(claimed.planEventId()).flatMap(payloads::of);
            if (built.isEmpty()) {
                deliveries.dead(claimed.id(), claimed.attempts(), now); // its plan was deleted: nothing left to tell
                return;
            }
            body = built.get();
            deliveries.freeze(claimed.id(), body);
        }
        WebhookEndpoint endpoint = claimed.endpoint();
        WebhookHttp.Outcome outcome = send(endpoint, eventId, body);
        deliveries.log(endpoint.id(), claimed.id(), eventId, attempt, outcome, now);
        if (outcome.delivered()) {
            deliveries.sent(claimed.id(), attempt, now);
            endpoints.succeeded(endpoint.id(), now);
            return;
        }
        boolean dies = outcome.gone() || !now.isBefore(claimed.createdAt().plus(GIVE_UP_AFTER));
        if (dies) {
            deliveries.dead(claimed.id(), attempt, now);
        } else {
            deliveries.retry(claimed.id(), attempt, now.plus(backoff(attempt)));
        }
        WebhookEndpointRepository.Failing failing = endpoints.failed(endpoint.id(), now, outcome.describe(), dies);
        log.warn("Webhook {} to endpoint {} failed (attempt {}): {}", eventId, endpoint.id(), attempt, outcome.describe());
        Optional<String> why = outcome.gone() ? Optional.of("it answered 410 Gone")
                : !now.isBefore(failing.since().plus(GIVE_UP_AFTER)) ? Optional.of("it has failed for 24 hours (latest: "
                + outcome.describe() + ")")
                : failing.deadInARow() >= DEAD_IN_A_ROW ? Optional.of(failing.deadInARow() + " events in a row could not be delivered")
                : Optional.empty();
        why.ifPresent(reason -> {
            if (endpoints.disable(endpoint.id(), now, reason)) {
                alerts.switchedOff(endpoint, reason);
            }
        });
    }

    private WebhookHttp.Outcome send(WebhookEndpoint endpoint, String eventId, String body) {
        Optional<String> blocked = urls.unreachable(endpoint.url());
        if (blocked.isPresent()) {
            return WebhookHttp.Outcome.refused(blocked.get());
        }
        String secret;
        try {
            secret = cipher.orElseThrow(() -> new IllegalStateException("MAP_ENCRYPTION_KEY is not set"))
                    .open(endpoint.secret().bytes(), endpoint.secret().keyId(), WebhookEndpoint.secretBinding(endpoint.id()));
        } catch (IllegalStateException e) {
            return WebhookHttp.Outcome.refused("the secret cannot be opened: " + e.getMessage());
        }
        return http.post(endpoint.url(), eventId, clock.instant().getEpochSecond(), body, secret);
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
