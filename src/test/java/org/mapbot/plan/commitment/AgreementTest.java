package org.mapbot.plan.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_AGREEMENT;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Propose and agree: the seller asks, the customer (another organisation) agrees, and the plan reads agreed by both. */
class AgreementTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private Handshake handshake;

    @BeforeEach
    void handshake() {
        handshake = new Handshake(app);
    }

    @Test
    void the_seller_proposes_the_customer_agrees_on_the_request_and_the_card_reads_agreed_by_both() {
        handshake.planWithAnInternalStep();

        var proposed = app.requests().seller("propose");

        assertThat(proposed.body()).contains("I asked");
        Map<String, String> request = app.slack().awaitCall("chat.postMessage",
                c -> c.getOrDefault("blocks", "").contains("agreement"));
        String blocks = FakeSlack.unescaped(request.get("blocks"));
        assertThat(blocks).contains("Does this work for").contains("Diagnosis by the salesperson").contains(CardIds.SUGGEST)
                .contains(CardIds.YOUR_SIDE).doesNotContain("Discount approval");
        assertThat(handshake.agreedSides()).containsExactly("seller");
        handshake.awaitRequestRemembered();

        handshake.customerClicksOnRequest(CardIds.AGREE, handshake.agreeValue());

        assertThat(handshake.agreedByBothNow()).isTrue();
        assertThat(app.dsl().select(PLAN.AGREED_AT).from(PLAN).fetchOne(PLAN.AGREED_AT)).isNotNull();
        assertThat(handshake.step(2).getAgreedDueDate()).isEqualTo(handshake.step(2).getDueDate());
        assertThat(handshake.step(5).getAgreedDueDate()).as("an internal step is never part of the agreement").isNull();
        assertThat(app.dsl().select(PLAN_AGREEMENT.USER_ID).from(PLAN_AGREEMENT).where(PLAN_AGREEMENT.SIDE.eq("customer"))
                .fetchOne(PLAN_AGREEMENT.USER_ID)).isEqualTo(Slackers.CUSTOMER_USER);
        String card = handshake.lastCard();
        assertThat(card).contains("Agreed by <@" + Slackers.CUSTOMER_USER + ">").contains("and <@" + Slackers.SELLER_USER + ">")
                .contains(":handshake: agreed").doesNotContain("Agree to this plan");
        Map<String, String> updated = app.slack().awaitCall("chat.update", c -> Handshake.REQUEST_TS.equals(c.get("ts")));
        assertThat(FakeSlack.unescaped(updated.get("blocks"))).as("the request, answered, loses its buttons")
                .contains("Agreed by").doesNotContain(CardIds.AGREE);
        handshake.awaitNotice(n -> n.contains("agreed by both organisations"));
        assertThat(app.dsl().fetchCount(PLAN_EVENT, PLAN_EVENT.KIND.eq("agreed"))).isEqualTo(1);
        assertThat(app.requests().seller("history").body()).contains("asked the customer to agree")
                .contains("agreed to the plan for the customer organisation");
    }

    @Test
    void the_customer_can_agree_first_and_the_sellers_agree_button_completes_the_agreement() {
        handshake.planWithAnInternalStep();

        handshake.customerClicksOnCard(CardIds.AGREE, handshake.agreeValue());
        assertThat(handshake.agreedSides()).containsExactly("customer");
        assertThat(handshake.lastCard()).contains("waiting for the seller team");

        handshake.sellerClicksOnCard(CardIds.AGREE, handshake.agreeValue());

        assertThat(handshake.agreedByBothNow()).isTrue();
        assertThat(app.slack().calls("chat.postMessage").stream().noneMatch(c -> c.getOrDefault("blocks", "").contains("\"agreement\"")))
                .as("nothing left to ask: no request is posted").isTrue();
    }

    @Test
    void an_agree_on_a_plan_that_changed_since_it_was_shown_records_nothing_and_shows_the_plan_again() {
        handshake.planWithAnInternalStep();
        app.requests().seller("propose");
        handshake.awaitRequestRemembered();
        String shown = handshake.agreeValue();
        app.requests().seller("add Security review \"Jane Doe (IT)\"");

        handshake.customerClicksOnRequest(CardIds.AGREE, shown);

        assertThat(app.slack().awaitResponses(1).toString()).contains("changed after this was shown");
        assertThat(handshake.agreedSides()).as("the seller's agreement moved with their own change; the customer's is not recorded")
                .containsExactly("seller");
        Map<String, String> refreshed = app.slack().awaitCall("chat.update", c -> Handshake.REQUEST_TS.equals(c.get("ts")));
        assertThat(FakeSlack.unescaped(refreshed.get("blocks"))).contains("Security review");
    }

    @Test
    void an_agree_button_copied_to_another_message_or_tampered_with_changes_nothing() {
        handshake.planWithAnInternalStep();
        app.requests().seller("propose");
        handshake.awaitRequestRemembered();

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000555",
                CardIds.AGREE, handshake.agreeValue());
        handshake.customerClicksOnRequest(CardIds.AGREE, "not-a-plan");
        handshake.customerClicksOnRequest(CardIds.AGREE, "999999:0");

        assertThat(app.slack().awaitResponses(3).toString()).contains("old or another plan's card")
                .contains("does not exist any more");
        assertThat(handshake.agreedSides()).containsExactly("seller");
    }

    @Test
    void asking_needs_steps_the_customer_can_see_and_takes_no_words() {
        app.requests().seller("new Acme rollout");
        app.requests().seller("add Discount approval by our VP internal");

        assertThat(app.requests().seller("propose").body()).contains("nothing to agree on yet");
        assertThat(app.requests().seller("propose now please").body()).contains("takes nothing after it").contains("`/map propose`");
        assertThat(app.dsl().fetchCount(PLAN_AGREEMENT)).isZero();
    }

    @Test
    void a_change_after_agreement_shows_changed_since_agreement_until_both_agree_again() {
        handshake.agreedByBoth();

        app.requests().seller("add Security review \"Jane Doe (IT)\" by 2027-01-15");

        String card = handshake.lastCard();
        assertThat(card).contains("Changed since agreement").contains("not agreed yet").contains("Agree to this plan");
        assertThat(handshake.agreedSides()).as("the seller agrees to their own change").containsExactly("seller");

        handshake.customerClicksOnCard(CardIds.AGREE, handshake.agreeValue());

        assertThat(handshake.agreedByBothNow()).isTrue();
        assertThat(handshake.lastCard()).contains("Agreed by");
    }
}
