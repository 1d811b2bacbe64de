package org.mapbot.api;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** The API as an integration calls it: a token made with {@code /map api token create}, then plain HTTP with JSON. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("mapbot_[A-Za-z0-9_-]{43}");
    private final RunningApp app;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiClient(RunningApp app) {
        this.app = app;
    }

    /** users.info says the seller is an admin of the workspace (the default person is not). */
    void sellerIsAdmin() {
        app.slack().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/api/users.info")).withRequestBody(containing(Slackers.SELLER_USER))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\""
                        + Slackers.SELLER_TEAM + "\",\"is_admin\":true,\"tz\":\"Europe/Berlin\",\"real_name\":\"Sam Seller\"}}")));
    }

    /** The answer the person who typed {@code /map api …} got, after the background check. */
    String command(String userId, String text) {
        int before = app.slack().responses().size();
        app.requests().command(userId, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "api " + text);
        return app.slack().awaitResponses(before + 1).get(before).getAsJsonObject().get("text").getAsString();
    }

    /** A new token, created by the admin seller. */
    String token(String name) {
        sellerIsAdmin();
        Matcher found = TOKEN.matcher(command(Slackers.SELLER_USER, "token create " + name));
        if (!found.find()) {
            throw new AssertionError("no token in the answer");
        }
        return found.group();
    }

    HttpResponse<String> get(String token, String path) {
        return send(request(token, path).GET());
    }

    HttpResponse<String> post(String token, String path, String body) {
        return send(request(token, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> patch(String token, String path, String ifMatch, String body) {
        HttpRequest.Builder request = request(token, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String body(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1" + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
