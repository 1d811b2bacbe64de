package org.mapbot.plan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;
import static org.mapbot.testkit.SlackRequests.datePicked;
import static org.mapbot.testkit.SlackRequests.text;
import static org.mapbot.testkit.SlackRequests.userPicked;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * The customer reviews the plan (another date, another owner, a comment, steps for their side) and fills in their
 * side; the seller accepts some proposals and declines others.
 */
class PlanReviewTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Handshake handshake;

    @BeforeEach
    void proposed() {
        handshake = new Handshake(app);
        handshake.customerIsOfAnotherOrganisation(Slackers.CUSTOMER_LEGAL);
        handshake.planWithAnInternalStep();
        app.requests().seller("propose");
        handshake.awaitRequestRemembered();
    }

    private HttpResponse<String> review(Map<String, Map<String, JsonObject>> values) {
        return app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_SUGGEST,
                Long.toString(handshake.planId()), values);
    }

    private static String date(long stepId) {
        return "date-" + stepId;
    }

    @Test
    void the_review_form_shows_the_customer_every_open_step_but_no_internal_one() {
        handshake.customerClicksOnRequest(CardIds.SUGGEST, Long.toString(handshake.planId()));

        String view = FakeSlack.unescaped(app.slack().awaitCalls("views.open", 1).get(0).get("view"));
        assertThat(view).contains(CardIds.MODAL_SUGGEST).contains("Diagnosis by the salesperson").contains("Kick-off")
                .contains("date-" + handshake.stepId(2)).doesNotContain("Discount approval").doesNotContain("date-" + handshake.stepId(5));
    }

    @Test
    void casey_suggests_a_later_demo_and_a_legal_step_and_sams_acceptance_makes_it_agreed_by_both() {
        LocalDate later = handshake.step(2).getDueDate().plusDays(7);
        Map<String, Map<String, JsonObject>> values = new HashMap<>();
        values.put(date(handshake.stepId(2)), Handshake.value(datePicked(later.toString())));
        values.put("note-" + handshake.stepId(2), Handshake.value(text("our management meets a week later")));
        values.put("new-title-1", Handshake.value(text("Legal review")));
        values.put("new-name-1", Handshake.value(text("Jane Doe (Legal)")));
        values.put("new-due-1", Handshake.value(datePicked("2027-01-08")));

        HttpResponse<String> sent = review(values);

        assertThat(sent.body()).doesNotContain("errors");
        assertThat(handshake.openProposal().getNewDate()).isEqualTo(later);
        var legal = app.dsl().selectFrom(STEP).where(STEP.TITLE.eq("Legal review")).fetchOne();
        assertThat(legal.getSide()).isEqualTo("customer");
        assertThat(legal.getOwnerName()).isEqualTo("Jane Doe (Legal)");
        assertThat(handshake.agreedSides()).as("the customer agrees once the seller accepts their proposal").isEmpty();
        handshake.awaitNotice(n -> n.contains("reviewed the plan") && n.contains("1 proposal") && n.contains("1 new step"));

        handshake.sellerClicksOnCard(CardIds.ACCEPT, Long.toString(handshake.openProposal().getId()));

        assertThat(handshake.agreedByBothNow()).isTrue();
        assertThat(handshake.step(2).getDueDate()).isEqualTo(later);
        assertThat(handshake.step(2).getAgreedDueDate()).isEqualTo(later);
        String card = handshake.lastCard();
        assertThat(card).contains("Agreed by <@" + Slackers.CUSTOMER_USER + ">").contains("Legal review")
                .contains(":handshake: agreed");
        assertThat(FakeSlack.unescaped(app.requests().seller("history").body()))
                .contains("<@" + Slackers.CUSTOMER_USER + "> agreed to the plan for the customer organisation");

        app.requests().seller("due 3 " + handshake.step(3).getDueDate().plusDays(2) + " quote approval is late without asking");

        assertThat(handshake.lastCard()).contains("Changed since agreement").contains("changed without agreement");
        assertThat(FakeSlack.unescaped(app.requests().seller("history 3").body())).contains("without the other side's agreement");
    }

    @Test
    void the_seller_accepts_one_suggestion_and_declines_another_and_the_customer_is_asked_again() {
        Map<String, Map<String, JsonObject>> values = new HashMap<>();
        values.put(date(handshake.stepId(2)), Handshake.value(datePicked(handshake.step(2).getDueDate().plusDays(7).toString())));
        values.put("owner-" + handshake.stepId(4), Handshake.value(userPicked(Slackers.CUSTOMER_LEGAL)));
        values.put("note-" + handshake.stepId(1), Handshake.value(text("Please bring the pricing sheet")));
        review(values);
        assertThat(handshake.proposals()).hasSize(2);
        handshake.awaitNotice(n -> n.contains("commented on") && n.contains("Please bring the pricing sheet"));
        long dateProposal = app.dsl().select(STEP_PROPOSAL.ID).from(STEP_PROPOSAL)
                .where(STEP_PROPOSAL.STEP_ID.eq(handshake.stepId(2))).fetchOne(STEP_PROPOSAL.ID);
        long ownerProposal = app.dsl().select(STEP_PROPOSAL.ID).from(STEP_PROPOSAL)
                .where(STEP_PROPOSAL.STEP_ID.eq(handshake.stepId(4))).fetchOne(STEP_PROPOSAL.ID);

        handshake.sellerClicksOnCard(CardIds.ACCEPT, Long.toString(dateProposal));
        handshake.sellerClicksOnCard(CardIds.DECLINE, Long.toString(ownerProposal));

        assertThat(handshake.proposals()).extracting(r -> r.getState()).containsExactly("accepted", "declined");
        assertThat(handshake.step(4).getOwnerUserId()).as("declined: the owner stays").isNull();
        assertThat(handshake.agreedSides()).as("the customer agreed only subject to both: they are asked again")
                .containsExactly("seller");
        assertThat(handshake.lastCard()).contains("waiting for their agreement");
        assertThat(app.dsl().fetchCount(PLAN_EVENT, PLAN_EVENT.KIND.eq("comment"))).isEqualTo(1);
    }

    @Test
    void a_review_without_changes_is_the_customers_agreement() {
        review(Map.of());

        assertThat(handshake.agreedByBothNow()).isTrue();
        handshake.awaitNotice(n -> n.contains("reviewed the plan and agrees to it"));
    }

    @Test
    void bad_rows_are_refused_under_their_field_and_nothing_is_saved() {
        Map<String, Map<String, JsonObject>> values = new HashMap<>();
        values.put(date(handshake.stepId(2)), Handshake.value(datePicked(handshake.step(2).getDueDate().plusDays(7).toString())));
        values.put("new-due-2", Handshake.value(datePicked("2027-01-08")));

        HttpResponse<String> noTitle = review(values);
        HttpResponse<String> tooLong = review(Map.of("note-" + handshake.stepId(1), Handshake.value(text("x".repeat(501)))));
        HttpResponse<String> notAStep = review(Map.of("date-999999", Handshake.value(datePicked("2027-01-08"))));
        HttpResponse<String> internal = review(Map.of(date(handshake.stepId(5)), Handshake.value(datePicked("2027-01-08"))));

        assertThat(noTitle.body()).contains("new-title-2").contains("Give this step a title");
        assertThat(tooLong.body()).contains("note-" + handshake.stepId(1)).contains("At most 500");
        assertThat(notAStep.body()).contains("errors").contains("does not exist any more");
        assertThat(internal.body()).contains("errors").contains("does not exist any more");
        assertThat(app.dsl().fetchCount(STEP_PROPOSAL)).isZero();
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(5);
        assertThat(handshake.agreedSides()).containsExactly("seller");
    }

    @Test
    void the_seller_team_is_pointed_to_its_own_tools_instead_of_the_review_form() {
        handshake.sellerClicksOnCard(CardIds.SUGGEST, Long.toString(handshake.planId()));

        assertThat(app.slack().awaitResponses(1).toString()).contains("Your team changes the plan directly");
        assertThat(app.slack().count("views.open")).isZero();
    }

    @Test
    void the_customer_fills_in_their_side_and_still_agrees_with_the_steps_they_added() {
        handshake.customerClicksOnRequest(CardIds.AGREE, handshake.agreeValue());
        assertThat(handshake.agreedByBothNow()).isTrue();
        handshake.customerClicksOnCard(CardIds.YOUR_SIDE, Long.toString(handshake.planId()));
        assertThat(FakeSlack.unescaped(app.slack().awaitCalls("views.open", 1).get(0).get("view"))).contains(CardIds.MODAL_YOUR_SIDE);

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_YOUR_SIDE,
                Long.toString(handshake.planId()), Map.of(
                        "new-title-1", Handshake.value(text("Security questionnaire")),
                        "new-owner-1", Handshake.value(userPicked(Slackers.CUSTOMER_LEGAL)),
                        "new-due-1", Handshake.value(datePicked("2027-01-06")),
                        "new-title-2", Handshake.value(text("Budget approval")),
                        "new-name-2", Handshake.value(text("Pat (Finance)"))));

        assertThat(app.dsl().selectFrom(STEP).where(STEP.TITLE.in("Security questionnaire", "Budget approval")).fetch())
                .hasSize(2).allMatch(s -> s.getSide().equals("customer"));
        assertThat(handshake.agreedSides()).as("added by the customer, they count as agreed by the customer")
                .containsExactly("customer");
        assertThat(handshake.lastCard()).contains("Changed since agreement").contains("Agree to this plan");
        handshake.awaitNotice(n -> n.contains("added 2 steps") && n.contains("Security questionnaire"));
    }

    @Test
    void an_empty_your_side_form_or_a_row_without_a_title_saves_nothing() {
        HttpResponse<String> empty = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_YOUR_SIDE, Long.toString(handshake.planId()), Map.of());
        HttpResponse<String> ownerOnly = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_YOUR_SIDE, Long.toString(handshake.planId()), Map.of(
                        "new-title-1", Handshake.value(text("Security questionnaire")),
                        "new-name-3", Handshake.value(text("Pat (Finance)"))));

        assertThat(empty.body()).contains("new-title-1").contains("at least one step");
        assertThat(ownerOnly.body()).contains("new-title-3").contains("Give this step a title");
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(5);
    }
}
