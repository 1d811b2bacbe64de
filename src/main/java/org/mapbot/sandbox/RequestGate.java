package org.mapbot.sandbox;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may reach the sandbox's routes. It has no sign-in, and listening on 127.0.0.1 keeps other machines out but not
 * other web pages in the developer's own browser: those may send text/plain, form and multipart POSTs to any address
 * without asking first, and a site can point its own name at 127.0.0.1 (DNS rebinding) to become "same-origin". So:
 * <ul>
 *   <li>every route answers only when addressed by IP address or as {@code localhost}, never by another host name;</li>
 *   <li>the page's API and the Slack stand-in refuse a request a browser marks as coming from another origin (an
 *       {@code Origin} that is not the sandbox's own, a {@code Sec-Fetch-Site} other than {@code same-origin});
 *       the bot's own calls and other programs send neither;</li>
 *   <li>the page's POSTs take only {@code application/json}, which a foreign page cannot send without a CORS preflight
 *       that the sandbox never grants;</li>
 *   <li>the page's state is read only with the {@value #PAGE_MARKER} header, which needs such a preflight as well.</li>
 * </ul>
 */
final class RequestGate {
    /** Sent by the page's own script with every read of the state. */
    static final String PAGE_MARKER = "X-Sandbox-Page";

    private RequestGate() {
    }

    /** Pages, assets and downloads: opened by links and typed addresses from anywhere, so only the host name counts. */
    static Handler navigation(Handler handler) {
        return ctx -> {
            if (refusedHost(ctx)) {
                return;
            }
            handler.handle(ctx);
        };
    }

    /** The Slack stand-in, called by the bot and by programs: never by another origin's page. */
    static Handler ownOrigin(Handler handler) {
        return ctx -> {
            if (refusedHost(ctx) || refusedOrigin(ctx)) {
                return;
            }
            handler.handle(ctx);
        };
    }

    /** The page reading its state. */
    static Handler pageRead(Handler handler) {
        return ownOrigin(ctx -> {
            if (ctx.header(PAGE_MARKER) == null) {
                refuse(ctx, 403, "The sandbox's state is read by its own page, which sends the " + PAGE_MARKER + " header.");
                return;
            }
            handler.handle(ctx);
        });
    }

    /** The page doing something: a command, a click, a modal, the clock, the demo, a reset. */
    static Handler pageAction(Handler handler) {
        return ownOrigin(ctx -> {
            if (!"application/json".equals(mediaType(ctx.contentType()))) {
                refuse(ctx, 415, "The sandbox's page sends JSON: Content-Type must be application/json.");
                return;
            }
            handler.handle(ctx);
        });
    }

    private static boolean refusedHost(Context ctx) {
        if (hostName(ctx.host()).filter(RequestGate::cannotBeRebound).isPresent()) {
            return false;
        }
        refuse(ctx, 403, "Open the sandbox by IP address or as localhost, such as http://127.0.0.1:" + ctx.req().getLocalPort()
                + "/sandbox: it answers no other host name, so that no web site can point its own name at it.");
        return true;
    }

    private static boolean refusedOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        boolean foreign = origin != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.host())
                || site != null && !site.equalsIgnoreCase("same-origin");
        if (foreign) {
            refuse(ctx, 403, "This request came from another web page; the sandbox takes requests only from its own page.");
        }
        return foreign;
    }

    /** The host name of a {@code Host} header, without port and IPv6 brackets. */
    static Optional<String> hostName(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? Optional.empty() : Optional.of(host.substring(1, end));
        }
        int colon = host.indexOf(':');
        return Optional.of(colon < 0 ? host : host.substring(0, colon));
    }

    /** An IP address or localhost: names no one else's DNS can make point here. */
    static boolean cannotBeRebound(String name) {
        return name.equalsIgnoreCase("localhost")
                || name.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || name.contains(":") && name.matches("[0-9A-Fa-f:.]+");
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(Context ctx, int status, String text) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(PageJson.error(text).toString());
    }
}
