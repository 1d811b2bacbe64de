package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Without MAP_ENCRYPTION_KEY a secret could only be kept in plain text, so no webhook can be added. */
class WebhooksWithoutKeyTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void adding_a_webhook_says_it_needs_map_encryption_key_and_saves_nothing() {
        WebhookAdmin admin = new WebhookAdmin(app);
        admin.sellerIsOwner();

        String answer = admin.command(Slackers.SELLER_USER, "add https://hooks.example.com/mapbot");

        assertThat(answer).contains("Webhooks need MAP_ENCRYPTION_KEY").contains("openssl rand -base64 32").doesNotContain("whsec_");
        assertThat(app.dsl().fetchCount(WEBHOOK_ENDPOINT)).isZero();
    }
}
