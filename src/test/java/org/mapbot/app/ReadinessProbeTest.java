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

class ReadinessProbeTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readiness_names_a_missing_migration_and_turns_503_when_the_database_stops_while_liveness_stays_200() throws Exception {
        TestDatabase database = TestDatabase.start();
        try (FakeSlack slack = new FakeSlack()) {
            MapBot mapBot = StandaloneApp.start(database.jdbcUrl(), slack, Map.of());
            try {
                String base = "http://localhost:" + mapBot.port();
                assertThat(get(base + "/health/ready").statusCode()).isEqualTo(200);
                assertThat(get(base + "/health/ready").body()).contains("\"status\":\"ready\"");
                assertThat(get(base + "/health/live").statusCode()).isEqualTo(200);

                // A database someone rolled back under the running app: the newest script is no longer applied.
                database.execute("update flyway_schema_history set success = false"
                        + " where installed_rank = (select max(installed_rank) from flyway_schema_history)");
                HttpResponse<String> unmigrated = get(base + "/health/ready");
                assertThat(unmigrated.statusCode()).isEqualTo(503);
                assertThat(unmigrated.body()).contains("database migrations not applied");
                database.execute("update flyway_schema_history set success = true");
                assertThat(get(base + "/health/ready").statusCode()).isEqualTo(200);

                database.close();

                HttpResponse<String> down = get(base + "/health/ready");
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("\"status\":\"not ready\"").contains("database unreachable");
                assertThat(get(base + "/health/live").statusCode()).isEqualTo(200);
            } finally {
                mapBot.close();
            }
        }
    }

    @Test
    void readiness_is_503_once_the_scheduler_has_stopped() throws Exception {
        TestDatabase database = TestDatabase.start();
        try (FakeSlack slack = new FakeSlack()) {
            MapBot mapBot = StandaloneApp.start(database.jdbcUrl(), slack, Map.of());
            try {
                String base = "http://localhost:" + mapBot.port();
                assertThat(get(base + "/health/ready").statusCode()).isEqualTo(200);

                mapBot.scheduler().close();

                HttpResponse<String> stopped = get(base + "/health/ready");
                assertThat(stopped.statusCode()).isEqualTo(503);
                assertThat(stopped.body()).contains("scheduler not started");
            } finally {
                mapBot.close();
                database.close();
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
