package org.mapbot.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mapbot.api.WorkspaceAdmins;
import org.mapbot.install.TokenCipher;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.PlanException;

/**
 * The rules of {@code /map webhooks}: only an admin or owner of the installing workspace manages them (they send every
 * plan's progress out), at most {@link #MAX_PER_INSTALLATION} per installation, only to URLs {@link WebhookUrls}
 * allows, and only with MAP_ENCRYPTION_KEY set, since a secret is never stored in plain text.
 */
public final class Webhooks {
    static final int MAX_PER_INSTALLATION = 5;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDispatch dispatch;
    private final WebhookUrls urls;
    private final Optional<TokenCipher> cipher;
    private final WorkspaceAdmins admins;
    private final SecureRandom random;
    private final Clock clock;

    public Webhooks(WebhookEndpointRepository endpoints, WebhookDispatch dispatch, WebhookUrls urls, Optional<TokenCipher> cipher,
                    WorkspaceAdmins admins, SecureRandom random, Clock clock) {
        this.endpoints = endpoints;
        this.dispatch = dispatch;
        this.urls = urls;
        this.cipher = cipher;
        this.admins = admins;
        this.random = random;
        this.clock = clock;
    }

    /** A new endpoint and its secret, to show this once. */
    public record Added(WebhookEndpoint endpoint, String secret) {
    }

    public Added add(Actor actor, String typedUrl, boolean internal) {
        requireAdmin(actor);
        TokenCipher sealer = cipher.orElseThrow(() -> new PlanException("Webhooks need MAP_ENCRYPTION_KEY: each endpoint's "
                + "secret is kept encrypted, never in plain text. Ask whoever runs MAP Bot to set it (32 random bytes in base64, "
                + "e.g. `openssl rand -base64 32`) and restart it."));
        URI url = urls.parse(typedUrl);
        List<WebhookEndpoint> live = endpoints.live(actor.installation());
        if (live.stream().anyMatch(e -> e.url().equals(url))) {
            throw new PlanException("This workspace already sends webhooks to that URL. `/map webhooks list` shows them.");
        }
        if (live.size() >= MAX_PER_INSTALLATION) {
            throw new PlanException("A workspace has at most " + MAX_PER_INSTALLATION + " webhooks. Remove one first, e.g. "
                    + "`/map webhooks remove " + live.get(0).id() + "`.");
        }
        String secret = WebhookSignature.newSecret(random);
        WebhookEndpoint added = endpoints.insert(actor.installation().teamId(), actor.installation().enterpriseId(), url, internal,
                actor.userId(), clock.instant(), id -> sealer.seal(secret, WebhookEndpoint.secretBinding(id)));
        return new Added(added, secret);
    }

    public List<WebhookEndpoint> list(Actor actor) {
        requireAdmin(actor);
        return endpoints.live(actor.installation());
    }

    public WebhookEndpoint remove(Actor actor, String idOrUrl) {
        requireAdmin(actor);
        WebhookEndpoint endpoint = find(actor, idOrUrl);
        endpoints.remove(endpoint.id(), clock.instant());
        return endpoint;
    }

    /** The endpoint and what it answered to a {@code webhook.test} event sent right now. */
    public record Tested(WebhookEndpoint endpoint, WebhookHttp.Outcome outcome) {
    }

    public Tested test(Actor actor, String idOrUrl) {
        requireAdmin(actor);
        WebhookEndpoint endpoint = find(actor, idOrUrl);
        byte[] id = new byte[12];
        random.nextBytes(id);
        return new Tested(endpoint, dispatch.test(endpoint, "evt_test_" + HexFormat.of().formatHex(id), actor.userId()));
    }

    private WebhookEndpoint find(Actor actor, String idOrUrl) {
        String ref = idOrUrl == null ? "" : idOrUrl.strip().replaceFirst("^#", "");
        String url = ref.startsWith("<") && ref.endsWith(">") ? ref.substring(1, ref.length() - 1).split("\\|", 2)[0] : ref;
        return endpoints.live(actor.installation()).stream()
                .filter(e -> Long.toString(e.id()).equals(ref) || e.url().toString().equals(url))
                .findFirst()
                .orElseThrow(() -> new PlanException("This workspace has no webhook `" + org.mapbot.slack.SlackText.escape(
                        ref.replace("`", "'"), 80) + "`. `/map webhooks list` shows their numbers, e.g. "
                        + "`/map webhooks remove 3`."));
    }

    private void requireAdmin(Actor actor) {
        if (!admins.admits(actor)) {
            throw new PlanException("Only an admin or owner of this Slack workspace can manage webhooks: they send every plan's "
                    + "progress out of Slack.");
        }
    }
}
