package org.mapbot.webhook;

import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.WEBHOOK_ATTEMPT;
import static org.mapbot.db.generated.Tables.WEBHOOK_DELIVERY;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;
import static org.mapbot.webhook.WebhookEndpointRepository.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.storage.HistoryRepository;

/** The outbox's rows: what is due to which endpoint, the frozen body, the outcome; and the log of every attempt. */
public final class WebhookDeliveries {
    static final String PENDING = "pending";
    static final String SENT = "sent";
    static final String DEAD = "dead";
    static final String STOPPED = "stopped";

    private final DSLContext dsl;

    public WebhookDeliveries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A delivery claimed for sending, with its endpoint. */
    public record Claimed(long id, long planEventId, long planId, int attempts, Instant createdAt, String payload,
                          WebhookEndpoint endpoint) {
    }

    /**
     * Claims due deliveries (of one plan, or all) to enabled endpoints. The claim is a lease, as for the pipeline's
     * publications: two senders at once never take the same delivery, and one whose sender died comes back.
     */
    public List<Claimed> claimDue(Instant now, Optional<Long> planId, Duration lease, int limit) {
        return dsl.transactionResult(c -> {
            Condition due = WEBHOOK_DELIVERY.STATE.eq(PENDING).and(WEBHOOK_DELIVERY.DUE_AT.le(at(now)))
                    .and(planId.map(WEBHOOK_DELIVERY.PLAN_ID::eq).orElse(org.jooq.impl.DSL.noCondition()));
            List<Claimed> claimed = c.dsl().select(WEBHOOK_DELIVERY.fields()).select(WEBHOOK_ENDPOINT.fields())
                    .from(WEBHOOK_DELIVERY).join(WEBHOOK_ENDPOINT).on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID))
                    .where(due).and(WEBHOOK_ENDPOINT.ENABLED)
                    .orderBy(WEBHOOK_DELIVERY.ID).limit(limit)
                    .forUpdate().of(WEBHOOK_DELIVERY).skipLocked()
                    .fetch(r -> new Claimed(r.get(WEBHOOK_DELIVERY.ID), r.get(WEBHOOK_DELIVERY.PLAN_EVENT_ID),
                            r.get(WEBHOOK_DELIVERY.PLAN_ID), r.get(WEBHOOK_DELIVERY.ATTEMPTS),
                            r.get(WEBHOOK_DELIVERY.CREATED_AT).toInstant(), r.get(WEBHOOK_DELIVERY.PAYLOAD),
                            WebhookEndpointRepository.toEndpoint(r.into(WEBHOOK_ENDPOINT))));
            if (!claimed.isEmpty()) {
                c.dsl().update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.DUE_AT, at(now.plus(lease)))
                        .where(WEBHOOK_DELIVERY.ID.in(claimed.stream().map(Claimed::id).toList())).execute();
            }
            return claimed;
        });
    }

    public Optional<PlanEvent> event(long planEventId) {
        return dsl.selectFrom(PLAN_EVENT).where(PLAN_EVENT.ID.eq(planEventId)).fetchOptional().map(HistoryRepository::toEvent);
    }

    /** The body of the first attempt, kept so that every retry sends the same bytes. */
    public void freeze(long id, String payload) {
        dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.PAYLOAD, payload).where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
    }

    public void sent(long id, int attempts, Instant now) {
        finish(id, attempts, SENT, now);
    }

    public void dead(long id, int attempts, Instant now) {
        finish(id, attempts, DEAD, now);
    }

    public void retry(long id, int attempts, Instant at) {
        dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.ATTEMPTS, attempts).set(WEBHOOK_DELIVERY.DUE_AT, at(at))
                .where(WEBHOOK_DELIVERY.ID.eq(id).and(WEBHOOK_DELIVERY.STATE.eq(PENDING))).execute();
    }

    private void finish(long id, int attempts, String state, Instant now) {
        dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.ATTEMPTS, attempts).set(WEBHOOK_DELIVERY.STATE, state)
                .set(WEBHOOK_DELIVERY.FINISHED_AT, at(now))
                .where(WEBHOOK_DELIVERY.ID.eq(id).and(WEBHOOK_DELIVERY.STATE.eq(PENDING))).execute();
    }

    /** One line of the delivery log; {@code deliveryId} is null for a test event. */
    public void log(long endpointId, Long deliveryId, String eventId, int attempt, WebhookHttp.Outcome outcome, Instant at) {
        dsl.insertInto(WEBHOOK_ATTEMPT).set(WEBHOOK_ATTEMPT.ENDPOINT_ID, endpointId).set(WEBHOOK_ATTEMPT.DELIVERY_ID, deliveryId)
                .set(WEBHOOK_ATTEMPT.EVENT_ID, eventId).set(WEBHOOK_ATTEMPT.ATTEMPT, attempt)
                .set(WEBHOOK_ATTEMPT.STATUS_CODE, outcome.status()).set(WEBHOOK_ATTEMPT.ERROR, outcome.error())
                .set(WEBHOOK_ATTEMPT.DURATION_MS, (int) outcome.duration().toMillis()).set(WEBHOOK_ATTEMPT.AT, at(at))
                .execute();
    }
}
