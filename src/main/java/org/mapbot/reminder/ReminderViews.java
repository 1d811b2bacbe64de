package org.mapbot.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static org.mapbot.slack.SlackText.date;
import static org.mapbot.slack.SlackText.escape;
import static org.mapbot.slack.SlackText.mention;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Step;
import org.mapbot.reminder.domain.Answer;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.plan.domain.Limits;

/** The reminder messages and modals, as pure functions of the plan and step they are about. */
public final class ReminderViews {
    private static final int MAX_TITLE = 300;
    /** Slack's maximum for a section's text (docs.slack.dev/reference/block-kit/blocks/section-block). */
    private static final int SECTION_TEXT = 3_000;
    private static final int DIGEST_STEPS = 20;

    private ReminderViews() {
    }

    /** A message: the notification text and its blocks. */
    public record Message(String text, List<LayoutBlock> blocks) {
    }

    // ---- direct messages about one step ----

    /** Due soon, due today or overdue, to the step's owner (or the seller owner), with Done and New date. */
    public static Message stepReminder(ReminderKind kind, Plan plan, Step step, LocalDate today, boolean toSellerAboutOthers,
                                       long reminderId) {
        String title = "*" + escape(step.title(), MAX_TITLE) + "*";
        String due = date(step.dueDate(), plan.timeZone());
        String line = switch (kind) {
            case DUE_SOON -> ":hourglass_flowing_sand: " + title + " is due " + due + ".";
            case DUE_TODAY -> ":date: " + title + " is due today, " + due + ".";
            case OVERDUE -> {
                long days = Math.max(1, ChronoUnit.DAYS.between(step.dueDate(), today));
                yield ":warning: " + title + " was due " + due + " and is " + days + (days == 1 ? " day" : " days") + " overdue.";
            }
            default -> throw new IllegalArgumentException(kind + " is not a step reminder");
        };
        String about = "Plan _" + escape(plan.title(), 200) + "_ · step " + step.position()
                + (toSellerAboutOthers ? " · owner " + ownerText(step.owner()) : "");
        List<LayoutBlock> blocks = asBlocks(
                section(s -> s.text(markdownText(line))),
                context(c -> c.elements(asContextElements(markdownText(about)))),
                actions(a -> a.blockId("reminder_actions").elements(asElements(
                        button(ReminderActions.DONE, "Done", reminderId, "primary"),
                        button(ReminderActions.NEW_DATE, "New date", reminderId, null)))));
        return new Message(notification(line) + " (" + plainTitle(plan) + ")", blocks);
    }

    /** The week-after question in the plan's channel, mentioning the owner, with the four answers. */
    public static Message statusCheck(Plan plan, Step step, long reminderId) {
        String who = step.owner().isSlackUser() ? mention(step.owner().userId()) + " " : ownerPrefix(step.owner());
        String line = ":mag: " + who + "*" + escape(step.title(), MAX_TITLE) + "* was due " + date(step.dueDate(), plan.timeZone())
                + " — where does it stand?";
        List<LayoutBlock> blocks = asBlocks(
                section(s -> s.text(markdownText(line))),
                actions(a -> a.blockId("status_check_actions").elements(asElements(
                        button(ReminderActions.DONE, "Done", reminderId, "primary"),
                        button(ReminderActions.NEW_DATE, "New date", reminderId, null),
                        button(ReminderActions.BLOCKED, "Blocked", reminderId, "danger"),
                        button(ReminderActions.NOT_NEEDED, "Not needed", reminderId, null)))));
        return new Message(notification(line), blocks);
    }

    /** What a reminder turns into once answered: who answered what, without buttons. */
    public static Message answered(Plan plan, Step step, LocalDate originalDue, String userId, Answer answer) {
        String what = switch (answer.kind()) {
            case DONE -> "marked it *done*";
            case NEW_DATE -> "moved it to " + date(answer.newDate(), plan.timeZone()) + reason(answer.reason());
            case BLOCKED -> "marked it *blocked*" + reason(answer.reason());
            case NOT_NEEDED -> "said it is *not needed* (cancelled)";
        };
        String line = ":white_check_mark: *" + escape(step.title(), MAX_TITLE) + "* was due " + date(originalDue, plan.timeZone())
                + " — " + mention(userId) + " " + what + ".";
        return new Message(notification(line), asBlocks(section(s -> s.text(markdownText(line)))));
    }

