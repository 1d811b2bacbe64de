package org.mapbot.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;

/** Opens someone's Home tab as Slack does (an {@code app_home_opened} event) and reads what the app published. */
final class HomeOpened {
    private HomeOpened() {
    }

    static JsonObject by(RunningApp app, String userId, Predicate<JsonObject> ready) {
        app.settle(); // the tabs the pipeline publishes after earlier changes are not the answer to this opening
        int before = app.slack().count("views.publish");
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", userId);
        event.addProperty("channel", "D0HOME");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.000300");
        assertThat(app.requests().event(SlackRequests.eventEnvelope(event)).statusCode()).isEqualTo(200);
        return Await.until("the Home tab of " + userId, () -> publishedAfter(app, before, userId).filter(ready));
    }

    /** The latest view published for {@code userId} after the first {@code before} calls. */
    static Optional<JsonObject> publishedAfter(RunningApp app, int before, String userId) {
        List<Map<String, String>> calls = app.slack().calls("views.publish");
        for (int i = calls.size() - 1; i >= before; i--) {
            if (userId.equals(calls.get(i).get("user_id"))) {
                return Optional.of(JsonParser.parseString(calls.get(i).get("view")).getAsJsonObject());
            }
        }
        return Optional.empty();
    }
}
