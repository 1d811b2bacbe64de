package org.mapbot.app;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mapbot.testkit.CleanDatabase;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.TestDatabase;

@ExtendWith(CleanDatabase.class)
class SocketModeTest {

    @Test
    void with_an_app_token_the_app_opens_a_socket_mode_connection_with_that_token(TestDatabase database) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            // Slack refuses the token: start-up must stop with a clear message rather than run deaf.
            slack.stub("apps.connections.open", "{\"ok\":false,\"error\":\"invalid_auth\"}");
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                    "SLACK_APP_TOKEN", "xapp-1-test-app-token", "SLACK_API_URL", slack.apiUrl(),
                    "DATABASE_URL", database.jdbcUrl(), "PORT", "0",
                    "MAP_DATA_DIR", Files.createTempDirectory("mapbot").toString());

            assertThatThrownBy(() -> MapBot.start(Config.fromEnv(env), Clock.systemUTC()).close())
                    .hasMessageContaining("Socket Mode");

            slack.wireMock().verify(postRequestedFor(urlEqualTo("/api/apps.connections.open"))
                    .withHeader("Authorization", equalTo("Bearer xapp-1-test-app-token")));
            assertThat(slack.count("apps.connections.open")).isPositive();
        }
    }
}
