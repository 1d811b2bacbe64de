package org.mapbot.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What Slack's answers mean for whoever called: wait and retry (rate limit, outage), give up on the channel, or a
 * mistake of ours. One place reads {@code Retry-After}, for the card, the Home tabs and the reminder sender alike.
 */
public final class SlackErrors {
    /** When Slack rate-limits without saying for how long. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived");
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");

    private SlackErrors() {
    }

    public static boolean isChannelGone(String error) {
        return error != null && CHANNEL_GONE.contains(error);
    }

    public static boolean isTransient(String error) {
        return error == null || TRANSIENT.contains(error);
    }

    /** The wait Slack asked for in a {@code Retry-After} header (seconds), at least a second. */
    public static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /** For a rate-limited call (HTTP 429), the wait Slack asked for. */
    public static Optional<Duration> retryAfter(SlackApiException e) {
        if (e.getResponse() == null || e.getResponse().code() != 429) {
            return Optional.empty();
        }
        return Optional.of(retryAfter(e.getResponse().header("Retry-After")));
    }

    public static int status(SlackApiException e) {
        return e.getResponse() == null ? 0 : e.getResponse().code();
    }

    /** Slack's error code in a failed HTTP answer, or {@code http <status>}. */
    public static String error(SlackApiException e) {
        return e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "http " + status(e);
    }
}
