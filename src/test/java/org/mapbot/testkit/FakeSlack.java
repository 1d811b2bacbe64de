package org.mapbot.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's Web API, stood in for by WireMock: answers what the app calls and records what it sent, and refuses what
 * real Slack refuses for breaking its documented limits ({@link #refusals()}). Teams and users follow {@link Slackers}.
 */
public final class FakeSlack implements AutoCloseable {
    private final SlackRefusals refusals = new SlackRefusals();
    private final WireMockServer server = new WireMockServer(options().dynamicPort().extensions(new SlackLimitsCheck(refusals)));
    private final Object requestArrived = new Object();

    private final String enterpriseId;

    public FakeSlack() {
        this(null);
    }

    /** A Slack whose installing workspace belongs to the Enterprise Grid org {@code enterpriseId} (null: none). */
    public FakeSlack(String enterpriseId) {
        this.enterpriseId = enterpriseId;
        // Waiting threads re-check their condition whenever a request has been recorded, instead of polling.
        server.addMockServiceRequestListener((request, response) -> {
            synchronized (requestArrived) {
                requestArrived.notifyAll();
            }
        });
        server.start();
        reset();
    }

    /** Forgets recorded calls and refusals and restores the default answers. */
    public void reset() {
        server.resetAll();
        refusals.clear();
        stubDefaults();
    }

    /** What this Slack refused for breaking Slack's documented limits (it answered Slack's error instead). */
    public SlackRefusals refusals() {
        return refusals;
    }

    public String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public WireMockServer wireMock() {
        return server;
    }

    private void stubDefaults() {
        server.stubFor(post(urlMatching("/api/.*")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
        server.stubFor(post(urlMatching("/response/.*")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
        stub("auth.test", "{\"ok\":true,\"url\":\"https://seller.slack.com/\",\"team\":\"Seller Inc\",\"user\":\"mapbot\","
                + "\"team_id\":\"" + Slackers.SELLER_TEAM + "\",\"user_id\":\"" + Slackers.BOT_USER + "\",\"bot_id\":\"B0BOT\""
                + (enterpriseId == null ? "" : ",\"enterprise_id\":\"" + enterpriseId + "\",\"is_enterprise_install\":false") + "}");
        stub("chat.postMessage", "{\"ok\":true,\"channel\":\"" + Slackers.SHARED_CHANNEL + "\",\"ts\":\"1700000000.000100\","
                + "\"message\":{\"text\":\"\"}}");
        stub("chat.update", "{\"ok\":true,\"channel\":\"" + Slackers.SHARED_CHANNEL + "\",\"ts\":\"1700000000.000100\"}");
        stub("views.open", "{\"ok\":true,\"view\":{\"id\":\"V0VIEW\"}}");
        stub("views.push", "{\"ok\":true,\"view\":{\"id\":\"V0VIEW2\"}}");
        stub("views.update", "{\"ok\":true,\"view\":{\"id\":\"V0VIEW\"}}");
        stub("views.publish", "{\"ok\":true,\"view\":{\"id\":\"V0HOME\"}}");
        stub("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"D0DM\"}}");
        stub("conversations.info", "{\"ok\":true,\"channel\":{\"id\":\"" + Slackers.SHARED_CHANNEL
                + "\",\"is_ext_shared\":true,\"is_shared\":true}}");
        server.stubFor(post(urlEqualTo("/api/users.info")).atPriority(5).willReturn(okJson(
                "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\"" + Slackers.SELLER_TEAM
                        + "\",\"tz\":\"Europe/Berlin\",\"real_name\":\"Sam Seller\",\"profile\":{\"display_name\":\"Sam\"}}}")));
    }

    /** Whether a chat.postMessage/chat.update call carries the live plan card (rather than a reminder or reply). */
    public static boolean isPlanCard(Map<String, String> call) {
        String blocks = call.get("blocks");
        return blocks != null && blocks.contains("\"card-footer\"");
    }

    /** The calls to {@code method} other than plan-card posts and updates. */
    public List<Map<String, String>> callsBesidesCard(String method) {
        return calls(method).stream().filter(call -> !isPlanCard(call)).toList();
    }

    /** Slack's SDK writes <, >, & and = as JSON unicode escapes in block JSON; read them back as characters. */
    public static String unescaped(String encoded) {
        return encoded == null ? null : encoded.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&")
                .replace("\\u003d", "=").replace("\\u0027", "'");
    }

    /** Answers {@code method} with {@code json} from now on (more specific than the defaults). */
    public void stub(String method, String json) {
        server.stubFor(post(urlEqualTo("/api/" + method)).atPriority(5).willReturn(okJson(json)));
    }

    /** Full control over one method's answer, e.g. a 429 with Retry-After or a delay. */
    public void stub(String method, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response, int priority) {
        MappingBuilder mapping = post(urlEqualTo("/api/" + method)).atPriority(priority).willReturn(response);
        server.stubFor(mapping);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The form parameters of every call the app made to {@code method}, oldest first. */
    public List<Map<String, String>> calls(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream().map(FakeSlack::form).toList();
    }

    /** Waits (up to 10 s) until the app has called {@code method} at least {@code n} times; the card is updated off the request thread. */
    public List<Map<String, String>> awaitCalls(String method, int n) {
        awaitRequest(() -> count(method) >= n);
        return calls(method);
    }

    /** Waits (up to 10 s) for a call to {@code method} that matches, and returns it. */
    public Map<String, String> awaitCall(String method, java.util.function.Predicate<Map<String, String>> matching) {
        if (!awaitRequest(() -> calls(method).stream().anyMatch(matching))) {
            throw new AssertionError("No " + method + " call matched within 10 s; calls were: " + calls(method));
        }
        return calls(method).stream().filter(matching).findFirst().orElseThrow();
    }

    /**
     * Blocks until {@code condition} holds, re-checking each time the app sends Slack a request (WireMock tells us),
     * for at most 10 s. Returns whether it holds.
     */
    private boolean awaitRequest(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        synchronized (requestArrived) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    // Re-check at least every 50 ms too: WireMock may notify just before it journals the request.
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(requestArrived,
                            Math.min(left, java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public int count(String method) {
        return server.findAll(postRequestedFor(urlEqualTo("/api/" + method))).size();
    }

    /** Waits (up to 10 s) for {@code n} answers posted to response URLs (ephemeral replies after a click). */
    public List<JsonElement> awaitResponses(int n) {
        awaitRequest(() -> responses().size() >= n);
        return responses();
    }

    /** The JSON bodies posted to response URLs. */
    public List<JsonElement> responses() {
        return server.findAll(postRequestedFor(urlMatching("/response/.*"))).stream()
                .map(r -> JsonParser.parseString(r.getBodyAsString())).toList();
    }

    /** A form-encoded or JSON call's parameters; JSON values are kept as their JSON text. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        String type = request.getHeader("Content-Type");
        if (type != null && type.contains("json")) {
            JsonParser.parseString(body).getAsJsonObject().entrySet().forEach(e ->
                    params.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    @Override
    public void close() {
        server.stop();
    }
}
