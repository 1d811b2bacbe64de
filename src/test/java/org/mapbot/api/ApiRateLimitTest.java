package org.mapbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** A token that calls too fast gets 429 with Retry-After, and may go on once that time has passed. */
class ApiRateLimitTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void past_the_burst_a_token_waits_as_retry_after_says() {
        ApiClient api = new ApiClient(app);
        String token = api.token("crm");

        for (int i = 0; i < ApiFeature.BURST; i++) {
            assertThat(api.get(token, "/plans").statusCode()).as("request %d", i + 1).isEqualTo(200);
        }
        var refused = api.get(token, "/plans");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 60L);

        app.clock().advance(Duration.ofSeconds(wait));

        assertThat(api.get(token, "/plans").statusCode()).isEqualTo(200);
    }
}
