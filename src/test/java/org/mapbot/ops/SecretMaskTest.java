package org.mapbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the log mask hides: the secret settings' values and anything shaped as a Slack or HubSpot token. */
class SecretMaskTest {
    private final SecretMask mask = SecretMask.fromEnv(Map.of("SLACK_SIGNING_SECRET", "test-signing-secret-0123456789abcdef"));

    @Test
    void a_hubspot_private_app_token_is_masked_wherever_it_appears() {
        String line = mask.apply("Authorization: Bearer pat-na1-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d and pat-eu1-99999999-8888-7777");

        assertThat(line).isEqualTo("Authorization: Bearer pat-na1-**** and pat-eu1-****");
    }

    @Test
    void slack_tokens_and_secret_settings_stay_masked_and_ordinary_words_stay() {
        assertThat(mask.apply("xoxb-123456-abcdef signed with test-signing-secret-0123456789abcdef, a pat-on-the-back"))
                .isEqualTo("xoxb-**** signed with ****, a pat-on-the-back");
    }
}
