package org.mapbot.webhook;

import java.net.URI;
import java.time.Instant;
import org.mapbot.install.TokenCipher;
import org.mapbot.plan.domain.Installation;

/** A URL of an installation that receives its plans' events, with what its latest attempts said. */
public record WebhookEndpoint(long id, String teamId, String enterpriseId, URI url, boolean internal, boolean enabled,
                              String createdBy, Instant createdAt, Instant lastSuccessAt, Instant lastFailureAt,
                              String lastFailure, Instant disabledAt, String disabledReason, TokenCipher.Sealed secret) {

    public Installation installation() {
        return new Installation(teamId, enterpriseId, null);
    }

    /** What the secret's encryption is bound to: this row and column, so a copied ciphertext does not open. */
    static String secretBinding(long id) {
        return "webhook_endpoint:" + id + ":secret";
    }
}
