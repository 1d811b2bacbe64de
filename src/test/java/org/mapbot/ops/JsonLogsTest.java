package org.mapbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mapbot.testkit.AppProcess;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.CleanDatabase;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestDatabase;

/** MAP_LOG_FORMAT=json as an operator runs it: the app's own process, every line read back as JSON. */
@ExtendWith(CleanDatabase.class)
class JsonLogsTest {
    private static final String BOT_TOKEN = "xoxb-1111-2222-logs-test-token";
    private static final String SIGNING_SECRET = "logs-test-signing-secret-5f1c9a";
    private static final String DATABASE_PASSWORD = "db-password-never-logged";
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> parsed(List<String> lines) throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
            objects.add(node);
        }
        return objects;
    }

    @Test
    void every_line_is_one_json_object_with_its_context_and_no_line_carries_a_secret(TestDatabase database) throws Exception {
        database.execute("alter user postgres password '" + DATABASE_PASSWORD + "'");
        try (FakeSlack slack = new FakeSlack()) {
            // Slack answers the card with a broken body that echoes the token: the error it causes is logged.
            slack.stub("chat.postMessage", FakeSlack.json(200, "{\"ok\":false,\"error\":\"invalid_auth\",\"token\":\"" + BOT_TOKEN + "\""), 1);
            Map<String, String> env = new HashMap<>();
            env.put("PATH", "/usr/bin:/bin");
            env.put("PORT", "0");
            env.put("MAP_LOG_FORMAT", "json");
            env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
            env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("DATABASE_URL", database.jdbcUrl().replace("jdbc:postgresql://", "postgres://postgres:" + DATABASE_PASSWORD + "@")
                    .replaceAll("\\?.*", ""));
            env.put("MAP_DATA_DIR", Files.createTempDirectory("mapbot").toString());
            List<String> lines;
            try (AppProcess app = AppProcess.start(env)) {
                int port = app.awaitUp();
                SlackRequests requests = new SlackRequests("http://localhost:" + port, SIGNING_SECRET, Clock.systemUTC(), slack.baseUrl());
                SlackRequests forged = new SlackRequests("http://localhost:" + port, "not-the-secret", Clock.systemUTC(), slack.baseUrl());

                assertThat(forged.command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "help").statusCode())
                        .isEqualTo(401);
                assertThat(requests.command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                        "new Acme rollout with enterprise").statusCode()).isEqualTo(200);
                Await.until("the refused card logged", () -> Optional.of(app.output())
                        .filter(out -> out.stream().anyMatch(l -> l.contains("\"level\":\"ERROR\""))));
                assertThat(app.terminate()).isIn(0, 143);
                lines = app.output();
            }
            database.execute("alter user postgres password null");

            List<JsonNode> objects = parsed(lines);
            assertThat(objects).allSatisfy(o -> assertThat(o.fieldNames()).toIterable()
                    .contains("timestamp", "level", "logger", "message"));
            assertThat(objects).anySatisfy(o -> assertThat(o.path("message").asText()).startsWith("MAP Bot is up on port"));
            assertThat(objects).as("the forged request, with its request id")
                    .anySatisfy(o -> {
                        assertThat(o.path("message").asText()).contains("invalid or stale Slack signature");
                        assertThat(o.path(LogContext.REQUEST_ID).asText()).matches("[0-9a-f]{16}");
                    });
            assertThat(objects).as("the refused card, with its plan")
                    .anySatisfy(o -> {
                        assertThat(o.path("level").asText()).isEqualTo("ERROR");
                        assertThat(o.path(LogContext.PLAN_ID).asText()).matches("\\d+");
                    });
            assertThat(lines).noneMatch(l -> l.contains(BOT_TOKEN) || l.contains(SIGNING_SECRET) || l.contains(DATABASE_PASSWORD));
            assertThat(lines).noneMatch(l -> l.contains("xoxb-1111"));
        }
    }

    @Test
    void a_start_that_fails_says_so_in_one_json_line() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "MAP_LOG_FORMAT", "json",
                "SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET, "DATABASE_URL", "nonsense"));
        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit()).isEqualTo(2);
            assertThat(parsed(app.output())).singleElement().satisfies(o -> {
                assertThat(o.path("level").asText()).isEqualTo("ERROR");
                assertThat(o.path("message").asText()).startsWith("MAP Bot cannot start: DATABASE_URL must look like");
            });
        }
    }
}
