package org.mapbot.export;

import java.util.Locale;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.Permissions;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.ShareService;
import org.mapbot.slack.SlackText;

/**
 * Renders a plan as a file, for the seller team. Every export is the customer's document, internal steps left out,
 * wherever it is sent: files get forwarded, and a DM today is an attachment to the customer tomorrow.
 */
public final class ExportService {
    private final ShareService shares;

    public ExportService(ShareService shares) {
        this.shares = shares;
    }

    /** A file ready to share: its bytes, name, title and the line that goes with it. */
    public record ExportFile(byte[] bytes, String fileName, String title, String comment) {
    }

    public ExportFile render(Actor actor, Plan plan, ExportFormat format) {
        Permissions.requireSeller(actor, plan, "export the plan");
        PlanDocument document = shares.customerDocument(plan);
        return new ExportFile(format.render(document), fileName(plan, format),
                plan.title() + " — mutual action plan (" + format.label() + ")",
                "Mutual action plan *" + SlackText.escape(plan.title()) + "* as " + format.label() + ", as of "
                        + document.today() + ". Internal steps are not included.");
    }

    static String fileName(Plan plan, ExportFormat format) {
        String slug = plan.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return (slug.isEmpty() ? "plan" : slug) + "-mutual-action-plan." + format.extension();
    }
}
