package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signature is the Standard Webhooks one, so receivers can verify it with their existing libraries. */
class WebhookSignatureTest {

    @Test
    void the_signer_reproduces_the_standard_webhooks_published_test_vector_exactly() {
        // From the reference libraries' tests (standard-webhooks/standard-webhooks, libraries/java WebhookTest).
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void the_independent_verifier_accepts_the_test_vector_only_within_five_minutes_and_only_untouched() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        String header = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

        assertThat(StandardWebhooksVerifier.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", header, body, 1614265330L + 299))
                .isTrue();
        assertThat(StandardWebhooksVerifier.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", header, body, 1614265330L + 301))
                .isFalse();
        assertThat(StandardWebhooksVerifier.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", header, body + " ", 1614265330L))
                .isFalse();
        assertThat(StandardWebhooksVerifier.verify(secret, "msg_other", "1614265330", header, body, 1614265330L)).isFalse();
        assertThat(StandardWebhooksVerifier.verify(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
                "v1,bm9wZQ== " + header, body, 1614265330L)).isTrue();
    }

    @Test
    void a_new_secret_is_whsec_and_the_base64_of_32_random_bytes() {
        String secret = WebhookSignature.newSecret(new SecureRandom());

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret(new SecureRandom())).isNotEqualTo(secret);
    }
}
