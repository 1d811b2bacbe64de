package org.mapbot.home;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import java.io.IOException;
import org.mapbot.pipeline.PublishFailed;
import org.mapbot.plan.domain.Installation;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackErrors;
import org.mapbot.slack.SlackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes one person's Home tab with {@code views.publish}; a passing refusal by Slack is thrown to be retried. */
public final class HomeTabs {
    private static final Logger log = LoggerFactory.getLogger(HomeTabs.class);

    private final SlackClients slack;
    private final SlackJson json = new SlackJson();

    public HomeTabs(SlackClients slack) {
        this.slack = slack;
    }

    public void publish(Installation installation, String userId, HomeModel model) throws PublishFailed {
        String view = json.view(HomeView.render(model));
        try {
            ViewsPublishResponse response = slack.bot(installation).viewsPublish(r -> r.userId(userId).viewAsString(view));
            if (!response.isOk()) {
                if (SlackErrors.isTransient(response.getError())) {
                    throw new PublishFailed("views.publish answered " + response.getError());
                }
                log.warn("views.publish for {} answered {}", userId, response.getError());
            }
        } catch (SlackApiException e) {
            throw new PublishFailed("views.publish answered " + SlackErrors.error(e), SlackErrors.retryAfter(e).orElse(null));
        } catch (IOException e) {
            throw new PublishFailed("views.publish did not answer: " + e.getMessage());
        }
    }

    /** For a tab someone just opened or paged: published now, a failure only logged (they can open it again). */
    public void publishNow(Installation installation, String userId, HomeModel model) {
        try {
            publish(installation, userId, model);
        } catch (PublishFailed e) {
            log.warn("Publishing the Home tab of {} failed: {}", userId, e.getMessage());
        }
    }
}
