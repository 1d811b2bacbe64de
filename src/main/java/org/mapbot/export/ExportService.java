package org.mapbot.export;

import com.slack.api.methods.MethodsClient;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.ShareService;

/**
 * Renders a plan as a file and uploads it to Slack. Every export is the customer's document, internal steps
 * left out, wherever it is sent: files get forwarded, and a DM today is an attachment to the customer tomorrow.
 */
public final class ExportService {
    private final ShareService shares;
    private final SlackFileUpload upload;
    private final Supplier<MethodsClient> slack;

    public ExportService(ShareService shares, SlackFileUpload upload, Supplier<MethodsClient> slack) {
        this.shares = shares;
        this.upload = upload;
        this.slack = slack;
    }

    /** Posts the file in {@code channelId}, or, when it is null, in a DM to the person asking. */
    public void send(Actor actor, Plan plan, ExportFormat format, String channelId) throws Exception {
        PlanDocument document = shares.customerDocument(plan);
        byte[] bytes = format.render(document);
        String destination = channelId != null ? channelId : dmWith(actor.userId());
        upload.upload(bytes, fileName(plan, format), plan.title() + " — mutual action plan (" + format.label() + ")",
                destination, "Mutual action plan *" + org.mapbot.slack.SlackText.escape(plan.title()) + "* as "
                        + format.label() + ", as of " + document.today() + ". Internal steps are not included.");
    }

    private String dmWith(String userId) throws Exception {
        var dm = slack.get().conversationsOpen(r -> r.users(java.util.List.of(userId)));
        if (!dm.isOk() || dm.getChannel() == null) {
            throw new IOException("conversations.open: " + dm.getError());
        }
        return dm.getChannel().getId();
    }

    static String fileName(Plan plan, ExportFormat format) {
        String slug = plan.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return (slug.isEmpty() ? "plan" : slug) + "-mutual-action-plan." + format.extension();
    }
}
