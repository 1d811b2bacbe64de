package org.mapbot.reminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.mapbot.slack.SlackText.date;
import static org.mapbot.slack.SlackText.escape;
import static org.mapbot.slack.SlackText.mention;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.slack.CardIds;

/**
 * The reminder of an unanswered proposal and the digest's lines about open proposals. The reminder's Accept and
 * Decline are the card's own buttons (same action ids, the proposal's id as value), so an answer given here goes
 * through the same checks as one given on the card. Steps here are never internal (those have no proposals).
 */
final class ProposalReminderViews {
    static final String ACTIONS_BLOCK = "proposal_reminder_actions";
    private static final int MAX_TITLE = 300;
    private static final int DIGEST_TITLE = 150;
    private static final int DIGEST_PROPOSALS = 20;

    private ProposalReminderViews() {
    }

    /** An open proposal with its step, for the digest. */
    record Waiting(Step step, Proposal proposal) {
    }

    /** To the seller's plan owner, in a DM: the customer asked, and the seller's organisation answers. */
    static ReminderViews.Message toSeller(Plan plan, Step step, Proposal proposal) {
        String line = ":hourglass_flowing_sand: " + mention(proposal.proposedBy()) + " (" + customer(plan) + ") proposed "
                + what(plan, step, proposal, MAX_TITLE) + ". It has waited since " + date(proposal.createdAt().atZone(plan.timeZone())
                .toLocalDate(), plan.timeZone()) + " for your team's answer.";
        return message(plan, proposal, line, "Plan _" + escape(plan.title(), 200) + "_ · *Counter* with another date is on the card");
    }

    /** In the card's thread, mentioning the customer people concerned: the seller asked, the customer answers. */
    static ReminderViews.Message toCustomer(Plan plan, Step step, Proposal proposal, List<String> people) {
        String to = people.isEmpty() ? customer(plan) : people.stream().map(org.mapbot.slack.SlackText::mention)
                .collect(Collectors.joining(", "));
        String line = ":hourglass_flowing_sand: " + to + ": " + mention(proposal.proposedBy()) + " proposed "
                + what(plan, step, proposal, MAX_TITLE) + ". It has waited since " + date(proposal.createdAt().atZone(plan.timeZone())
                .toLocalDate(), plan.timeZone()) + " for an answer from " + customer(plan) + ".";
        return message(plan, proposal, line, "Answer here or on the card; *Counter* with another date is on the card");
    }

    private static ReminderViews.Message message(Plan plan, Proposal proposal, String line, String about) {
        String id = Long.toString(proposal.id());
        List<LayoutBlock> blocks = asBlocks(
                section(s -> s.text(markdownText(line))),
                context(c -> c.elements(asContextElements(markdownText(about)))),
                actions(a -> a.blockId(ACTIONS_BLOCK).elements(asElements(
                        button(b -> b.actionId(CardIds.ACCEPT).text(plainText("Accept")).style("primary").value(id)),
                        button(b -> b.actionId(CardIds.DECLINE).text(plainText("Decline")).value(id))))));
        return new ReminderViews.Message(line.replace("*", "") + " (" + escape(plan.title(), 200) + ")", blocks);
    }

    /** The digest's list of open proposals: how many, then one line each (at most 20, then how many more). */
    static List<String> digestLines(Plan plan, List<Waiting> waiting) {
        List<String> lines = new ArrayList<>();
        if (waiting.isEmpty()) {
            return lines;
        }
        boolean allDates = waiting.stream().allMatch(w -> w.proposal().newDate() != null);
        String what = (allDates ? "date proposal" : "proposal") + (waiting.size() == 1 ? "" : "s");
        lines.add("*" + waiting.size() + " " + what + " waiting for an answer:*");
        for (Waiting w : waiting.subList(0, Math.min(waiting.size(), DIGEST_PROPOSALS))) {
            String answers = w.proposal().answeredBy() == OrgSide.SELLER ? mention(plan.ownerUserId()) + "'s team" : customer(plan);
            lines.add("• " + what(plan, w.step(), w.proposal(), DIGEST_TITLE) + ", by " + mention(w.proposal().proposedBy())
                    + " · " + answers + " to answer");
        }
        if (waiting.size() > DIGEST_PROPOSALS) {
            lines.add("…and " + (waiting.size() - DIGEST_PROPOSALS) + " more");
        }
        return lines;
    }

    /** "a new date for *2. Security review*: *14 Jan* (was 7 Jan) — “waiting for legal”", or the owner it asks for. */
    private static String what(Plan plan, Step step, Proposal p, int maxTitle) {
        String title = "*" + step.position() + ". " + escape(step.title(), maxTitle) + "*";
        StringBuilder text = new StringBuilder("a new ")
                .append(p.newDate() != null && p.newOwner() != null ? "date and owner" : p.newDate() != null ? "date" : "owner")
                .append(" for ").append(title).append(": ");
        if (p.newDate() != null) {
            text.append('*').append(date(p.newDate(), plan.timeZone())).append('*');
            if (p.oldDate() != null) {
                text.append(" (was ").append(date(p.oldDate(), plan.timeZone())).append(')');
            }
        }
        if (p.newOwner() != null) {
            text.append(p.newDate() != null ? ", owner " : "").append(ReminderViews.ownerText(p.newOwner()))
                    .append(" (now ").append(ReminderViews.ownerText(step.owner())).append(')');
        }
        if (p.reason() != null && !p.reason().isBlank()) {
            text.append(" — “").append(escape(p.reason(), maxTitle)).append('”');
        }
        return text.toString();
    }

    private static String customer(Plan plan) {
        return plan.customerName() == null || plan.customerName().isBlank() ? "the customer" : escape(plan.customerName(), 200);
    }
}
