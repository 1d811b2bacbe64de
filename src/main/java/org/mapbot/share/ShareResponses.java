package org.mapbot.share;

import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mapbot.http.FixedResponse;

/**
 * How every share link answers: not cached, not indexed, never framed or sniffed, the token never sent on in a
 * Referer; and one 404, byte for byte, for every link that opens nothing (unknown, revoked, malformed, empty).
 */
public final class ShareResponses {
    /**
     * Written as Jetty writes a type it knows (no space before the parameter; RFC 9110 allows either), so the 404 sent
     * from Jetty's error path has the same bytes as the one a route sends through the servlet layer.
     */
    public static final String HTML = "text/html;charset=utf-8";
    public static final String CALENDAR = "text/calendar; charset=utf-8";
    /** No scripts, no requests, no forms; only the page's own inline styles and the timeline's inline SVG. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> HEADERS = headers();
    private static final FixedResponse NOT_FOUND = new FixedResponse(404, HTML, HEADERS,
            SharePageView.notFoundPage().getBytes(StandardCharsets.UTF_8));

    private ShareResponses() {
    }

    public static FixedResponse ok(String contentType, String body) {
        return new FixedResponse(200, contentType, HEADERS, body.getBytes(StandardCharsets.UTF_8));
    }

    public static FixedResponse notFound() {
        return NOT_FOUND;
    }

    /** {@code GET <prefix><token>} answers what {@code open} makes of the token, or the 404; so does the bare prefix. */
    public static void route(RoutesConfig routes, ShareLinkKind kind, Function<String, Optional<FixedResponse>> open) {
        // <token> rather than {token}: a token with a slash in it is one more link that opens nothing, not another 404.
        routes.get(kind.pathPrefix() + "<token>", ctx -> open.apply(ctx.pathParam("token")).orElse(NOT_FOUND).writeTo(ctx));
        routes.get(kind.pathPrefix(), NOT_FOUND::writeTo);
    }

    /**
     * The 404 for a path under {@code kind}'s prefix that Jetty refused before routing, and for a request whose target
     * Jetty could not parse at all ({@code rawPath} null: a NUL in it), since that could have been a share link too.
     */
    public static Optional<FixedResponse> refused(ShareLinkKind kind, String rawPath) {
        return rawPath == null || rawPath.startsWith(kind.pathPrefix()) ? Optional.of(NOT_FOUND) : Optional.empty();
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Robots-Tag", "noindex, nofollow");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        return headers;
    }
}
