package org.mapbot.plan.slack;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mapbot.slack.SlackText;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.Template;

/** The ephemeral text answers of {@code /map list}, {@code plans}, {@code templates} and {@code history}. */
public final class PlanTextViews {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Slack refuses message text over 40,000 characters: msg_too_long (docs.slack.dev/reference/methods/chat.postMessage). */
    private static final int MESSAGE_TEXT = 40_000;
    /** Room kept for "…and 12 more" and the usage line after a cut list. */
    private static final int CLOSING_LINE = 400;
    /** A template's line shows its first steps up to about this many characters. */
    private static final int TEMPLATE_LINE = 400;

    private PlanTextViews() {
    }

    /** The whole plan for the seller who asked, internal steps included and marked. */
    public static String list(PlanView view) {
        Plan plan = view.plan();
        StringBuilder text = new StringBuilder("*").append(SlackText.escape(plan.title())).append("* — ")
                .append(view.doneCount()).append('/').append(view.countedSteps()).append(" done");
        if (plan.targetDate() != null) {
            text.append(", target ").append(SlackText.date(plan.targetDate(), plan.timeZone()));
        }
        if (view.projectedFinish() != null) {
            text.append(", projected ").append(SlackText.date(view.projectedFinish(), plan.timeZone()));
        }
        if (view.slips().count() > 0) {
            text.append(", ").append(view.slips().count()).append(view.slips().count() == 1 ? " slip (" : " slips (")
                    .append(view.slips().days()).append(" days)");
        }
        text.append('\n').append(CommitmentText.line(view)).append('\n');
        if (view.steps().isEmpty()) {
            text.append("_No steps yet._ Add one: `/map add Security review @jane by next friday`");
        }
        for (Step step : view.steps()) {
            String line = StepText.line(step, plan.timeZone(), view.today()).replace("\n", " — ");
            if (text.length() + line.length() > 38_000) {
                text.append("\n…and more: open *Full plan* on the card.");
                break;
            }
            text.append('\n').append(line);
        }
        return text.toString();
    }

