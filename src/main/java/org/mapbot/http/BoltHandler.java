package org.mapbot.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hosts a Bolt {@link App} in Javalin: verifies the signature over the raw bytes, runs the app, copies the answer back. */
public final class BoltHandler implements Handler {
    private static final Logger log = LoggerFactory.getLogger(BoltHandler.class);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature signature;

    public BoltHandler(App app, SlackSignature signature) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signature;
    }

    @Override
    public void handle(@NotNull Context ctx) throws Exception {
        // The signature covers the exact bytes: read them before anything parses form parameters.
        byte[] body = ctx.bodyAsBytes();
        if (!signature.isValid(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), body)) {
            log.warn("Rejected a request to {} with an invalid or stale Slack signature", ctx.path());
            ctx.status(401).json(Map.of("ok", false, "error", "invalid_signature"));
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!SlackPayloadShape.isValid(ctx.contentType(), text)) {
            log.warn("Refused a signed request to {} that is not shaped as Slack sends them", ctx.path());
            ctx.status(400).json(Map.of("ok", false, "error", "invalid_payload"));
            return;
        }
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers(ctx)))
                .requestBody(text)
                .remoteAddress(ctx.ip())
                .build());
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }
}
