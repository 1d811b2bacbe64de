package org.mapbot.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the due plans to their deals, with the token of the plan's own installation: creates the {@code mapbot}
 * properties once per connection, then one PATCH with the plan as it is now. A rate limit or an outage is tried again
 * later (HubSpot's Retry-After, else an exponential backoff); a refused token stops the installation's sync until an
 * admin connects again, a deal that is gone stops its plan's, each told once to the person who can mend it.
 */
final class DealSync {
    private static final Logger log = LoggerFactory.getLogger(DealSync.class);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Failures that are not HubSpot's passing trouble (a 400) get this many tries before the update is given up. */
    static final int MAX_ATTEMPTS = 12;
    static final int BATCH = 50;

    private final HubSpotApi api;
    private final HubSpotConnections connections;
    private final DealLinks links;
    private final SyncQueue queue;
    private final PlanService plans;
    private final SyncNotices notices;
    private final SyncMetrics metrics;
    private final Clock clock;

    DealSync(HubSpotApi api, HubSpotConnections connections, DealLinks links, SyncQueue queue, PlanService plans,
             SyncNotices notices, SyncMetrics metrics, Clock clock) {
        this.api = api;
        this.connections = connections;
        this.links = links;
        this.queue = queue;
        this.plans = plans;
        this.notices = notices;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sends every update that is due; returns how many were attempted. */
    int sendDue() {
        int sent = 0;
        for (long planId : queue.claimDue(clock.instant(), BATCH)) {
            try {
                sync(planId);
            } catch (RuntimeException e) {
                // Ours, not HubSpot's (a token that no longer decrypts, the database): a few tries, then given up.
                log.error("Writing plan {} to HubSpot failed", planId, e);
                int attempts = queue.attempts(planId) + 1;
                if (attempts >= MAX_ATTEMPTS) {
                    queue.drop(planId);
                    metrics.count("given_up");
                } else {
                    queue.retryAt(planId, clock.instant().plus(backoff(attempts)), e.getClass().getSimpleName());
                    metrics.count("retried");
                }
            }
            sent++;
        }
        return sent;
    }

    private void sync(long planId) {
        Optional<PlanView> found = plans.view(planId);
        Optional<DealLink> link = found.isEmpty() ? Optional.empty() : links.liveLink(planId);
        Optional<HubSpotConnection> connection = link.isEmpty() ? Optional.empty() : connections.find(found.get().plan().teamId());
        if (connection.isEmpty() || connection.get().broken().isPresent()) {
            queue.drop(planId); // unlinked, disconnected or broken since: nothing to write until that changes
            return;
        }
        PlanView view = found.get();
        HubSpotConnection hubspot = connection.get();
        if (!hubspot.holds(link.get())) {
            // Linked while another portal was connected: the same id there may be another company's deal.
            log.warn("Plan {} is linked to a deal of another HubSpot account than the connected {}; not written", planId, hubspot.portalId());
            queue.drop(planId);
            metrics.count("other_account");
            return;
        }
        String dealId = link.get().dealId();
        try {
            if (!hubspot.propertiesReady()) {
                createProperties(hubspot);
            }
            api.updateDeal(hubspot.token(), dealId, DealProperties.of(view));
            queue.done(planId);
            metrics.count("written");
        } catch (HubSpotFailure e) {
            failed(view.plan(), dealId, hubspot, e);
        }
    }

    /** The group and every property that is missing; HubSpot's 409 for one made meanwhile is as good as created. */
    private void createProperties(HubSpotConnection hubspot) throws HubSpotFailure {
        if (!api.exists(hubspot.token(), "groups/" + DealProperties.GROUP)) {
            api.createGroup(hubspot.token(), DealProperties.GROUP, DealProperties.GROUP_LABEL);
        }
        for (DealProperty property : DealProperties.ALL) {
            if (!api.exists(hubspot.token(), property.name())) {
                api.createProperty(hubspot.token(), property);
            }
        }
        connections.propertiesReady(hubspot.teamId());
    }

    private void failed(Plan plan, String dealId, HubSpotConnection hubspot, HubSpotFailure e) {
        Instant now = clock.instant();
        if (e.tokenRefused()) {
            log.warn("HubSpot refused the token of workspace {} ({}); its deal sync stops until it is connected again",
                    hubspot.teamId(), e.getMessage());
            if (connections.markBroken(hubspot.teamId(), now)) {
                notices.tokenRefused(Installation.of(plan), hubspot.connectedBy());
            }
            queue.drop(plan.id());
            metrics.count("token_refused");
            return;
        }
        if (e.notFound()) {
            log.warn("HubSpot has no deal {} for plan {} ({})", dealId, plan.id(), e.getMessage());
            if (links.markBroken(plan.id(), dealId)) {
                notices.dealGone(plan, dealId);
                plans.refresh(plan.id()); // the internal card says the link is broken
            }
            queue.drop(plan.id());
            metrics.count("deal_not_found");
            return;
        }
        int attempts = queue.attempts(plan.id()) + 1;
        if (!e.passing() && attempts >= MAX_ATTEMPTS) {
            log.error("Gave up writing plan {} to HubSpot deal {}: {}", plan.id(), dealId, e.getMessage());
            queue.drop(plan.id());
            metrics.count("given_up");
            return;
        }
        // HubSpot's Retry-After is the wait it wants (its per-second limit asks for about one); without one, back off.
        Duration wait = e.retryAfter().map(asked -> asked.isZero() ? Duration.ofSeconds(1) : asked).orElse(backoff(attempts));
        log.warn("Plan {} not written to HubSpot ({}); trying again in {} s", plan.id(), e.getMessage(), wait.toSeconds());
        queue.retryAt(plan.id(), now.plus(wait), e.getMessage());
        metrics.count(e.status() == 429 ? "rate_limited" : "retried");
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(12, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
