package org.mapbot.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mapbot.app.Config;
import org.mapbot.app.MapBot;
import org.mapbot.time.AdjustableClock;

/**
 * MAP Bot started in sandbox mode, in process, as the README's run command starts it without Slack credentials;
 * one per test class, with a clean database, an empty sandbox Slack and the clock back at {@link #START} before each test.
 * A test fails when its sandbox Slack refused a call for breaking Slack's documented limits (the page shows those red).
 */
public final class RunningSandbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    /** Monday 30 November 2026, 10:00 UTC (11:00 in Berlin). */
    public static final Instant START = RunningApp.START;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestDatabase database;
    private AdjustableClock clock;
    private MapBot mapBot;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = TestDatabase.shared(context);
        database.reset();
        clock = new AdjustableClock(START, ZoneId.of("UTC"));
        String dataDir = Files.createTempDirectory("mapbot-sandbox").toString();
        mapBot = MapBot.start(Config.fromEnv(Map.of("MAP_SANDBOX", "true", "DATABASE_URL", database.jdbcUrl(),
                "PORT", "0", "MAP_DATA_DIR", dataDir)), clock);
    }

    /** Waits until the pipeline and the background answers have finished what the last requests set off. */
    public void settle() {
        if (!mapBot.settle(java.time.Duration.ofSeconds(20))) {
            throw new AssertionError("The app's background work did not settle within 20 s");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // The previous test's card updates and Home refreshes land before the sandbox forgets its Slack.
        mapBot.settle(java.time.Duration.ofSeconds(20));
        database.reset();
        clock.set(START);
        post("/sandbox/reset", "{}");
    }

    /** Whatever the sandbox's Slack refused during the test fails it, once the work the test set off has landed. */
    @Override
    public void afterEach(ExtensionContext context) {
        mapBot.settle(java.time.Duration.ofSeconds(20));
        JsonArray refused = refusedCalls();
        if (!refused.isEmpty()) {
            StringBuilder calls = new StringBuilder();
            refused.forEach(call -> calls.append("\n  ").append(call.getAsString()));
            throw new AssertionError(context.getDisplayName() + " made the sandbox's Slack refuse " + refused.size()
                    + (refused.size() == 1 ? " call" : " calls") + " that break Slack's documented limits:" + calls);
        }
    }

    /** What the sandbox's Slack refused so far, each with the broken limits and their documentation pages. */
    public JsonArray refusedCalls() {
        return state("U0SELLER").getAsJsonArray("refusedCalls");
    }

    /** For a test that provokes refusals on purpose: returns them and empties the sandbox, so the test is not failed for them. */
    public JsonArray takeRefusedCallsAndReset() {
        JsonArray refused = refusedCalls();
        post("/sandbox/reset", "{}");
        return refused;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (mapBot != null) {
            mapBot.close();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + mapBot.port();
    }

    public AdjustableClock clock() {
        return clock;
    }

    public MapBot mapBot() {
        return mapBot;
    }

    /** What the page sees when acting as {@code personId}, asked for with the page's own same-origin marker. */
    public JsonObject state(String personId) {
        HttpResponse<String> response = send(request("/sandbox/state?as=" + personId).header("X-Sandbox-Page", "1").GET().build());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    public JsonObject postForJson(String path, String json) {
        return JsonParser.parseString(post(path, json).body()).getAsJsonObject();
    }

    public HttpResponse<String> post(String path, String json) {
        // Load demo plays some thirty signed requests in one: on a busy machine that takes a while.
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A Web API call the way a client without Slack's SDK would make it: bearer token, JSON body. */
    public HttpResponse<String> api(String method, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/sandbox/api/" + method)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer xoxb-sandbox")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** A request to this sandbox, for tests that choose the method, headers and body themselves. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return StaleConnection.retriedOnce(() -> http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
