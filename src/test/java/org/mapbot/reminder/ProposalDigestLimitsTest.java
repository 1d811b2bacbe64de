package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/** However many proposals wait and however long their titles and reasons, the digest stays within Slack's limits. */
class ProposalDigestLimitsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void twenty_five_proposals_with_entity_heavy_titles_and_reasons_list_twenty_in_sections_of_at_most_3000_characters() {
        Plan plan = new Plan(1, "T0SELLER", null, "C0SHARED", "Acme & <Co> rollout", "Acme & <Co>", "U0SELLER",
                LocalDate.of(2026, 11, 30), null, BERLIN, PlanStatus.ACTIVE, "1.1", 1, Instant.EPOCH, Instant.EPOCH);
        List<ProposalReminderViews.Waiting> waiting = new ArrayList<>();
        String title = "Legal & security <review> of the DPA & SCCs ".repeat(5).substring(0, 200);
        String reason = "Waiting for <legal> & <procurement> ".repeat(14).substring(0, 500);
        for (int i = 0; i < 25; i++) {
            Step step = new Step(100 + i, 1, i + 1, i + " " + title, Side.CUSTOMER, Owner.named("Casey"), LocalDate.of(2026, 12, 11),
                    StepStatus.TODO, null, false, 1, Instant.EPOCH, "U0SELLER", Instant.EPOCH, "U0SELLER", null,
                    LocalDate.of(2026, 12, 11));
            waiting.add(new ProposalReminderViews.Waiting(step, new Proposal(i + 1, 1, step.id(), null, step.dueDate(),
                    LocalDate.of(2026, 12, 18), i % 2 == 0 ? null : Owner.slackUser("U0LEGAL", "T0CUSTOMER"), reason, "U0CASEY",
                    i % 2 == 0 ? OrgSide.CUSTOMER : OrgSide.SELLER, Proposal.State.OPEN, Instant.EPOCH, false)));
        }

        ReminderViews.Message digest = ReminderViews.digest(plan, new ReminderViews.Digest(List.of(), List.of(), List.of(), waiting));

        List<String> sections = digest.blocks().stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText().getText()).toList();
        assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(digest.blocks().size()).isLessThanOrEqualTo(50);
        String all = String.join("\n", sections);
        assertThat(all).contains("*25 date proposals waiting for an answer:*", "…and 5 more", "&lt;review&gt;")
                .doesNotContain("<review>", "<legal>");
        assertThat(all).as("the first twenty, numbered 0 to 19").contains("19 Legal").doesNotContain("20 Legal");
    }
}
