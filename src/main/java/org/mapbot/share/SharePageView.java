package org.mapbot.share;

import static org.mapbot.share.HtmlText.escape;

import java.util.List;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/**
 * The read-only page behind a share link: a complete HTML5 document with no scripts, so it works
 * anywhere and its content can be trusted not to run anything. Every user-typed value is escaped.
 */
public final class SharePageView {

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta name="referrer" content="no-referrer">
            """;

    private SharePageView() {
    }

    public static String render(PlanDocument document) {
        var plan = document.plan();
        var progress = document.progress();
        StringBuilder html = new StringBuilder(16_384).append(HEAD);
        html.append("<title>").append(escape(plan.title())).append(" · Mutual action plan</title>\n");
        html.append("<style>").append(SharePageStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<p class=\"kicker\">Mutual action plan</p>\n");
        html.append("<h1>").append(escape(plan.title())).append("</h1>\n");
        html.append("<dl class=\"facts\">\n");
        fact(html, "Customer", plan.customerName());
        fact(html, "Seller owner", document.sellerOwnerLabel());
        fact(html, "Start", DocumentText.date(plan.startDate()));
        fact(html, "Target date", DocumentText.date(plan.targetDate()));
        fact(html, "Projected finish", DocumentText.date(document.projectedFinish()));
        fact(html, "Status", plan.status().label());
        html.append("</dl>\n");

        int overdue = document.overdueSteps().size();
        html.append("<section class=\"progress\" aria-label=\"Progress\">\n<div class=\"progress-label\"><span>")
                .append(progress.summary()).append("</span>");
        if (overdue > 0) {
            html.append("<span class=\"badge overdue\">").append(overdue).append(" overdue</span>");
        }
        html.append("</div>\n<div class=\"bar\" role=\"progressbar\" aria-label=\"Steps done\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                .append(progress.percent()).append("\"><span style=\"width:").append(progress.percent())
                .append("%\"></span></div>\n</section>\n");
        commitment(html, document);

        TimelineLayout layout = TimelineLayout.of(document);
        html.append("<h2>Timeline</h2>\n").append(TimelineSvg.render(layout)).append('\n');
        if (!layout.undated().isEmpty()) {
            html.append("<p class=\"note\">Not dated yet: ").append(layout.undated().size())
                    .append(layout.undated().size() == 1 ? " step" : " steps").append(" (see the table).</p>\n");
        }

        html.append("<h2>Steps</h2>\n");
        stepTable(html, document);
        html.append("<footer>Read-only view as of ").append(DocumentText.date(document.today()))
                .append(". Dates are in the plan's time zone (").append(escape(plan.timeZone().getId()))
                .append(").</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Says nothing about whether a plan existed, so a guessed or revoked link learns nothing. */
    public static String notFoundPage() {
        return HEAD + "<title>Page not found</title>\n<style>" + SharePageStyle.CSS + "</style>\n</head>\n<body>\n"
                + "<main>\n<h1>Page not found</h1>\n"
                + "<p>This link does not lead to a plan. It may have been mistyped or switched off by its owner.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /** Who agreed for each organisation and when, and what changed without agreement or waits for an answer. */
    private static void commitment(StringBuilder html, PlanDocument document) {
        html.append("<section class=\"commitment\" aria-labelledby=\"commitment\">\n<h2 id=\"commitment\">Commitment</h2>\n<p><strong>")
                .append(escape(DocumentCommitment.state(document))).append("</strong></p>\n");
        List<String> agreements = DocumentCommitment.agreements(document);
        if (!agreements.isEmpty()) {
            html.append("<ul>\n");
            agreements.forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        DocumentCommitment.notes(document).forEach(note -> html.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        html.append("</section>\n");
    }

    /** The due date with its agreement mark and any new date proposed for it. */
    private static String dueDate(PlanDocument document, Step step) {
        StringBuilder cell = new StringBuilder(DocumentText.date(step.dueDate()));
        String mark = DocumentCommitment.dateMark(step);
        if (!mark.isEmpty()) {
            String kind = step.isDateAgreed() ? "agreed" : "unilateral";
            cell.append("<span class=\"mark ").append(kind).append("\">").append(escape(mark)).append("</span>");
        }
        DocumentCommitment.proposal(document, step).ifPresent(p ->
                cell.append("<span class=\"mark proposed\">").append(escape(p)).append("</span>"));
        return cell.toString();
    }

    private static void fact(StringBuilder html, String name, String value) {
        html.append("<div><dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd></div>\n");
    }

    private static void stepTable(StringBuilder html, PlanDocument document) {
        html.append("<table>\n<thead><tr><th>#</th><th>Step</th><th>Side</th><th>Owner</th>"
                + "<th>Due date</th><th>Status</th><th>Result</th></tr></thead>\n<tbody>\n");
        for (Step step : document.steps()) {
            boolean overdue = step.isOverdue(document.today());
            String rowClass = overdue ? " class=\"is-overdue\""
                    : step.status() == StepStatus.CANCELLED ? " class=\"is-cancelled\"" : "";
            html.append("<tr").append(rowClass).append('>')
                    .append("<td class=\"num\">").append(step.position()).append("</td>")
                    .append("<td>").append(escape(step.title())).append("</td>")
                    .append("<td>").append(step.side().label()).append("</td>")
                    .append("<td>").append(escape(document.ownerLabel(step))).append("</td>")
                    .append("<td class=\"date\">").append(dueDate(document, step)).append("</td>")
                    .append("<td class=\"status\">").append(statusBadge(step, overdue)).append("</td>")
                    .append("<td>").append(escape(step.result())).append("</td>")
                    .append("</tr>\n");
        }
        if (document.steps().isEmpty()) {
            html.append("<tr><td colspan=\"7\" class=\"note\">No steps yet.</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String statusBadge(Step step, boolean overdue) {
        String kind = switch (step.status()) {
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            default -> overdue ? "overdue" : "open";
        };
        String label = overdue ? step.status().label() + " · Overdue" : step.status().label();
        return "<span class=\"badge " + kind + "\">" + label + "</span>";
    }
}
