package org.mapbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.mapbot.app.Config;
import org.mapbot.app.MapBot;

/** A real run of MAP Bot on a database and a WireMock Slack of the test's own, for tests that stop one of them. */
public final class StandaloneApp {
    public static final String SIGNING_SECRET = "secret";

    private StandaloneApp() {
    }

    public static MapBot start(String databaseUrl, FakeSlack slack, Map<String, String> extraEnv) {
        return start(databaseUrl, slack, extraEnv, Clock.systemUTC());
    }

    public static MapBot start(String databaseUrl, FakeSlack slack, Map<String, String> extraEnv, Clock clock) {
        try {
            Map<String, String> env = new HashMap<>(Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                    "SLACK_API_URL", slack.apiUrl(), "DATABASE_URL", databaseUrl, "PORT", "0",
                    "MAP_DATA_DIR", Files.createTempDirectory("mapbot").toString()));
            env.putAll(extraEnv);
            return MapBot.start(Config.fromEnv(env), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
