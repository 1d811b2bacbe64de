package org.mapbot.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.CommitmentText;
import org.mapbot.slack.SlackText;

/**
 * "Waiting for your answer": the proposals the viewer's organisation answers, oldest first, each with the card's own
 * Accept / Decline / Counter buttons. They work from here as on the card: the answer is checked the same way (the
 * right organisation, still open, the first of two answers wins), and the card and the channel hear of it.
 */
final class WaitingSection {
    static final int SHOWN = 5;

    private WaitingSection() {
    }

    static void render(List<LayoutBlock> blocks, List<WaitingProposal> waiting) {
        if (waiting.isEmpty()) {
            return;
        }
        blocks.add(header(h -> h.text(plainText("Waiting for your answer"))));
        waiting.stream().limit(SHOWN).forEach(w -> {
            Proposal p = w.proposal();
            String text = "*" + w.stepPosition() + ". " + SlackText.escape(w.stepTitle(), 200) + "*"
                    + (w.internalStep() ? " _(internal)_" : "") + "\n" + SlackText.escape(w.planTitle(), 150)
                    + " in <#" + w.channelId() + ">\n" + CommitmentText.proposal(p, w.planZone());
            blocks.add(section(s -> s.blockId("waiting-" + p.id()).text(markdownText(text))));
            List<BlockElement> answers = new ArrayList<>();
            answers.add(button(b -> b.actionId(CardIds.ACCEPT).value(Long.toString(p.id())).text(plainText("Accept")).style("primary")));
            answers.add(button(b -> b.actionId(CardIds.DECLINE).value(Long.toString(p.id())).text(plainText("Decline"))));
            if (p.kind() == Proposal.Kind.DATE) {
                answers.add(button(b -> b.actionId(CardIds.COUNTER).value(Long.toString(p.id())).text(plainText("Counter"))));
            }
            blocks.add(actions(a -> a.blockId("waiting-" + p.id() + "-answer").elements(answers)));
        });
        int left = waiting.size() - SHOWN;
        if (left > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("… and " + left + " more waiting: "
                    + "answer these first, or find the rest on the plans' cards.")))));
        }
    }
}
