package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.app.MapBot;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.TokenCipher;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Replacing MAP_ENCRYPTION_KEY re-encrypts the webhook secrets at start-up, and receivers notice nothing. */
class WebhookSecretRotationTest {
    static final String NEW_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final Receiver receiver = new Receiver();

    @RegisterExtension
    static RunningApp app = new RunningApp().with("MAP_ENCRYPTION_KEY", NEW_KEY)
            .with("MAP_ENCRYPTION_KEY_PREVIOUS", AddToSlack.ENCRYPTION_KEY).with(WebhookSettings.TRUSTED_HOSTS, "localhost");

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_start_with_a_new_key_re_encrypts_a_secret_the_old_key_sealed_and_it_still_signs_the_same() {
        String secret = WebhookSignature.newSecret(new SecureRandom());
        TokenCipher old = new TokenCipher(new EncryptionKeys(Base64.getDecoder().decode(AddToSlack.ENCRYPTION_KEY), Optional.empty()),
                new SecureRandom());
        new WebhookEndpointRepository(app.dsl()).insert(Slackers.SELLER_TEAM, null, URI.create(receiver.url("/crm")), false,
                Slackers.SELLER_USER, app.clock().instant(), id -> old.seal(secret, WebhookEndpoint.secretBinding(id)));

        try (MapBot restarted = app.startAnother()) {
            assertThat(restarted.port()).isPositive();
        }

        var row = app.dsl().selectFrom(WEBHOOK_ENDPOINT).fetchOne();
        TokenCipher onlyNew = new TokenCipher(new EncryptionKeys(Base64.getDecoder().decode(NEW_KEY), Optional.empty()), new SecureRandom());
        assertThat(row.getSecretKeyId()).isEqualTo(onlyNew.currentKeyId()).isNotEqualTo(old.currentKeyId());
        assertThat(onlyNew.open(row.getSecret(), row.getSecretKeyId(), WebhookEndpoint.secretBinding(row.getId()))).isEqualTo(secret);

        WebhookAdmin admin = new WebhookAdmin(app);
        admin.sellerIsOwner();
        assertThat(admin.command(Slackers.SELLER_USER, "test " + row.getId())).contains("answered 200");
        LoggedRequest request = receiver.received("/crm").get(0);
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBodyAsString(), app.clock().instant().getEpochSecond())).isTrue();
    }
}
