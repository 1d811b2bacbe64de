package org.mapbot.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.HUBSPOT_CONNECTION;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** Without MAP_ENCRYPTION_KEY the token could only be stored in plain text, so HubSpot cannot be connected at all. */
class HubSpotWithoutKeyTest {
    static final FakeHubSpot hubspot = new FakeHubSpot();
    @RegisterExtension
    static RunningApp app = new RunningApp().with("HUBSPOT_API_URL", hubspot.url());

    @AfterAll
    static void stop() {
        hubspot.close();
    }

    @Test
    void connect_says_the_encryption_key_is_needed_and_opens_no_form() {
        var answer = app.requests().seller("hubspot connect");

        assertThat(answer.body()).contains("needs `MAP_ENCRYPTION_KEY`").contains("openssl rand -base64 32").contains("nothing was saved");
        assertThat(app.slack().count("views.open")).isZero();
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isZero();
        assertThat(hubspot.requestCount()).isZero();
    }
}
