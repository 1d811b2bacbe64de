package org.mapbot.reminder;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import org.mapbot.plan.domain.Plan;
import org.mapbot.slack.NotInstalledException;
import org.mapbot.slack.SlackErrors;

/**
 * Posts reminder messages and sorts what Slack answers into what the sweeper does next. The synchronous client
 * does not wait on HTTP 429 (it throws with {@code Retry-After}), so pacing is the sweeper's job.
 */
public final class SlackPoster {
    static final Duration DEFAULT_RETRY_AFTER = SlackErrors.DEFAULT_RETRY_AFTER;

    /** The bot of a plan's installation: reminders go out with the token of the workspace the plan belongs to. */
    private final Function<Plan, MethodsClient> slack;
    private final org.mapbot.slack.SlackJson json = new org.mapbot.slack.SlackJson();

    public SlackPoster(Function<Plan, MethodsClient> slack) {
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

    public Outcome post(Plan plan, String channel, String threadTs, ReminderViews.Message message) {
        try {
            ChatPostMessageResponse response = slack.apply(plan).chatPostMessage(r -> {
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
        } catch (NotInstalledException e) {
            return new Outcome.Rejected("not_installed");
        }
    }

    /** Replaces a posted message (an answered status check); false when Slack refused. */
    public boolean update(Plan plan, String channel, String ts, ReminderViews.Message message) {
        try {
            ChatUpdateResponse response = slack.apply(plan).chatUpdate(r -> r.channel(channel).ts(ts).text(message.text())
                    .blocksAsString(json.blocks(message.blocks())));
            return response.isOk();
        } catch (SlackApiException | IOException | NotInstalledException e) {
            return false;
        }
    }

    static Outcome classify(String error) {
        if (error == null) {
            return new Outcome.Transient("unknown error");
        }
        if (SlackErrors.isChannelGone(error)) {
            return new Outcome.ChannelGone(error);
        }
        if (error.equals("ratelimited")) {
            return new Outcome.RateLimited(DEFAULT_RETRY_AFTER);
        }
        return SlackErrors.isTransient(error) ? new Outcome.Transient(error) : new Outcome.Rejected(error);
    }

    static Outcome classify(SlackApiException e) {
        int status = SlackErrors.status(e);
        if (status == 429) {
            return new Outcome.RateLimited(SlackErrors.retryAfter(e).orElse(DEFAULT_RETRY_AFTER));
        }
        String error = SlackErrors.error(e);
        if (status >= 500 || status == 408 || status == 0) {
            return new Outcome.Transient(error);
        }
        return classify(error);
    }

    static Duration retryAfter(String header) {
        return SlackErrors.retryAfter(header);
    }
}
