package org.mapbot.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.share.SamplePlans;

class PlanRiskTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static PlanSummary plan(String title, int overdue, int slipDays, int openProposals, int declined, int unilateral) {
        Plan plan = SamplePlans.plan(title);
        List<Proposal> open = Stream.iterate(1L, i -> i + 1).limit(openProposals).map(i -> new Proposal(i, plan.id(), i, null,
                TODAY, TODAY.plusDays(7), null, "legal", "U_CASEY", OrgSide.CUSTOMER, Proposal.State.OPEN, Instant.EPOCH, false)).toList();
        Commitment commitment = new Commitment(3, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), open);
        return new PlanSummary(plan, 5, 1, overdue, 5, TODAY.plusDays(30), TODAY.plusDays(30), null, null, slipDays > 0 ? 1 : 0,
                slipDays, TODAY, Instant.EPOCH, commitment, unilateral, declined);
    }

    private static List<String> ranked(PlanSummary... plans) {
        return Stream.of(plans).sorted(PlanRisk.RISKIEST_FIRST).map(s -> s.plan().title()).toList();
    }

    @Test
    void overdue_work_comes_first_then_a_commitment_in_doubt_then_days_slipped() {
        assertThat(ranked(plan("slipped", 0, 20, 0, 0, 0), plan("overdue", 1, 0, 0, 0, 0), plan("proposal open", 0, 0, 1, 0, 0),
                plan("quiet", 0, 0, 0, 0, 0)))
                .containsExactly("overdue", "proposal open", "slipped", "quiet");
    }

    @Test
    void open_proposals_declined_dates_and_unilateral_changes_count_together_one_each() {
        assertThat(ranked(plan("one declined", 0, 0, 0, 1, 0), plan("declined and unilateral", 0, 0, 0, 1, 1),
                plan("three", 0, 0, 1, 1, 1), plan("one unilateral", 0, 0, 0, 0, 1)))
                .containsExactly("three", "declined and unilateral", "one declined", "one unilateral");
        assertThat(PlanRisk.commitmentInDoubt(plan("three", 0, 0, 1, 1, 1))).isEqualTo(3);
    }

    @Test
    void the_rule_is_explained_on_the_tab_in_its_own_order() {
        assertThat(PlanRisk.EXPLAINED).containsSubsequence("overdue steps", "open proposals", "declined dates",
                "changed without agreement", "days slipped", "projected finish after target");
    }
}
