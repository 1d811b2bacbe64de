package org.mapbot.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mapbot.plan.domain.PlanException;

/**
 * Which URLs a webhook may be sent to. MAP Bot makes these requests from inside its own network, so an endpoint must
 * not point it at that network (SSRF): https only, no user name or password in the URL, and only public addresses —
 * checked when the endpoint is added and again before every attempt, since a name can be pointed elsewhere later.
 * Hosts listed in {@link WebhookSettings#TRUSTED_HOSTS} are exempt (plain http and private addresses allowed).
 */
public final class WebhookUrls {
    public static final int MAX_LENGTH = 500;
    static final String EXAMPLE = "`/map webhooks add https://hooks.example.com/mapbot`";

    private final Set<String> trustedHosts;

    public WebhookUrls(Set<String> trustedHosts) {
        this.trustedHosts = Set.copyOf(trustedHosts);
    }

    /** The URL as typed (Slack may wrap it in {@code <…>} or {@code <…|label>}), checked; or why not, with an example. */
    public URI parse(String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.startsWith("<") && raw.endsWith(">")) {
            raw = raw.substring(1, raw.length() - 1);
            int label = raw.indexOf('|');
            raw = label < 0 ? raw : raw.substring(0, label);
        }
        if (raw.isEmpty() || raw.length() > MAX_LENGTH) {
            throw refused("a webhook URL is an https address of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw refused("that is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && trusted(host)))) {
            throw refused("webhooks go to https URLs only");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("a webhook URL may not carry a user name or password; put a token in its path or query instead");
        }
        if (uri.getRawFragment() != null) {
            throw refused("a webhook URL has no #fragment");
        }
        unreachable(uri).ifPresent(why -> {
            throw refused(why);
        });
        return uri.normalize();
    }

    /** Why MAP Bot will not send to this URL now, if it will not (the host is private, or cannot be found). */
    public Optional<String> unreachable(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (trusted(host)) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    return Optional.of(org.mapbot.slack.SlackText.escape(host) + " is a private or local address, which webhooks may not reach");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("the host " + org.mapbot.slack.SlackText.escape(host) + " cannot be found");
        }
    }

    private boolean trusted(String host) {
        return trustedHosts.contains(host);
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
    }

    private static PlanException refused(String why) {
        return new PlanException("That URL cannot receive webhooks: " + why + ". For example: " + EXAMPLE + ".");
    }
}