    /** To the seller owner when nobody answered a status check. */
    public static Message noAnswer(Plan plan, Step step) {
        String line = ":bell: Nobody has answered the status check on *" + escape(step.title(), MAX_TITLE) + "* (due "
                + date(step.dueDate(), plan.timeZone()) + ", owner " + ownerText(step.owner()) + ") in _"
                + escape(plan.title(), 200) + "_. It may be worth a direct word.";
        return new Message(notification(line), asBlocks(section(s -> s.text(markdownText(line)))));
    }

    /** To the seller owner when the plan's channel is gone or the bot was removed from it. */
    public static Message planPaused(Plan plan, String slackError) {
        String line = ":pause_button: I paused the plan _" + escape(plan.title(), 200) + "_: I can no longer post in <#"
                + plan.channelId() + "> (" + org.mapbot.slack.SlackText.code(slackError) + "). Invite me back and set the plan active again "
                + "to restart its reminders.";
        return new Message(notification(line), asBlocks(section(s -> s.text(markdownText(line)))));
    }

    // ---- the weekly digest ----

    /** The weekly digest's content; empty lists say nothing happened and nothing waits for an answer. */
    public record Digest(List<Step> doneLastWeek, List<Step> dueThisWeek, List<Step> overdue,
                         List<ProposalReminderViews.Waiting> proposals) {
        public boolean isEmpty() {
            return doneLastWeek.isEmpty() && dueThisWeek.isEmpty() && overdue.isEmpty() && proposals.isEmpty();
        }
    }

    public static Message digest(Plan plan, Digest digest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String head = ":calendar: *Week ahead for " + escape(plan.title(), 200) + "*";
        blocks.add(section(s -> s.text(markdownText(head))));
        addList(blocks, "Done last week", digest.doneLastWeek(), plan.timeZone(), false);
        addList(blocks, "Due this week", digest.dueThisWeek(), plan.timeZone(), true);
        addList(blocks, "Overdue", digest.overdue(), plan.timeZone(), true);
        List<String> proposals = ProposalReminderViews.digestLines(plan, digest.proposals());
        if (!proposals.isEmpty()) {
            addSections(blocks, proposals);
        }
        String text = "Week ahead for " + plain(plan.title()) + ": " + digest.doneLastWeek().size() + " done last week, "
                + digest.dueThisWeek().size() + " due this week, " + digest.overdue().size() + " overdue"
                + (digest.proposals().isEmpty() ? "" : ", " + digest.proposals().size() + " waiting for an answer");
        return new Message(text, blocks);
    }

