package org.mapbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.StandaloneApp;
import org.mapbot.testkit.TestDatabase;

class HealthWithDatabaseDownTest {

    @Test
    void health_turns_from_200_to_503_when_the_database_goes_away() throws Exception {
        TestDatabase database = TestDatabase.start();
        try (FakeSlack slack = new FakeSlack()) {
            MapBot mapBot = StandaloneApp.start(database.jdbcUrl(), slack, Map.of());
            try {
                URI health = URI.create("http://localhost:" + mapBot.port() + "/health");
                HttpClient http = HttpClient.newHttpClient();
                assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);

                database.close();

                HttpResponse<String> down = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("unavailable");
            } finally {
                mapBot.close();
            }
        }
    }
}
