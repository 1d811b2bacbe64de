package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.externalSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.slack.SlackText;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.Template;
import org.mapbot.text.TextCut;

/** The plan's modals, as pure functions of what they show. Block ids name the fields the listeners read back. */
public final class PlanModals {
    public static final String TITLE = "title";
    public static final String CUSTOMER = "customer";
    public static final String TEMPLATE = "template";
    public static final String START = "start";
    public static final String TARGET = "target";
    public static final String OWNER_USER = "owner_user";
    public static final String OWNER_NAME = "owner_name";
    public static final String SIDE = "side";
    public static final String DUE = "due";
    public static final String INTERNAL = "internal";
    public static final String REASON = "reason";
    public static final String TEXT = "text";
    public static final String RESULT = "result";
    public static final String VALUE = "value";
    public static final String WITHOUT_ASKING = "without_asking";

    private PlanModals() {
    }

    /**
     * The template menu loads its options as the person types ({@link TemplateOptions}): a static menu holds at most
     * 100 options, and a team may save more templates than that.
     */
    public static View newPlan(String channelId, LocalDate today) {
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(TITLE).label(plainText("Deal")).element(plainTextInput(p -> p.actionId(VALUE)
                        .maxLength(Limits.PLAN_TITLE).placeholder(plainText("Acme Corp – platform rollout"))))),
                input(i -> i.blockId(CUSTOMER).optional(true).label(plainText("Customer organisation"))
                        .element(plainTextInput(p -> p.actionId(VALUE).maxLength(Limits.CUSTOMER_NAME)))),
                input(i -> i.blockId(TEMPLATE).optional(true).label(plainText("Start from template"))
                        .element(externalSelect(s -> s.actionId(VALUE).minQueryLength(0)
                                .placeholder(plainText("Type to search templates"))))),
                input(i -> i.blockId(START).label(plainText("Start date"))
                        .element(datePicker(d -> d.actionId(VALUE).initialDate(today.toString())))),
                input(i -> i.blockId(TARGET).optional(true).label(plainText("Target date (close or go-live)"))
                        .element(datePicker(d -> d.actionId(VALUE)))));
        return modal(CardIds.MODAL_NEW_PLAN, "New plan", "Create", channelId, blocks);
    }

    public static View addStep(Plan plan, boolean seller) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(TITLE).label(plainText("Step")).element(plainTextInput(p -> p.actionId(VALUE)
                .maxLength(Limits.STEP_TITLE).placeholder(plainText("Security review"))))));
        blocks.add(input(i -> i.blockId(OWNER_USER).optional(true).label(plainText("Owner in Slack"))
                .element(usersSelect(u -> u.actionId(VALUE)))));
        blocks.add(input(i -> i.blockId(OWNER_NAME).optional(true).label(plainText("…or a person without Slack"))
                .element(plainTextInput(p -> p.actionId(VALUE).maxLength(Limits.OWNER_NAME)
                        .placeholder(plainText("Jane Doe (Legal)"))))));
        if (seller) {
            blocks.add(input(i -> i.blockId(SIDE).label(plainText("Side")).element(staticSelect(s -> s.actionId(VALUE)
                    .initialOption(sideOption(Side.CUSTOMER)).options(List.of(sideOption(Side.SELLER), sideOption(Side.CUSTOMER),
                            sideOption(Side.BOTH)))))));
        }
        blocks.add(input(i -> i.blockId(DUE).optional(true).label(plainText("Due date")).element(datePicker(d -> d.actionId(VALUE)))));
        if (seller) {
            blocks.add(input(i -> i.blockId(INTERNAL).optional(true).label(plainText("Visibility"))
                    .element(checkboxes(c -> c.actionId(VALUE).options(List.of(option(plainText("Internal only (never shown to the customer)"), "internal")))))));
        }
        return modal(CardIds.MODAL_ADD_STEP, "Add step", "Add", Long.toString(plan.id()), blocks);
    }

    /**
     * A step's new date. When both organisations agreed the date, the form says the new one goes to the other side as
     * a proposal, and offers the seller team to change it without asking (recorded as a unilateral change).
     */
    public static View newDate(Step step, boolean seller) {
        List<LayoutBlock> blocks = new ArrayList<>(List.of(
                section(s -> s.text(markdownText("*" + SlackText.escape(step.title()) + "*"
                        + (step.dueDate() == null ? "" : " — now due " + step.dueDate())))),
                input(i -> i.blockId(DUE).label(plainText("New due date")).element(datePicker(d -> {
                    if (step.dueDate() != null) {
                        d.initialDate(step.dueDate().toString());
                    }
                    return d.actionId(VALUE);
                }))),
                input(i -> i.blockId(REASON).label(plainText("Why is it moving?")).element(plainTextInput(p -> p.actionId(VALUE)
                        .maxLength(Limits.REASON).placeholder(plainText("Legal needs another week")))))));
        if (step.hasAgreedDate() && !step.internalOnly()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(":handshake: Both sides agreed this date: the new one goes "
                    + "to the other side as a proposal, and takes effect when they accept it.")))));
            if (seller) {
                blocks.add(input(i -> i.blockId(WITHOUT_ASKING).optional(true).label(plainText("Without asking"))
                        .element(checkboxes(c -> c.actionId(VALUE).options(List.of(option(plainText(
                                "Change it now, without their agreement (shown as a unilateral change)"), "yes")))))));
            }
        }
        return modal(CardIds.MODAL_NEW_DATE, "New date", "Save", Long.toString(step.id()), blocks);
    }

    public static View reassign(Step step) {
        return modal(CardIds.MODAL_REASSIGN, "Reassign", "Save", Long.toString(step.id()), List.of(
                section(s -> s.text(markdownText("*" + SlackText.escape(step.title()) + "* — now " + StepText.owner(step.owner())))),
                input(i -> i.blockId(OWNER_USER).optional(true).label(plainText("New owner in Slack")).element(usersSelect(u -> u.actionId(VALUE)))),
                input(i -> i.blockId(OWNER_NAME).optional(true).label(plainText("…or a person without Slack"))
                        .element(plainTextInput(p -> p.actionId(VALUE).maxLength(Limits.OWNER_NAME))))));
    }

    public static View blocked(Step step) {
        return modal(CardIds.MODAL_BLOCKED, "Blocked", "Save", Long.toString(step.id()), List.of(
                section(s -> s.text(markdownText("*" + SlackText.escape(step.title()) + "*"))),
                input(i -> i.blockId(REASON).label(plainText("What is blocking it?")).element(plainTextInput(p -> p.actionId(VALUE)
                        .maxLength(Limits.REASON).placeholder(plainText("Waiting for the security questionnaire")))))));
    }

    public static View comment(Step step) {
        return modal(CardIds.MODAL_COMMENT, "Comment", "Post", Long.toString(step.id()), List.of(
                section(s -> s.text(markdownText("*" + SlackText.escape(step.title()) + "*"))),
                input(i -> i.blockId(TEXT).label(plainText("Comment")).element(plainTextInput(p -> p.actionId(VALUE)
                        .multiline(true).maxLength(Limits.COMMENT))))));
    }

    public static View editStep(Step step) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(TITLE).label(plainText("Step")).element(plainTextInput(p -> p.actionId(VALUE)
                .initialValue(step.title()).maxLength(Limits.STEP_TITLE)))));
        blocks.add(input(i -> i.blockId(OWNER_USER).optional(true).label(plainText("Owner in Slack")).element(usersSelect(u -> {
            if (step.owner().isSlackUser()) {
                u.initialUser(step.owner().userId());
            }
            return u.actionId(VALUE);
        }))));
        blocks.add(input(i -> i.blockId(OWNER_NAME).optional(true).label(plainText("…or a person without Slack"))
                .element(plainTextInput(p -> {
                    if (step.owner().name() != null) {
                        p.initialValue(step.owner().name());
                    }
                    return p.actionId(VALUE).maxLength(Limits.OWNER_NAME);
                }))));
        blocks.add(input(i -> i.blockId(SIDE).label(plainText("Side")).element(staticSelect(s -> s.actionId(VALUE)
                .initialOption(sideOption(step.side())).options(List.of(sideOption(Side.SELLER), sideOption(Side.CUSTOMER), sideOption(Side.BOTH)))))));
        blocks.add(input(i -> i.blockId(DUE).optional(true).label(plainText("Due date")).element(datePicker(d -> {
            if (step.dueDate() != null) {
                d.initialDate(step.dueDate().toString());
            }
            return d.actionId(VALUE);
        }))));
        blocks.add(input(i -> i.blockId(REASON).optional(true).label(plainText("Reason (needed when the due date changes)"))
                .element(plainTextInput(p -> p.actionId(VALUE).maxLength(Limits.REASON)))));
        blocks.add(input(i -> i.blockId(RESULT).optional(true).label(plainText("Result")).element(plainTextInput(p -> {
            if (step.result() != null) {
                p.initialValue(step.result());
            }
            return p.actionId(VALUE).multiline(true).maxLength(Limits.RESULT);
        }))));
        OptionObject internal = option(plainText("Internal only (never shown to the customer)"), "internal");
        blocks.add(input(i -> i.blockId(INTERNAL).optional(true).label(plainText("Visibility")).element(checkboxes(c -> {
            if (step.internalOnly()) {
                c.initialOptions(List.of(internal));
            }
            return c.actionId(VALUE).options(List.of(internal));
        }))));
        return modal(CardIds.MODAL_EDIT_STEP, "Edit step " + step.position(), "Save", Long.toString(step.id()), blocks);
    }

    /** The whole plan, read-only, for plans too long for the card. At most 100 blocks, 3,000 characters each. */
    public static View fullPlan(PlanView view, boolean sharedWithOtherOrganisation) {
        List<LayoutBlock> blocks = new ArrayList<>();
        PlanView seen = view.visibleTo(sharedWithOtherOrganisation);
        List<Step> visible = seen.steps();
        long done = seen.doneCount();
        long counted = seen.countedSteps();
        blocks.add(section(s -> s.text(markdownText("*" + SlackText.escape(view.plan().title()) + "* — " + done + "/"
                + counted + " done"))));
        StringBuilder chunk = new StringBuilder();
        for (Step step : visible) {
            String line = StepText.line(step, view.plan().timeZone(), view.today());
            if (chunk.length() + line.length() + 2 > 2_900) {
                String text = chunk.toString();
                blocks.add(section(s -> s.text(markdownText(text))));
                chunk.setLength(0);
            }
            chunk.append(line).append("\n\n");
            if (blocks.size() >= 98) {
                break;
            }
        }
        if (chunk.length() > 0) {
            String text = chunk.toString();
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        if (blocks.size() >= 99) {
            blocks.add(context(c -> c.elements(List.of(markdownText("The list is cut here; `/map list` shows all steps.")))));
        }
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text("Full plan")))
                .close(viewClose(c -> c.type("plain_text").text("Close"))).blocks(blocks));
    }

    public static OptionObject sideOption(Side side) {
        return option(plainText(side.label()), side.dbValue());
    }

    static View modal(String callbackId, String title, String submit, String metadata, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callbackId).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(TextCut.shorten(title, 24))))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }
}