    public static String plans(List<Plan> plans, Plan current) {
        if (plans.isEmpty()) {
            return "No plans in this channel yet. Start one: `/map new Acme rollout with enterprise`";
        }
        StringBuilder text = new StringBuilder("*Plans in this channel:*");
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            text.append("\n").append(i + 1).append(". ").append(SlackText.escape(plan.title())).append(" (")
                    .append(plan.status().label().toLowerCase()).append(")");
            if (current != null && current.id() == plan.id()) {
                text.append(" ← current");
            }
        }
        return text.append("\nSwitch with `/map switch 2`.").toString();
    }

    /** Each template with its size and its first steps; as many templates as Slack's message limit allows. */
    public static String templates(List<Template> templates) {
        StringBuilder text = new StringBuilder("*Templates:*");
        int left = appendWithinLimit(text, templates.stream().map(PlanTextViews::templateLine).toList());
        if (left > 0) {
            text.append("\n…and ").append(left).append(" more templates: type part of a name in the New plan form (`/map new`).");
        }
        return text.append("\nUse one: `/map new Acme rollout with enterprise`. Save this plan's steps: `/map template save my-template`.")
                .toString();
    }

    private static String templateLine(Template template) {
        StringBuilder line = new StringBuilder("• `").append(SlackText.escape(template.name())).append("` — ")
                .append(template.description()).append(" (").append(template.steps().size())
                .append(template.steps().size() == 1 ? " step): " : " steps): ");
        int shown = 0;
        for (Template.TemplateStep step : template.steps()) {
            String title = SlackText.escape(step.title(), 60);
            if (shown > 0 && line.length() + title.length() > TEMPLATE_LINE) {
                return line.append(" · …").toString();
            }
            line.append(shown++ > 0 ? " · " : "").append(title);
        }
        return line.toString();
    }

    public static String history(Plan plan, List<PlanEvent> events, String about) {
        if (events.isEmpty()) {
            return "No history yet for " + about + ".";
        }
        ZoneId zone = plan.timeZone();
        StringBuilder text = new StringBuilder("*History of ").append(about).append("* (newest first)");
        int left = appendWithinLimit(text, events.stream().map(e -> "• " + WHEN.format(e.at().atZone(zone)) + " "
                + actor(e.actorUserId()) + " " + describe(e)).toList());
        if (left > 0) {
            text.append("\n…and ").append(left).append(left == 1 ? " older change" : " older changes").append(" not shown.");
        }
        return text.toString();
    }

    /**
     * Appends as many lines as keep the text within Slack's limit for message text, leaving room for a closing line;
     * returns how many did not fit. Slack counts the text as it arrives, entities ({@code &amp;}) and all.
     */
    private static int appendWithinLimit(StringBuilder text, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (text.length() + 1 + lines.get(i).length() > MESSAGE_TEXT - CLOSING_LINE) {
                return lines.size() - i;
            }
            text.append('\n').append(lines.get(i));
        }
        return 0;
    }

    /** People are mentions; what the bot did on its own (no Slack user id) is signed MAP Bot. */
    private static String actor(String userId) {
        return userId != null && userId.matches("[UWB][A-Z0-9]+") ? SlackText.mention(userId) : "MAP Bot";
    }

    static String describe(PlanEvent e) {
        String step = e.stepTitle() == null ? "" : "*" + SlackText.escape(e.stepTitle(), 300) + "*: ";
        String reason = e.reason() == null ? "" : " — _" + SlackText.escape(e.reason()) + "_";
        return switch (e.kind()) {
            case Change.CREATED -> "created the plan " + value(e.newValue());
            case Change.STEP_ADDED -> "added " + step.replace(": ", "");
            case Change.STEP_REMOVED -> "removed " + step.replace(": ", "");
            case Change.STATUS -> step + "status " + value(e.oldValue()) + " → " + value(e.newValue()) + reason;
            case Change.DUE_DATE -> step + "due " + value(e.oldValue()) + " → " + value(e.newValue())
                    + (e.daysSlipped() != null && e.daysSlipped() > 0 ? " (slipped " + e.daysSlipped() + " days)" : "") + reason;
            case Change.OWNER -> step + "owner " + owner(e.oldValue()) + " → " + owner(e.newValue());
            case Change.COMMENT -> step + "commented: " + value(e.newValue());
            case Change.TARGET -> "target " + value(e.oldValue()) + " → " + value(e.newValue());
            case Change.PLAN_STATUS -> "plan " + value(e.oldValue()) + " → " + value(e.newValue()) + reason;
            case Change.RESULT -> step + "result: " + value(e.newValue());
            case Change.PLAN_PROPOSED -> "asked the customer to agree to the plan (version " + value(e.newValue()) + ")";
            case Change.AGREED -> "agreed to the plan for the " + value(e.oldValue()) + " organisation (version "
                    + value(e.newValue()) + ")";
            case Change.DATE_PROPOSED, Change.OWNER_PROPOSED -> step + "proposed " + withMentions(e.newValue()) + reason;
            case Change.PROPOSAL_ACCEPTED -> step + "accepted the proposal " + withMentions(e.oldValue()) + ": "
                    + withMentions(e.newValue()) + reason;
            case Change.PROPOSAL_DECLINED -> step + "declined the proposal " + withMentions(e.oldValue())
                    + (e.newValue() == null ? "" : " — _" + value(e.newValue()) + "_");
            case Change.PROPOSAL_COUNTERED -> step + "countered the proposal " + withMentions(e.oldValue()) + " with "
                    + value(e.newValue());
            case Change.UNILATERAL -> step + "*changed the agreed date without the other side's agreement*: "
                    + value(e.oldValue()) + " → " + value(e.newValue()) + reason;
            default -> step + e.kind().replace('_', ' ') + " " + value(e.oldValue()) + " → " + value(e.newValue()) + reason;
        };
    }

    private static String value(String v) {
        return v == null ? "—" : SlackText.escape(v, 300);
    }

    /** Text of our own that names people as {@code <@U123>}: escaped, with those mentions kept. */
    private static String withMentions(String v) {
        return value(v).replaceAll("&lt;@([UW][A-Z0-9]{2,20})&gt;", "<@$1>");
    }

    /** Owners are stored as {@code <@U123>} (our own markup) or a typed name (escaped). */
    private static String owner(String v) {
        if (v != null && v.matches("<@[UW][A-Z0-9]+>")) {
            return v;
        }
        return value(v);
    }
}
