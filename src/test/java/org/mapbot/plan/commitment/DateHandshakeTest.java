package org.mapbot.plan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/** Once a date is agreed, a new date from one organisation is a proposal the other accepts, declines or counters. */
class DateHandshakeTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Handshake handshake;

    @BeforeEach
    void agreed() {
        handshake = new Handshake(app);
        handshake.agreedByBoth();
    }

    private LocalDate later(int position, int days) {
        return handshake.step(position).getDueDate().plusDays(days);
    }

    private String proposalId() {
        return Long.toString(handshake.openProposal().getId());
    }

    @Test
    void a_customer_proposal_waits_for_the_seller_who_accepts_it_as_an_agreed_slip() {
        LocalDate was = handshake.step(2).getDueDate();
        LocalDate proposed = later(2, 7);

        handshake.customerSubmitsNewDate(2, proposed, "waiting for legal");

        assertThat(handshake.step(2).getDueDate()).as("nothing moves before the seller answers").isEqualTo(was);
        String card = handshake.lastCard();
        assertThat(card).contains("New date proposed").contains("by <@" + Slackers.CUSTOMER_USER + ">").contains("waiting for legal")
                .contains(CardIds.ACCEPT).contains(CardIds.DECLINE).contains(CardIds.COUNTER);
        handshake.awaitNotice(n -> n.contains("proposes a new date") && n.contains("<@" + Slackers.SELLER_USER + ">"));

        handshake.sellerClicksOnCard(CardIds.ACCEPT, proposalId());

        assertThat(handshake.step(2).getDueDate()).isEqualTo(proposed);
        assertThat(handshake.step(2).getAgreedDueDate()).isEqualTo(proposed);
        assertThat(handshake.agreedByBothNow()).as("an accepted change keeps both organisations agreed").isTrue();
        assertThat(app.dsl().select(PLAN_EVENT.REASON).from(PLAN_EVENT).where(PLAN_EVENT.KIND.eq("due_date"))
                .fetch(PLAN_EVENT.REASON)).as("the reason is kept in the slip log").containsExactly("waiting for legal");
        assertThat(handshake.lastCard()).contains("Agreed by").doesNotContain("New date proposed");
        handshake.awaitNotice(n -> n.contains("accepted") && n.contains("agreed by both sides"));
        assertThat(app.requests().seller("history 2").body()).contains("proposed").contains("accepted the proposal");
    }

    @Test
    void a_declined_proposal_keeps_the_date_and_tells_the_proposer() {
        LocalDate was = handshake.step(2).getDueDate();
        handshake.customerSubmitsNewDate(2, later(2, 14), "budget freeze");

        handshake.sellerClicksOnCard(CardIds.DECLINE, proposalId());

        assertThat(handshake.step(2).getDueDate()).isEqualTo(was);
        assertThat(handshake.proposals()).extracting(r -> r.getState()).containsExactly("declined");
        String notice = handshake.awaitNotice(n -> n.contains("declined") && n.contains("<@" + Slackers.CUSTOMER_USER + ">"));
        assertThat(notice).contains("the agreed date stands").doesNotContain("waits for your agreement");
        assertThat(handshake.agreedByBothNow()).as("the plan stays as agreed").isTrue();
        assertThat(app.requests().seller("history 2").body()).contains("declined the proposal");
    }

    @Test
    void a_seller_proposal_is_countered_by_the_customer_and_the_counter_accepted_by_the_seller() {
        LocalDate sellerDate = later(3, 10);
        LocalDate counter = later(3, 4);

        HttpResponse<String> asked = app.requests().seller("due 3 " + sellerDate + " quote needs approval");

        assertThat(asked.body()).contains("goes to them as a proposal").contains("without asking");
        assertThat(handshake.openProposal().getProposedSide()).isEqualTo("seller");
        handshake.customerClicksOnCard(CardIds.COUNTER, proposalId());
        Map<String, String> opened = app.slack().awaitCalls("views.open", 1).get(0);
        assertThat(FakeSlack.unescaped(opened.get("view"))).contains(CardIds.MODAL_COUNTER);

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_COUNTER, proposalId(),
                Map.of(PlanModals.DUE, Handshake.value(SlackRequests.datePicked(counter.toString())),
                        PlanModals.REASON, Handshake.value(SlackRequests.text("our board meets earlier"))));

        assertThat(handshake.proposals()).extracting(r -> r.getState()).containsExactly("countered", "open");
        assertThat(handshake.openProposal().getProposedSide()).isEqualTo("customer");
        assertThat(handshake.openProposal().getNewDate()).isEqualTo(counter);

        handshake.sellerClicksOnCard(CardIds.ACCEPT, proposalId());

        assertThat(handshake.step(3).getDueDate()).isEqualTo(counter);
        assertThat(handshake.agreedByBothNow()).isTrue();
    }

    @Test
    void the_wrong_organisation_or_the_proposer_cannot_answer_and_nothing_changes() {
        LocalDate was = handshake.step(2).getDueDate();
        handshake.customerSubmitsNewDate(2, later(2, 7), "waiting for legal");
        String id = proposalId();
        int before = app.slack().responses().size();

        handshake.customerClicksOnCard(CardIds.ACCEPT, id);
        app.requests().blockAction(Slackers.CUSTOMER_LEGAL, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, Handshake.CARD_TS,
                CardIds.ACCEPT, id);
        app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000777",
                CardIds.ACCEPT, id);
        handshake.sellerClicksOnCard(CardIds.ACCEPT, "12345678");

        String answers = app.slack().awaitResponses(before + 4).toString();
        assertThat(answers).contains("your own proposal").contains("for the other organisation to answer")
                .contains("old or another plan's card").contains("does not exist any more");
        assertThat(handshake.step(2).getDueDate()).isEqualTo(was);
        assertThat(handshake.openProposal()).isNotNull();
    }

    @Test
    void two_answers_at_once_the_first_wins_and_the_second_sees_the_result() throws Exception {
        handshake.customerSubmitsNewDate(2, later(2, 7), "waiting for legal");
        String id = proposalId();
        app.settle();
        CyclicBarrier together = new CyclicBarrier(2);
        var accept = CompletableFuture.supplyAsync(() -> clickTogether(together, Slackers.SELLER_USER, CardIds.ACCEPT, id));
        var decline = CompletableFuture.supplyAsync(() -> clickTogether(together, Slackers.SELLER_COLLEAGUE, CardIds.DECLINE, id));
        accept.get();
        decline.get();

        List<String> states = handshake.proposals().stream().map(r -> r.getState()).toList();
        assertThat(states).hasSize(1).first().isIn("accepted", "declined");
        assertThat(app.dsl().fetchCount(PLAN_EVENT, PLAN_EVENT.KIND.in("proposal_accepted", "proposal_declined"))).isEqualTo(1);
        assertThat(app.slack().awaitResponses(3).toString()).contains("already answered by");
    }

    private int clickTogether(CyclicBarrier together, String userId, String actionId, String value) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return app.requests().blockAction(userId, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, Handshake.CARD_TS, actionId, value)
                .statusCode();
    }

    @Test
    void a_seller_who_moves_an_agreed_date_without_asking_is_recorded_as_unilateral() {
        LocalDate moved = later(2, 5);

        HttpResponse<String> response = app.requests().seller("due 2 " + moved + " their champion left without asking");

        assertThat(response.body()).contains("unilateral");
        assertThat(handshake.step(2).getDueDate()).isEqualTo(moved);
        assertThat(app.dsl().fetchCount(STEP_PROPOSAL)).isZero();
        assertThat(app.dsl().select(PLAN_EVENT.REASON).from(PLAN_EVENT).where(PLAN_EVENT.KIND.eq("unilateral"))
                .fetch(PLAN_EVENT.REASON)).containsExactly("their champion left");
        assertThat(handshake.lastCard()).contains("Changed since agreement").contains("changed without agreement");
        assertThat(FakeSlack.unescaped(app.requests().seller("history 2").body())).contains("without the other side's agreement");
    }

    @Test
    void only_the_seller_team_moves_an_agreed_date_without_asking_and_a_stale_proposal_is_withdrawn() {
        LocalDate was = handshake.step(2).getDueDate();
        handshake.customerSubmitsNewDate(2, later(2, 7), "waiting for legal");
        String id = proposalId();

        app.requests().seller("due 2 " + later(2, 3) + " we move it ourselves without asking");

        assertThat(handshake.proposals()).extracting(r -> r.getState()).containsExactly("withdrawn");
        int before = app.slack().responses().size();
        handshake.sellerClicksOnCard(CardIds.ACCEPT, id);
        assertThat(app.slack().awaitResponses(before + 1).toString()).contains("already answered");
        assertThat(handshake.step(2).getDueDate()).isEqualTo(was.plusDays(3));
    }

    @Test
    void a_date_never_agreed_changes_as_before() {
        app.requests().seller("add Security review \"Jane Doe (IT)\" by 2027-01-15");

        HttpResponse<String> response = app.requests().seller("due 6 2027-01-22 Jane is away");

        assertThat(response.body()).contains("is now due");
        assertThat(handshake.step(6).getDueDate()).isEqualTo(LocalDate.parse("2027-01-22"));
        assertThat(app.dsl().fetchCount(STEP_PROPOSAL)).isZero();
    }
}
