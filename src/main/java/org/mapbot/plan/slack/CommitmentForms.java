package org.mapbot.plan.slack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapbot.interaction.FieldError;
import org.mapbot.interaction.Form;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.CommentPosted;
import org.mapbot.plan.service.NewStepRequest;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.plan.service.ProposalAnswers.Reply;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUsers;

/**
 * The commitment's forms: the customer's review, the steps on their side, a counter-proposal and a step's result.
 * Each field is read and checked here (an error goes under its field); the service saves the whole form or nothing.
 */
public final class CommitmentForms {
    private static final String FIRST_ROW = CommitmentModals.NEW_TITLE + "1";

    private final StepService steps;
    private final PlanReview review;
    private final ProposalAnswers answers;
    private final CommitmentMessages messages;
    private final SharedChannels channels;
    private final OwnerField owners;

    public CommitmentForms(StepService steps, PlanReview review, ProposalAnswers answers, CommitmentMessages messages,
                           SharedChannels channels, SlackUsers users) {
        this.steps = steps;
        this.review = review;
        this.answers = answers;
        this.messages = messages;
        this.channels = channels;
        this.owners = new OwnerField(users);
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onSubmit(CardIds.MODAL_SUGGEST, FIRST_ROW, this::reviewed);
        listeners.onSubmit(CardIds.MODAL_YOUR_SIDE, FIRST_ROW, form -> {
            List<Step> added = review.addCustomerSteps(form.who().actor(), form.id(), newSteps(form, PlanReview.NEW_STEPS_AT_ONCE));
            Plan plan = review.planOf(form.id());
            messages.notice(plan, ":memo: " + SlackText.mention(form.who().userId()) + " added " + added.size()
                    + (added.size() == 1 ? " step" : " steps") + " on " + customer(plan) + "'s side: "
                    + String.join(", ", added.stream().map(s -> "*" + s.position() + ". " + SlackText.escape(s.title()) + "*").toList()) + ".");
            messages.refreshRequest(plan.id());
        });
        listeners.onSubmit(CardIds.MODAL_COUNTER, PlanModals.DUE, form -> {
            LocalDate date = form.date(PlanModals.DUE).orElseThrow(() -> new FieldError(PlanModals.DUE, "Pick the date you propose."));
            String reason = limited(form, PlanModals.REASON, Limits.REASON);
            var answered = answers.answer(form.who().actor(), form.id(), form.who().origin(), Reply.COUNTER, date, reason);
            messages.notice(answered.target().plan(), ProposalNotices.answered(answered, form.who().userId()));
        });
        listeners.onSubmit(CardIds.MODAL_RESULT, PlanModals.RESULT, form -> {
            String result = form.text(PlanModals.RESULT).orElseThrow(() -> new FieldError(PlanModals.RESULT,
                    "Say what came out of it, e.g. \"Signed by both sides; kick-off on 12 Jan\"."));
            if (result.length() > Limits.RESULT) {
                throw new FieldError(PlanModals.RESULT, "At most " + Limits.RESULT + " characters.");
            }
            steps.recordResult(form.who().actor(), form.id(), form.who().origin(), result);
        });
    }

    private void reviewed(Form form) {
        List<PlanReview.Suggestion> suggestions = new ArrayList<>();
        for (long stepId : reviewedSteps(form)) {
            String id = Long.toString(stepId);
            Optional<LocalDate> date = form.date(CommitmentModals.DATE + id);
            Owner owner = owners.read(form, CommitmentModals.OWNER + id, null);
            String note = limited(form, CommitmentModals.NOTE + id, Limits.REASON);
            suggestions.add(new PlanReview.Suggestion(stepId, date.orElse(null), owner.isNobody() ? null : owner, note));
        }
        List<NewStepRequest> added = newSteps(form, CommitmentModals.REVIEW_NEW_ROWS);
        Plan plan = review.planOf(form.id());
        PlanReview.Reviewed reviewed = review.review(form.who().actor(), form.id(), suggestions, added,
                channels.isExternallyShared(plan));
        for (CommentPosted comment : reviewed.comments()) {
            messages.notice(plan, SlackText.mention(form.who().userId()) + " commented on *" + comment.target().step().position()
                    + ". " + SlackText.escape(comment.target().step().title()) + "*:\n" + SlackText.escape(comment.text()));
        }
        messages.notice(plan, ProposalNotices.reviewed(reviewed, form.who().userId(), plan));
        messages.refreshRequest(plan.id());
    }

    /** The steps the review form showed, from its block ids (a step id that is not the plan's is refused later). */
    private static Set<Long> reviewedSteps(Form form) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String block : form.values().keySet()) {
            if (block.startsWith(CommitmentModals.DATE) || block.startsWith(CommitmentModals.OWNER) || block.startsWith(CommitmentModals.NOTE)) {
                ids.add(InteractionReader.id(block.substring(block.indexOf('-') + 1), "form"));
            }
        }
        return ids;
    }

    /** The filled-in new-step rows; a row with an owner or a date but no title is an error under its title. */
    private List<NewStepRequest> newSteps(Form form, int rows) {
        List<NewStepRequest> added = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            String n = Integer.toString(row);
            String titleBlock = CommitmentModals.NEW_TITLE + n;
            Optional<String> title = form.text(titleBlock);
            Owner owner = owners.read(form, CommitmentModals.NEW_OWNER + n, CommitmentModals.NEW_NAME + n);
            Optional<LocalDate> due = form.date(CommitmentModals.NEW_DUE + n);
            if (title.isEmpty()) {
                if (!owner.isNobody() || due.isPresent()) {
                    throw new FieldError(titleBlock, "Give this step a title, e.g. \"Legal review\", or clear its owner and date.");
                }
                continue;
            }
            if (title.get().length() > Limits.STEP_TITLE) {
                throw new FieldError(titleBlock, "At most " + Limits.STEP_TITLE + " characters.");
            }
            added.add(new NewStepRequest(title.get(), owner, null, due.orElse(null), false));
        }
        return added;
    }

    private static String limited(Form form, String block, int max) {
        String text = form.text(block).orElse(null);
        if (text != null && text.length() > max) {
            throw new FieldError(block, "At most " + max + " characters.");
        }
        return text;
    }

    private static String customer(Plan plan) {
        return plan.customerName() == null ? "the customer" : SlackText.escape(plan.customerName());
    }
}