    /**
     * One list of the digest: at most 20 steps, then how many more. Slack refuses a section over 3,000 characters, so a
     * long list goes on in the next section; four lists of 20 take at most fourteen blocks of the message's 50.
     */
    private static void addList(List<LayoutBlock> blocks, String heading, List<Step> steps, ZoneId zone, boolean withDue) {
        if (steps.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("*" + heading + "*");
        for (Step step : steps.subList(0, Math.min(steps.size(), DIGEST_STEPS))) {
            String due = withDue && step.dueDate() != null ? ", due " + date(step.dueDate(), zone) : "";
            lines.add("• " + escape(step.title(), 150) + " — " + ownerText(step.owner()) + due);
        }
        if (steps.size() > DIGEST_STEPS) {
            lines.add("…and " + (steps.size() - DIGEST_STEPS) + " more");
        }
        addSections(blocks, lines);
    }

    /** Lines as sections, each as full as Slack allows; no line here is longer than a section. */
    private static void addSections(List<LayoutBlock> blocks, List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0 && text.length() + 1 + line.length() > SECTION_TEXT) {
                String full = text.toString();
                blocks.add(section(s -> s.text(markdownText(full))));
                text.setLength(0);
            }
            text.append(text.length() > 0 ? "\n" : "").append(line);
        }
        String rest = text.toString();
        blocks.add(section(s -> s.text(markdownText(rest))));
    }

    // ---- modals ----

    public static View newDateModal(long reminderId, Step step, LocalDate suggested) {
        return view(v -> v.type("modal").callbackId(ReminderActions.NEW_DATE_MODAL).privateMetadata(Long.toString(reminderId))
                .title(viewTitle(t -> t.type("plain_text").text("New date")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText("*" + escape(step.title(), MAX_TITLE) + "*"))),
                        input(i -> i.blockId(ReminderActions.DATE_BLOCK).label(plainText("New due date"))
                                .element(datePicker(d -> d.actionId(ReminderActions.DATE_INPUT).initialDate(suggested.toString())))),
                        input(i -> i.blockId(ReminderActions.REASON_BLOCK).label(plainText("Why the new date?"))
                                .element(plainTextInput(p -> p.actionId(ReminderActions.REASON_INPUT).maxLength(Limits.REASON)
                                        .placeholder(plainText("Legal needs another week"))))))));
    }

    public static View blockedModal(long reminderId, Step step) {
        return view(v -> v.type("modal").callbackId(ReminderActions.BLOCKED_MODAL).privateMetadata(Long.toString(reminderId))
                .title(viewTitle(t -> t.type("plain_text").text("Blocked")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText("*" + escape(step.title(), MAX_TITLE) + "*"))),
                        input(i -> i.blockId(ReminderActions.REASON_BLOCK).label(plainText("What is it waiting for?"))
                                .element(plainTextInput(p -> p.actionId(ReminderActions.REASON_INPUT).multiline(true).maxLength(Limits.REASON)
                                        .placeholder(plainText("Waiting for the customer's security questionnaire"))))))));
    }

    public static View settingsModal(Plan plan, ReminderSettings settings) {
        List<OptionObject> kindOptions = List.of(
                option(plainText("Due soon (DM to the owner)"), "due_soon"),
                option(plainText("Due today (DM to the owner)"), "due_today"),
                option(plainText("Overdue (DM to the owner and you)"), "overdue"),
                option(plainText("Status check a week after a missed date"), "status_check"),
                option(plainText("Tell me when a status check goes unanswered"), "no_answer"),
                option(plainText("Weekly digest in the channel (Monday 09:00)"), "digest"),
                option(plainText("Unanswered proposals, to the side that answers (once)"), "proposal"));
        List<OptionObject> selected = kindOptions.stream()
                .filter(o -> settings.wants(ReminderRepository.kind(o.getValue()))).toList();
        List<OptionObject> leadOptions = IntStream.rangeClosed(0, ReminderSettings.MAX_LEAD_DAYS)
                .mapToObj(n -> option(plainText(n == 0 ? "No due-soon reminder" : n + (n == 1 ? " working day" : " working days")),
                        Integer.toString(n))).toList();
        OptionObject lead = leadOptions.get(settings.leadDays());
        return view(v -> v.type("modal").callbackId(ReminderActions.SETTINGS_MODAL).privateMetadata(Long.toString(plan.id()))
                .title(viewTitle(t -> t.type("plain_text").text("Reminders")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        section(s -> s.text(markdownText("Reminders for _" + escape(plan.title(), 200) + "_"))),
                        input(i -> i.blockId(ReminderActions.KINDS_BLOCK).label(plainText("Send")).optional(true)
                                .element(checkboxes(c -> {
                                    c.actionId(ReminderActions.KINDS_INPUT).options(kindOptions);
                                    if (!selected.isEmpty()) {
                                        c.initialOptions(selected);
                                    }
                                    return c;
                                }))),
                        input(i -> i.blockId(ReminderActions.LEAD_BLOCK).label(plainText("\"Due soon\" comes"))
                                .element(staticSelect(s -> s.actionId(ReminderActions.LEAD_INPUT).options(leadOptions)
                                        .initialOption(lead)))))));
    }

    // ---- helpers ----

    private static ButtonElement button(String actionId, String label, long reminderId, String style) {
        return com.slack.api.model.block.element.BlockElements.button(b -> {
            b.actionId(actionId).text(plainText(label)).value(Long.toString(reminderId));
            if (style != null) {
                b.style(style);
            }
            return b;
        });
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : ": _" + escape(reason, 500) + "_";
    }

    static String ownerText(Owner owner) {
        if (owner == null || owner.isNobody()) {
            return "unassigned";
        }
        return owner.isSlackUser() ? mention(owner.userId()) : escape(owner.name(), 200);
    }

    private static String ownerPrefix(Owner owner) {
        return owner == null || owner.isNobody() ? "" : "(" + escape(owner.name(), 200) + ") ";
    }

    private static String plainTitle(Plan plan) {
        return plain(plan.title());
    }

    private static String plain(String text) {
        return escape(text, 200);
    }

    /** The notification text: mrkdwn without the asterisks, so previews read cleanly. */
    private static String notification(String mrkdwn) {
        return mrkdwn.replace("*", "");
    }
}
