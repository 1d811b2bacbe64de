package org.mapbot.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.home.HomeTabTest.buttons;
import static org.mapbot.home.HomeTabTest.text;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.commitment.Handshake;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.share.Deals;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** The commitment on the Home tab: proposals waiting for the viewer's organisation, each plan's state, the risk order. */
class HomeCommitmentTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final String WAITING = "Waiting for your answer";
    private static final String PITCH = "2. Internal pitch by the customer to management";

    private Handshake handshake;

    @BeforeEach
    void setUp() {
        handshake = new Handshake(app);
    }

    @Test
    void a_customer_proposal_waits_on_the_sellers_home_and_accepting_it_there_applies_it() {
        handshake.agreedByBoth();
        LocalDate was = handshake.step(2).getDueDate();
        LocalDate proposed = was.plusDays(7);
        handshake.customerSubmitsNewDate(2, proposed, "waiting for legal");
        String proposal = Long.toString(handshake.openProposal().getId());

        JsonObject home = HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains(WAITING));

        assertThat(text(home)).contains(PITCH, "Acme rollout", "New date proposed", "(was ", "by <@" + Slackers.CUSTOMER_USER + ">",
                "waiting for legal", "<#" + Slackers.SHARED_CHANNEL + ">");
        assertThat(text(home).indexOf(WAITING)).as("the answers come first").isLessThan(text(home).indexOf("My steps"));
        assertThat(buttons(home, CardIds.ACCEPT)).containsExactly(proposal);
        assertThat(buttons(home, CardIds.DECLINE)).containsExactly(proposal);
        assertThat(buttons(home, CardIds.COUNTER)).containsExactly(proposal);
        assertThat(text(HomeOpened.by(app, Slackers.CUSTOMER_USER, v -> true))).as("the proposer waits, they do not answer")
                .doesNotContain(WAITING);
        int before = app.slack().count("views.publish");

        app.requests().viewAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, "home", "V0HOME", "offset=0", CardIds.ACCEPT, proposal);

        Await.until("the new date", () -> Optional.of(handshake.step(2).getDueDate()).filter(proposed::equals));
        assertThat(handshake.step(2).getAgreedDueDate()).isEqualTo(proposed);
        JsonObject refreshed = Await.until("a Home tab with nothing waiting", () -> HomeOpened.publishedAfter(app, before,
                Slackers.SELLER_USER).filter(v -> !text(v).contains(WAITING)));
        assertThat(text(refreshed)).contains("Agreed by both");
        Await.until("the answer in the seller's messages", () -> app.slack().calls("chat.postMessage").stream()
                .filter(c -> Slackers.SELLER_USER.equals(c.get("channel")) && c.get("text").contains("Accepted")).findFirst());
        assertThat(handshake.lastCard()).doesNotContain("New date proposed");
    }

    @Test
    void a_seller_proposal_waits_on_the_home_of_the_customer_who_declines_it_there() {
        handshake.planWithAnInternalStep();
        app.requests().seller("assign 2 <@" + Slackers.CUSTOMER_USER + "|casey>");
        handshake.proposedAndAgreed();
        LocalDate was = handshake.step(2).getDueDate();
        app.requests().seller("due 2 " + was.plusDays(5) + " our engineers are at a conference");
        String proposal = Long.toString(handshake.openProposal().getId());

        JsonObject home = HomeOpened.by(app, Slackers.CUSTOMER_USER, v -> text(v).contains(WAITING));

        assertThat(text(home)).contains(PITCH, "by <@" + Slackers.SELLER_USER + ">", "our engineers are at a conference")
                .doesNotContain("Discount approval", "My plans", "Team view");
        assertThat(buttons(home, CardIds.DECLINE)).containsExactly(proposal);
        assertThat(text(HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains("My plans"))))
                .as("their own proposal is not the seller's to answer").doesNotContain(WAITING);

        app.requests().viewAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, "home", "V0HOME", "offset=0", CardIds.DECLINE,
                proposal);

        Await.until("the proposal declined", () -> Optional.of(handshake.proposals().get(0).getState()).filter("declined"::equals));
        assertThat(handshake.step(2).getDueDate()).isEqualTo(was);
        assertThat(text(HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains("1 date declined"))))
                .contains("Agreed by both");
    }

    @Test
    void an_answer_from_home_by_the_proposers_own_organisation_changes_nothing() {
        handshake.agreedByBoth();
        handshake.customerSubmitsNewDate(2, handshake.step(2).getDueDate().plusDays(7), "waiting for legal");
        String proposal = Long.toString(handshake.openProposal().getId());

        app.requests().viewAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, "home", "V0HOME", "offset=0", CardIds.ACCEPT,
                proposal);

        Map<String, String> told = Await.until("a note to the customer", () -> app.slack().calls("chat.postMessage").stream()
                .filter(c -> Slackers.CUSTOMER_USER.equals(c.get("channel")) && c.get("text").contains("your own proposal")).findFirst());
        assertThat(told.get("text")).contains("the other organisation answers it");
        assertThat(handshake.openProposal()).isNotNull();
    }

    @Test
    void my_plans_shows_the_commitment_state_and_the_team_view_ranks_a_changed_agreement_as_riskier_than_a_slip() {
        handshake.planWithAnInternalStep();
        assertThat(text(HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains("My plans")))).contains("Not yet proposed");
        handshake.proposedAndAgreed();
        assertThat(text(HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains("Agreed by both")))).contains("Agreed by both");
        long acme = handshake.planId();
        app.requests().seller("due 3 " + handshake.step(3).getDueDate().minusDays(1) + " quote is ready early without asking");
        Deals deals = new Deals(app.plans());
        LocalDate start = handshake.step(1).getDueDate().minusDays(7);
        Plan globex = deals.plan("Globex expansion", "C0GLOBEX", start, start.plusWeeks(10));
        Step pricing = deals.step(globex, "Pricing call", Deals.seller(), Side.SELLER, start.plusWeeks(2));
        app.plans().changeDueDate(Deals.SELLER, pricing.id(), start.plusWeeks(4), "their CFO is away");

        JsonObject home = HomeOpened.by(app, Slackers.SELLER_USER, v -> text(v).contains("Globex expansion")
                && text(v).contains("Changed since agreement"));

        assertThat(text(home)).contains("1 date changed without agreement", PlanRisk.EXPLAINED);
        assertThat(buttons(home, HomeActions.OPEN_PLAN)).as("My plans, then the team view, a doubtful commitment before 14 days slipped")
                .containsExactly(Long.toString(acme), Long.toString(globex.id()), Long.toString(acme), Long.toString(globex.id()));
    }
}
