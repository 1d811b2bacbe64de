package org.mapbot.sandbox;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.mapbot.http.HttpServer;
import org.mapbot.http.SlackSignature;

/**
 * Sends the app what Slack would, over real HTTP to {@code POST /slack/events}, signed with the app's signing secret
 * exactly as Slack signs; every request and its status goes into the sandbox's record.
 */
final class SlackToApp {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SandboxState state;
    private final SlackSignature signature;
    private final URI endpoint;

    SlackToApp(SandboxState state, SlackSignature signature, String baseUrl) {
        this.state = state;
        this.signature = signature;
        this.endpoint = URI.create(baseUrl + HttpServer.SLACK_EVENTS_PATH);
    }

    /** The app's HTTP answer: the status and the body it acknowledged with. */
    record Reply(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    Reply form(String kind, String summary, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(kind, summary, body.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** Interactivity: Slack posts the payload as JSON inside a {@code payload} form field. */
    Reply interaction(String kind, String summary, JsonObject payload) {
        return form(kind, summary, Map.of("payload", payload.toString()));
    }

    Reply event(String kind, String summary, JsonObject envelope) {
        return send(kind, summary, envelope.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private Reply send(String kind, String summary, byte[] body, String contentType) {
        String timestamp = Long.toString(state.clock().instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Reply reply;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            reply = new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            reply = new Reply(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = new Reply(0, "");
        }
        state.record().recordAppRequest(kind, summary, reply.status());
        return reply;
    }
}
