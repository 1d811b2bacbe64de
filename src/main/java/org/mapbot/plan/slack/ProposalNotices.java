package org.mapbot.plan.slack;

import java.time.LocalDate;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.slack.SlackText;

/**
 * The lines in the card's thread that tell the other organisation what was proposed or answered: both sides read
 * the channel, so the person waiting is mentioned there. Steps here are never internal (those have no proposals).
 */
final class ProposalNotices {
    private ProposalNotices() {
    }

    /** A new date asked for an agreed date; the seller's plan owner is mentioned when the customer asks. */
    static String proposed(Plan plan, Step step, LocalDate date, String reason, String byUser, boolean bySeller) {
        String waiting = bySeller ? (plan.customerName() == null ? "The customer" : SlackText.escape(plan.customerName()))
                + " answers on the card: *Accept*, *Decline* or *Counter*."
                : SlackText.mention(plan.ownerUserId()) + ", please answer on the card: *Accept*, *Decline* or *Counter*.";
        return ":speech_balloon: " + SlackText.mention(byUser) + " proposes a new date for " + step(step) + ": "
                + SlackText.date(date, plan.timeZone()) + (step.dueDate() == null ? "" : " (was " + SlackText.date(step.dueDate(), plan.timeZone()) + ")")
                + quote(reason) + ". " + waiting;
    }

    static String answered(ProposalAnswers.Answered answered, String answerer) {
        Proposal p = answered.proposal();
        Step step = answered.target().step();
        Plan plan = answered.target().plan();
        String whose = SlackText.mention(p.proposedBy()) + "'s proposal for " + step(step);
        return switch (answered.reply()) {
            case ACCEPT -> ":white_check_mark: " + SlackText.mention(answerer) + " accepted " + whose + ": "
                    + (step.dueDate() == null ? "" : "now due " + SlackText.date(step.dueDate(), plan.timeZone()) + ", ")
                    + "agreed by both sides.";
            case DECLINE -> ":x: " + SlackText.mention(answerer) + " declined " + whose + quote(answered.reason()) + ". The step "
                    + (step.dueDate() == null ? "stays as it was." : "stays due " + SlackText.date(step.dueDate(), plan.timeZone()) + ".")
                    + " " + SlackText.mention(p.proposedBy()) + (p.withAgreement()
                    ? ", the plan waits for your agreement as it stands, or another proposal."
                    : ", the agreed date stands; if it still has to move, propose another one on the card.");
            case COUNTER -> ":leftwards_arrow_with_hook: " + SlackText.mention(answerer) + " answers " + whose + " with another date: "
                    + SlackText.date(answered.counterDate(), plan.timeZone()) + quote(answered.reason()) + ". "
                    + SlackText.mention(p.proposedBy()) + ", please answer on the card.";
        };
    }

    static String reviewed(PlanReview.Reviewed reviewed, String userId, Plan plan) {
        StringBuilder text = new StringBuilder(":memo: ").append(SlackText.mention(userId)).append(" reviewed the plan");
        if (reviewed.agreed()) {
            text.append(" and agrees to it");
        }
        if (reviewed.proposals() > 0) {
            text.append(": ").append(reviewed.proposals()).append(reviewed.proposals() == 1 ? " proposal" : " proposals")
                    .append(" for ").append(SlackText.mention(plan.ownerUserId())).append("'s team to answer on the card");
        }
        if (!reviewed.added().isEmpty()) {
            text.append(reviewed.proposals() > 0 ? ", " : ": ").append(reviewed.added().size())
                    .append(reviewed.added().size() == 1 ? " new step" : " new steps").append(" on their side");
        }
        return text.append('.').toString();
    }

    private static String step(Step step) {
        return "*" + step.position() + ". " + SlackText.escape(step.title()) + "*";
    }

    private static String quote(String reason) {
        return reason == null || reason.isBlank() ? "" : " — “" + SlackText.escape(reason, 300) + "”";
    }
}
