package org.mapbot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Every call to Slack's Web API, seen where the Slack SDK sends it (an OkHttp interceptor), as
 * {@code mapbot_slack_api_calls_seconds{method, outcome}}: {@code ok}, Slack's error code ({@code channel_not_found}),
 * {@code http_429}, {@code http_<status>}, {@code timeout} or {@code network_error}; and each {@code Retry-After}
 * Slack asked for as {@code mapbot_slack_api_retry_after_seconds{method}}. Nothing of the request (token, text) is kept.
 */
public final class SlackCallMetrics implements Interceptor {
    private static final Pattern METHOD = Pattern.compile("[a-zA-Z]+(\\.[a-zA-Z0-9]+)+");
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z0-9_]{1,64}");
    /** Slack's answers are small JSON; a bigger body (a file download) is not read for an error code. */
    private static final long PEEK_LIMIT = 64 * 1024;

    private final MeterRegistry registry;
    private final ObjectMapper json = new ObjectMapper();

    public SlackCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String method = method(request);
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (InterruptedIOException e) {
            record(method, "timeout", start);
            throw e;
        } catch (IOException e) {
            record(method, "network_error", start);
            throw e;
        }
        record(method, outcome(response), start);
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null && retryAfter.trim().matches("\\d{1,6}")) {
            DistributionSummary.builder("mapbot.slack.api.retry.after")
                    .description("Waits Slack asked for with Retry-After")
                    .baseUnit("seconds")
                    .tag("method", method)
                    .register(registry)
                    .record(Long.parseLong(retryAfter.trim()));
        }
        return response;
    }

    private void record(String method, String outcome, long startNanos) {
        Timer.builder("mapbot.slack.api.calls")
                .description("Calls to Slack's Web API, by method and outcome")
                .tag("method", method)
                .tag("outcome", outcome)
                .register(registry)
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** The Web API method named by the URL's last segment ({@code chat.postMessage}); uploads to a file URL are "upload". */
    static String method(Request request) {
        List<String> segments = request.url().pathSegments();
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        return METHOD.matcher(last).matches() ? last : "upload";
    }

    private String outcome(Response response) {
        if (response.code() == 429) {
            return "http_429";
        }
        if (response.code() != 200) {
            return "http_" + response.code();
        }
        try {
            String body = response.peekBody(PEEK_LIMIT).string();
            if (body.startsWith("{\"ok\":true")) {
                return "ok";
            }
            JsonNode answer = json.readTree(body);
            if (answer == null || !answer.isObject() || answer.path("ok").asBoolean(false)) {
                return "ok";
            }
            String error = answer.path("error").asText("");
            return ERROR_CODE.matcher(error).matches() ? error : "unknown_error";
        } catch (IOException | RuntimeException e) {
            return "ok"; // not JSON (an upload's plain answer): the HTTP status said it went through
        }
    }
}
