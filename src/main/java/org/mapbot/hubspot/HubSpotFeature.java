package org.mapbot.hubspot;

import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.mapbot.api.SlackWorkspaceAdmins;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.TokenCipher;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.plan.service.PlanService;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.slack.SlackClients;

/**
 * The HubSpot deal sync's wiring: its commands and connect form, the pipeline consumer that notes updates as due,
 * and the clustered job that writes them.
 */
public record HubSpotFeature(PlanConsumer trigger) {
    /** How often the sender looks for updates that came due without a wake-up (a retry time, a stopped instance). */
    static final Duration SEND_EVERY = Duration.ofSeconds(30);

    public static HubSpotFeature wire(DSLContext dsl, SlackClients slack, PlanService plans, SlackListeners listeners,
                                      CommandRouter commands, Scheduler scheduler, String apiUrl, Optional<EncryptionKeys> keys,
                                      MeterRegistry registry, Executor background, Clock clock) {
        HubSpotApi api = new HubSpotApi(apiUrl);
        Optional<HubSpotConnections> connections = keys.map(k -> new HubSpotConnections(dsl, new TokenCipher(k, new SecureRandom())));
        DealLinks links = new DealLinks(dsl);
        SyncQueue queue = new SyncQueue(dsl);
        HubSpotService service = new HubSpotService(api, connections, links, new SlackWorkspaceAdmins(slack), plans, clock);
        HubSpotCommands hubspotCommands = new HubSpotCommands(service, plans, listeners.modals(), slack, background);
        commands.register(hubspotCommands.connection()).register(hubspotCommands.link()).register(hubspotCommands.unlink());
        hubspotCommands.registerOn(listeners);
        if (connections.isEmpty()) {
            // Nothing can be connected, so nothing is ever due: plans keep their links for when a key is set. The job
            // is still registered, as a no-op, because the clustered job store shares it with instances that have a key.
            scheduler.every(SEND_EVERY, DealSyncJob.class, () -> new DealSyncJob(() -> { }));
            return new HubSpotFeature(snapshot -> { });
        }
        DealSync sync = new DealSync(api, connections.get(), links, queue, plans, new SyncNotices(slack), new SyncMetrics(registry), clock);
        scheduler.every(SEND_EVERY, DealSyncJob.class, () -> new DealSyncJob(sync::sendDue));
        return new HubSpotFeature(new DealSyncTrigger(queue, () -> scheduler.runNow(DealSyncJob.class), clock));
    }
}
