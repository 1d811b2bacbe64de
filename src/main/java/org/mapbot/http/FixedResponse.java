package org.mapbot.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete answer decided in advance (status, type, headers, body), so a route and Jetty's error path can send the same bytes. */
public record FixedResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public FixedResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers)); // in the order given, always
    }

    public void writeTo(Context ctx) {
        headers.forEach(ctx::header);
        ctx.status(status).contentType(contentType).result(body);
    }
}
