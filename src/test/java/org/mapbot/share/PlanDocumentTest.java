package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.Step;

class PlanDocumentTest {

    @Test
    void for_customer_drops_internal_only_steps_and_keeps_plan_order() {
        PlanDocument document = SamplePlans.document();

        assertThat(document.steps()).extracting(Step::title)
                .doesNotContain(SamplePlans.INTERNAL_TITLE)
                .containsExactly("Discovery call", "Product demo", "Technical test", "Business case",
                        "Security review", "Legacy pilot", "Contract review", "Signing");
    }

    @Test
    void the_constructor_refuses_internal_steps_so_no_renderer_can_receive_one() {
        assertThatThrownBy(() -> new PlanDocument(SamplePlans.plan("Deal"), SamplePlans.steps(),
                SamplePlans.TODAY, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progress_counts_done_steps_and_leaves_cancelled_ones_out() {
        Progress progress = SamplePlans.document().progress();

        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.total()).isEqualTo(7);
        assertThat(progress.percent()).isEqualTo(28);
        assertThat(progress.summary()).isEqualTo("2 of 7 steps done (28%)");
    }

    @Test
    void overdue_steps_are_open_steps_due_before_today() {
        assertThat(SamplePlans.document().overdueSteps()).extracting(Step::title)
                .containsExactly("Business case");
    }

    @Test
    void owner_label_names_slack_users_named_people_and_nobody() {
        PlanDocument document = SamplePlans.document();

        assertThat(document.steps()).extracting(document::ownerLabel).containsExactly(
                "Dana Seller", SamplePlans.QUOTED_OWNER, "Jürgen Weiß (IT)", "Slack user",
                "Customer – Security", "Unassigned", "Unassigned", "Jane Doe (CFO)");
        assertThat(document.sellerOwnerLabel()).isEqualTo("Dana Seller");
    }

    @Test
    void an_empty_plan_has_zero_progress() {
        PlanDocument document = PlanDocument.forCustomer(SamplePlans.plan("Deal"), java.util.List.of(),
                SamplePlans.TODAY, null, Map.of());

        assertThat(document.progress().percent()).isZero();
    }
}
