package org.mapbot.interaction;

import com.slack.api.model.view.View;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Installation;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the app's modals; every modal's private metadata is signed on the way out, and checked when it comes back. */
public final class Modals {
    private static final Logger log = LoggerFactory.getLogger(Modals.class);

    private final SlackClients slack;
    private final SignedMetadata metadata;
    private final SlackJson json = new SlackJson();

    public Modals(SlackClients slack, SignedMetadata metadata) {
        this.slack = slack;
        this.metadata = metadata;
    }

    /** Opens {@code view}; a refusal by Slack becomes a {@link PlanException} worded for the person. */
    public void open(Installation installation, String triggerId, View view) {
        if (view.getCallbackId() != null) {
            view.setPrivateMetadata(metadata.sign(view.getCallbackId(), OpenedBy.tag(installation, view.getPrivateMetadata())));
        }
        try {
            var opened = slack.bot(installation).viewsOpen(r -> r.triggerId(triggerId).viewAsString(json.view(view)));
            if (!opened.isOk()) {
                log.warn("views.open answered {}", opened.getError());
                throw new PlanException("I could not open the form (" + opened.getError() + "). Please try again.");
            }
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            log.warn("views.open failed: {}", e.getMessage());
            throw new PlanException("I could not open the form (Slack did not answer). Please try again.");
        }
    }
}
