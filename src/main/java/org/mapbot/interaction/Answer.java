package org.mapbot.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.view.View;
import java.util.concurrent.Executor;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a listener answers a click, always after the acknowledgement (off the request thread): an ephemeral line for the
 * clicker (on the Home tab, which has no response URL, a line in the app's Messages tab), a replaced ephemeral, or a
 * modal opened with the click's trigger.
 */
public final class Answer {
    private static final Logger log = LoggerFactory.getLogger(Answer.class);

    private final ActionContext ctx;
    private final Interaction who;
    private final boolean hasResponseUrl;
    private final SlackClients slack;
    private final Modals modals;
    private final Executor background;

    Answer(ActionContext ctx, Interaction who, boolean hasResponseUrl, SlackClients slack, Modals modals, Executor background) {
        this.ctx = ctx;
        this.who = who;
        this.hasResponseUrl = hasResponseUrl;
        this.slack = slack;
        this.modals = modals;
        this.background = background;
    }

    /** A line only the clicker sees; {@code mrkdwn} is already escaped where it holds user text. */
    public void tell(String mrkdwn) {
        background.execute(() -> send(mrkdwn, false));
    }

    /** Replaces the ephemeral message the click was on (a confirmation once answered). */
    public void replace(String mrkdwn) {
        background.execute(() -> send(mrkdwn, true));
    }

    /**
     * A line only the clicker sees, with one button that offers a next step (never needed: the click is done). On the
     * Home tab, which has no response URL, the line goes without the button.
     */
    public void offer(String mrkdwn, String actionId, String label, String value) {
        background.execute(() -> {
            if (!hasResponseUrl) {
                send(mrkdwn, false);
                return;
            }
            try {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(mrkdwn).blocks(java.util.List.of(
                        com.slack.api.model.block.Blocks.section(s -> s.text(
                                com.slack.api.model.block.composition.BlockCompositions.markdownText(mrkdwn))
                                .accessory(com.slack.api.model.block.element.BlockElements.button(b -> b.actionId(actionId)
                                        .text(com.slack.api.model.block.composition.BlockCompositions.plainText(label))
                                        .value(value)))))));
            } catch (Exception e) {
                log.warn("Could not answer {}: {}", who.userId(), e.getMessage());
            }
        });
    }

    public void warn(String mrkdwn) {
        tell(":warning: " + mrkdwn);
    }

    /** Opens a modal with the click's trigger; if Slack refuses, the clicker is told. */
    public void open(View view) {
        background.execute(() -> {
            try {
                modals.open(who.actor().installation(), who.triggerId(), view);
            } catch (RuntimeException e) {
                send(":warning: " + e.getMessage(), false);
            }
        });
    }

    private void send(String text, boolean replaceOriginal) {
        try {
            if (hasResponseUrl) {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(replaceOriginal).text(text));
            } else {
                slack.bot(who.actor().installation()).chatPostMessage(r -> r.channel(who.userId()).text(text));
            }
        } catch (Exception e) {
            log.warn("Could not answer {}: {}", who.userId(), e.getMessage());
        }
    }

    static String cut(String text) {
        return SlackText.cut(text, 150);
    }
}
