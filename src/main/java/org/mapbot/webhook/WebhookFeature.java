package org.mapbot.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.mapbot.api.SlackWorkspaceAdmins;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.TokenCipher;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.service.PlanService;
import org.mapbot.scheduler.Scheduler;
import org.mapbot.slack.SlackClients;

/** Outbound webhooks' wiring: the pipeline consumer, the command for Slack, and the clustered job that sends what is due. */
public record WebhookFeature(PlanConsumer consumer, Subcommand command, WebhookDispatch dispatch) {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebhookFeature.class);
    static final Duration SWEEP_EVERY = Duration.ofSeconds(15);
    /** Threads that wait on receivers; apart from the pipeline's, so a slow receiver never delays a card. */
    public static final int SENDER_THREADS = 2;

    /** @param keys MAP_ENCRYPTION_KEY: without it no endpoint can be added, since its secret would be kept in plain text */
    public static WebhookFeature wire(DSLContext dsl, PlanService plans, SlackClients slack, WebhookSettings settings,
                                      Optional<EncryptionKeys> keys, Scheduler scheduler, Executor background, Executor senders,
                                      Clock clock) {
        var cipher = keys.map(k -> new TokenCipher(k, new SecureRandom()));
        WebhookUrls urls = new WebhookUrls(settings.trustedHosts());
        WebhookEndpointRepository endpoints = new WebhookEndpointRepository(dsl);
        cipher.ifPresent(c -> {
            int resealed = endpoints.reseal(c);
            if (resealed > 0) {
                log.info("Re-encrypted the secrets of {} webhooks with the current MAP_ENCRYPTION_KEY", resealed);
            }
        });
        WebhookDispatch dispatch = new WebhookDispatch(new WebhookDeliveries(dsl), endpoints, new WebhookPayloads(plans),
                new WebhookHttp(), urls, cipher, new WebhookAlerts(slack), clock);
        Webhooks webhooks = new Webhooks(endpoints, dispatch, urls, cipher, new SlackWorkspaceAdmins(slack), new SecureRandom(), clock);
        scheduler.every(SWEEP_EVERY, WebhookJob.class, () -> new WebhookJob(dispatch));
        return new WebhookFeature(new WebhookConsumer(dispatch, senders), new WebhookCommands(webhooks, background).subcommand(),
                dispatch);
    }

    /** Idle threads end by themselves, so the pool needs no stopping; what it holds at a stop is sent by the job. */
}
