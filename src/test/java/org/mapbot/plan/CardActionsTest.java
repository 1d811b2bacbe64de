package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.plan.PlanCommandsTest.json;
import static org.mapbot.testkit.SlackRequests.datePicked;
import static org.mapbot.testkit.SlackRequests.text;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Slips;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.CardView;
import org.mapbot.plan.slack.PlanModals;

class CardActionsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private long stepId(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    private String status(int position) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.STATUS);
    }

    /** A click on the card once it is in the channel (nobody can click a card before Slack shows it). */
    private HttpResponse<String> customerClicks(String actionId, String value) {
        app.settle();
        return app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "1700000000.000100", actionId, value);
    }

    @Test
    void a_customer_marks_a_customer_step_done_from_the_card_and_the_card_updates() {
        app.requests().seller("new Acme rollout with enterprise");
        app.slack().awaitCalls("chat.postMessage", 1);

        HttpResponse<String> response = customerClicks(CardIds.DONE, Long.toString(stepId(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(status(1)).isEqualTo("done");
        List<Map<String, String>> updates = app.slack().awaitCalls("chat.update", 1);
        assertThat(json(updates.get(updates.size() - 1).get("blocks"))).contains("1/6 done").contains(":white_check_mark: *1. Discovery*");
        assertThat(app.dsl().select(PLAN_EVENT.ACTOR_TEAM_ID).from(PLAN_EVENT).where(PLAN_EVENT.KIND.eq("status"))
                .fetchOne(PLAN_EVENT.ACTOR_TEAM_ID)).isEqualTo(Slackers.CUSTOMER_TEAM);
    }

    @Test
    void a_click_on_a_stale_card_answers_with_the_current_state() {
        app.requests().seller("new Acme rollout with enterprise");
        app.requests().seller("done 1");
        app.settle();
        int updates = app.slack().count("chat.update");

        customerClicks(CardIds.DONE, Long.toString(stepId(1)));

        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("already marked done");
        assertThat(app.slack().awaitCalls("chat.update", updates + 1)).hasSizeGreaterThan(updates);
        assertThat(app.dsl().fetchCount(PLAN_EVENT, PLAN_EVENT.KIND.eq("status"))).as("no second change recorded").isEqualTo(1);
    }

    @Test
    void a_plan_refuses_more_steps_than_its_limit_with_a_clear_message() {
        app.requests().seller("new Huge deal");
        TestPlans plans = app.plans();
        Plan plan = plans.currentPlan(Slackers.SHARED_CHANNEL).orElseThrow();
        Actor seller = Actors.SELLER;
        for (int i = 1; i <= Limits.STEPS_PER_PLAN; i++) {
            plans.addStep(seller, plan, "Step " + i, Owner.NOBODY, Side.BOTH, null, false);
        }

        HttpResponse<String> response = app.requests().seller("add One step too many");

        assertThat(response.body()).contains("already has " + Limits.STEPS_PER_PLAN + " steps");
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(Limits.STEPS_PER_PLAN);
    }

    @Test
    void a_customer_cannot_complete_a_seller_step_and_is_told_why() {
        app.requests().seller("new Acme rollout with quick");

        customerClicks(CardIds.DONE, Long.toString(stepId(1)));

        assertThat(status(1)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("Only the seller team can").contains("ephemeral");
    }

    @Test
    void a_tampered_or_stale_button_value_changes_nothing_and_gets_a_clear_answer() {
        app.requests().seller("new Acme rollout with quick");

        customerClicks(CardIds.DONE, "not-a-number; drop table step");
        customerClicks(CardIds.DONE, "999999");

        assertThat(app.dsl().select(STEP.STATUS).from(STEP).fetch(STEP.STATUS)).containsOnly("todo");
        assertThat(app.slack().awaitResponses(2).toString()).contains("does not point at a step").contains("does not exist any more");
    }

    @Test
    void internal_steps_never_appear_on_the_card_in_a_shared_channel_but_the_seller_sees_them_in_list() {
        app.requests().seller("new Acme rollout");
        app.requests().seller("add Discount approval by our VP internal");
        app.requests().seller("add Security review \"Jane Doe (IT)\"");

        List<Map<String, String>> cards = app.slack().awaitCalls("chat.update", 2);
        String card = json(cards.get(cards.size() - 1).get("blocks"));
        assertThat(card).contains("Security review").doesNotContain("Discount approval");
        assertThat(cards.get(cards.size() - 1).get("text")).endsWith("(0/1 done)"); // the notification counts only what the customer sees
        assertThat(app.requests().seller("list").body()).contains("Discount approval").contains("internal");
    }

    @Test
    void in_an_internal_channel_the_card_shows_internal_steps() {
        app.slack().stub("conversations.info", "{\"ok\":true,\"channel\":{\"id\":\"" + Slackers.INTERNAL_CHANNEL
                + "\",\"is_ext_shared\":false}}");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.INTERNAL_CHANNEL, "new Internal prep");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.INTERNAL_CHANNEL, "add Discount approval internal");

        List<Map<String, String>> cards = app.slack().awaitCalls("chat.update", 1);
        assertThat(json(cards.get(cards.size() - 1).get("blocks"))).contains("Discount approval").contains(":lock:");
    }

    @Test
    void an_external_user_adds_a_customer_step_through_the_modal() {
        app.requests().seller("new Acme rollout");
        long planId = app.plans().currentPlan(Slackers.SHARED_CHANNEL).orElseThrow().id();

        HttpResponse<String> response = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_ADD_STEP, Long.toString(planId), Map.of(
                        PlanModals.TITLE, Map.of(PlanModals.VALUE, text("Procurement sign-off")),
                        PlanModals.OWNER_NAME, Map.of(PlanModals.VALUE, text("Pat (Procurement)")),
                        PlanModals.DUE, Map.of(PlanModals.VALUE, datePicked("2026-12-18"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("errors");
        var step = app.dsl().selectFrom(STEP).fetchOne();
        assertThat(step.getSide()).isEqualTo("customer");
        assertThat(step.getInternalOnly()).isFalse();
        assertThat(step.getCreatedBy()).isEqualTo(Slackers.CUSTOMER_USER);
    }

    @Test
    void a_new_date_without_a_reason_is_answered_next_to_the_field_and_nothing_is_saved() {
        app.requests().seller("new Acme rollout with enterprise");

        HttpResponse<String> response = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_NEW_DATE, Long.toString(stepId(2)), Map.of(
                        PlanModals.DUE, Map.of(PlanModals.VALUE, datePicked("2026-12-18"))));

        assertThat(response.body()).contains("\"response_action\":\"errors\"").contains(PlanModals.REASON);
        assertThat(app.dsl().select(STEP.DUE_DATE).from(STEP).where(STEP.POSITION.eq(2)).fetchOne(STEP.DUE_DATE))
                .isEqualTo(LocalDate.parse("2026-12-11"));
    }

    @Test
    void a_new_date_with_a_reason_is_a_slip_in_the_log_and_moves_the_projected_finish() {
        app.requests().seller("new Acme rollout with enterprise");

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_NEW_DATE,
                Long.toString(stepId(6)), Map.of(
                        PlanModals.DUE, Map.of(PlanModals.VALUE, datePicked("2027-01-29")),
                        PlanModals.REASON, Map.of(PlanModals.VALUE, text("Board meets later"))));

        PlanView view = app.plans().view(app.plans()
                .currentPlan(Slackers.SHARED_CHANNEL).orElseThrow());
        assertThat(view.slips()).isEqualTo(new Slips(1, 14));
        // Last open step 2027-01-29, pushed by the average slip per dated step (14 days / 6 steps, rounded up).
        assertThat(view.projectedFinish()).isEqualTo(LocalDate.parse("2027-02-01"));
        assertThat(app.dsl().select(PLAN_EVENT.REASON).from(PLAN_EVENT).where(PLAN_EVENT.KIND.eq("due_date")).fetchOne(PLAN_EVENT.REASON))
                .isEqualTo("Board meets later");
    }

    @Test
    void a_modal_pointing_at_another_workspaces_plan_or_a_tampered_id_is_refused() {
        app.requests().seller("new Acme rollout");

        HttpResponse<String> response = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_BLOCKED, "12; drop table step", Map.of(PlanModals.REASON, Map.of(PlanModals.VALUE, text("x"))));

        assertThat(response.body()).contains("errors").contains("no longer points at a plan or step");
    }

    @Test
    void two_people_changing_the_same_step_at_once_both_keep_their_change() throws Exception {
        app.requests().seller("new Acme rollout with enterprise");
        long step = stepId(5);
        TestPlans plans = app.plans();
        CyclicBarrier together = new CyclicBarrier(2);
        Actor seller = Actors.SELLER;
        Actor customer = Actors.CUSTOMER;

        CompletableFuture<?> done = CompletableFuture.runAsync(() -> {
            await(together);
            plans.markDone(customer, step, "reviewed");
        });
        CompletableFuture<?> moved = CompletableFuture.runAsync(() -> {
            await(together);
            plans.changeDueDate(seller, step, LocalDate.parse("2027-01-12"), "legal holiday");
        });
        CompletableFuture.allOf(done, moved).get();

        var saved = app.dsl().selectFrom(STEP).where(STEP.ID.eq(step)).fetchOne();
        assertThat(saved.getStatus()).isEqualTo("done");
        assertThat(saved.getDueDate()).isEqualTo(LocalDate.parse("2027-01-12"));
        assertThat(saved.getVersion()).isEqualTo(2);
        assertThat(plans.history(plans.plan(saved.getPlanId()).orElseThrow(), Optional.empty(), 50))
                .extracting(PlanEvent::kind).contains("status", "due_date");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_100_step_plan_keeps_the_card_within_slacks_block_limit() {
        app.requests().seller("new Big deal");
        TestPlans plans = app.plans();
        Plan plan = plans.currentPlan(Slackers.SHARED_CHANNEL).orElseThrow();
        Actor seller = Actors.SELLER;
        for (int i = 1; i <= 100; i++) {
            plans.addStep(seller, plan, "Step number " + i, Owner.NOBODY, Side.BOTH, LocalDate.parse("2026-12-01").plusDays(i), false);
        }
        PlanView view = plans.view(plan);

        var blocks = CardView.blocks(view, true);

        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(blocks.toString()).contains("…and 80 more steps").contains("Step number 1*");
        assertThat(PlanModals.fullPlan(view, true).getBlocks().size()).isLessThanOrEqualTo(100);
    }
}
