package org.mapbot.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.mapbot.http.RouteContributor;

/**
 * Gives every HTTP request an id in its log lines ({@code request_id}): the proxy's own ({@code X-Request-Id}, nginx's
 * {@code $request_id}) when it sends one of a sane shape, so one id finds a request in both logs. It is not echoed in
 * the answer: answers that must be identical byte for byte (an unknown share link's 404) stay identical.
 */
public final class RequestIds implements RouteContributor {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SecureRandom random = new SecureRandom();

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.before(ctx -> {
            LogContext.clear();
            String id = idOf(ctx);
            LogContext.request(id);
        });
        routes.after(ctx -> LogContext.clear());
    }

    private String idOf(Context ctx) {
        String given = ctx.header(HEADER);
        if (given != null && SANE.matcher(given).matches()) {
            return given;
        }
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
