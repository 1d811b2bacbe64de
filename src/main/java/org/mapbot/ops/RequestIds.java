package org.mapbot.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.mapbot.http.RouteContributor;

/**
 * Gives every HTTP request an id, in its log lines ({@code request_id}) and in the {@code X-Request-Id} answer header;
 * a proxy's own id (nginx's {@code $request_id}) is kept when it sends one of a sane shape.
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
            ctx.header(HEADER, id);
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
