package org.mapbot.reminder;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Posts reminder messages and sorts what Slack answers into what the sweeper does next. The synchronous client
 * does not wait on HTTP 429 (it throws with {@code Retry-After}), so pacing is the sweeper's job.
 */
public final class SlackPoster {
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived");
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited");

    private final Supplier<MethodsClient> slack;
    private final org.mapbot.slack.SlackJson json = new org.mapbot.slack.SlackJson();

    public SlackPoster(Supplier<MethodsClient> slack) {
        this.slack = slack;
    }

    /** What came of one post. */
    public sealed interface Outcome {
        record Sent(String channel, String ts) implements Outcome { }
        record RateLimited(Duration retryAfter) implements Outcome { }
        record Transient(String error) implements Outcome { }
        record ChannelGone(String error) implements Outcome { }
        record Rejected(String error) implements Outcome { }
    }

    public Outcome post(String channel, String threadTs, ReminderViews.Message message) {
        try {
            ChatPostMessageResponse response = slack.get().chatPostMessage(r -> {
                r.channel(channel).text(message.text()).blocksAsString(json.blocks(message.blocks())).unfurlLinks(false).unfurlMedia(false);
                if (threadTs != null) {
                    r.threadTs(threadTs);
                }
                return r;
            });
            if (response.isOk()) {
                return new Outcome.Sent(response.getChannel() == null ? channel : response.getChannel(), response.getTs());
            }
            return classify(response.getError());
        } catch (SlackApiException e) {
            return classify(e);
        } catch (IOException e) {
            return new Outcome.Transient("network: " + e.getMessage());
        }
    }

    /** Replaces a posted message (an answered status check); false when Slack refused. */
    public boolean update(String channel, String ts, ReminderViews.Message message) {
        try {
            ChatUpdateResponse response = slack.get().chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
                    .blocksAsString(json.blocks(message.blocks())));
            return response.isOk();
        } catch (SlackApiException | IOException e) {
            return false;
        }
    }

    static Outcome classify(String error) {
        if (error == null) {
            return new Outcome.Transient("unknown error");
        }
        if (CHANNEL_GONE.contains(error)) {
            return new Outcome.ChannelGone(error);
        }
        if (error.equals("ratelimited")) {
            return new Outcome.RateLimited(DEFAULT_RETRY_AFTER);
        }
        return TRANSIENT.contains(error) ? new Outcome.Transient(error) : new Outcome.Rejected(error);
    }

    static Outcome classify(SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            return new Outcome.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
        }
        String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "http " + status;
        if (status >= 500 || status == 408 || status == 0) {
            return new Outcome.Transient(error);
        }
        return classify(error);
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
