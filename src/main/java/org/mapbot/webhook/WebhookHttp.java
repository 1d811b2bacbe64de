package org.mapbot.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One signed POST to an endpoint: connect within 5 s, the whole answer within 10 s, redirects never followed (a
 * redirect could lead MAP Bot's request anywhere, past the URL checks). The answer's body is not read.
 */
public final class WebhookHttp {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What one attempt got: a status code, or an error (never both), and how long it took. */
    public record Outcome(Integer status, String error, Duration duration) {
        static Outcome refused(String why) {
            return new Outcome(null, cut(why), Duration.ZERO);
        }

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        public boolean gone() {
            return status != null && status == 410;
        }

        /** For the endpoint's list and the admin: "HTTP 500" or the error. */
        public String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }

    public Outcome post(URI url, String id, long timestamp, String body, String secret) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TOTAL_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "MAP-Bot-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, null, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(null, cut(what), Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while sending", Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
