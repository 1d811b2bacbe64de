package org.mapbot.plan.commitment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_AGREEMENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mapbot.db.generated.tables.records.StepProposalRecord;
import org.mapbot.db.generated.tables.records.StepRecord;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * The commitment, driven the way Slack drives it: the seller's commands, the customer's clicks on the card and on the
 * request message (another {@code team_id}), their forms; and what the database and Slack show afterwards.
 */
public final class Handshake {
    /** Slack gives the request message its own ts; the card keeps {@value #CARD_TS}. */
    public static final String CARD_TS = "1700000000.000100";
    public static final String REQUEST_TS = "1700000000.000900";

    private final RunningApp app;

    public Handshake(RunningApp app) {
        this.app = app;
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("agreement"))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"channel\":\"" + Slackers.SHARED_CHANNEL + "\",\"ts\":\""
                        + REQUEST_TS + "\",\"message\":{\"text\":\"\"}}")));
        customerIsOfAnotherOrganisation(Slackers.CUSTOMER_USER);
    }

    /** users.info says which organisation a person belongs to. */
    public void customerIsOfAnotherOrganisation(String userId) {
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing(userId)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"team_id\":\"" + Slackers.CUSTOMER_TEAM
                        + "\",\"tz\":\"America/New_York\",\"real_name\":\"Casey Customer\",\"profile\":{\"display_name\":\"Casey\"}}}")));
    }

    /** A plan with the quick template (1 seller, 2 customer, 3 seller, 4 both) and one internal step (5). */
    public void planWithAnInternalStep() {
        app.requests().seller("new Acme rollout with quick");
        app.requests().seller("add Discount approval by our VP internal");
        app.settle();
    }

    /** The seller proposes, the customer agrees from the request message: agreed by both. */
    public void agreedByBoth() {
        planWithAnInternalStep();
        proposedAndAgreed();
    }

    /** The plan there is now is proposed by the seller and agreed by the customer from the request message. */
    public void proposedAndAgreed() {
        app.requests().seller("propose");
        app.slack().awaitCall("chat.postMessage", c -> c.getOrDefault("blocks", "").contains("agreement"));
        awaitRequestRemembered();
        customerClicksOnRequest(CardIds.AGREE, agreeValue());
        app.settle();
    }

    public void awaitRequestRemembered() {
        org.mapbot.testkit.Await.until("the request message remembered", () -> java.util.Optional.ofNullable(
                app.dsl().select(PLAN.PROPOSAL_TS).from(PLAN).fetchOne(PLAN.PROPOSAL_TS)).filter(REQUEST_TS::equals));
    }

    public long planId() {
        return app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID);
    }

    public int terms() {
        return app.dsl().select(PLAN.TERMS_VERSION).from(PLAN).fetchOne(PLAN.TERMS_VERSION);
    }

    public String agreeValue() {
        return planId() + ":" + terms();
    }

    public long stepId(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    public StepRecord step(int position) {
        return app.dsl().selectFrom(STEP).where(STEP.POSITION.eq(position)).fetchOne();
    }

    public List<String> agreedSides() {
        return app.dsl().select(PLAN_AGREEMENT.SIDE).from(PLAN_AGREEMENT)
                .where(PLAN_AGREEMENT.TERMS_VERSION.eq(terms())).orderBy(PLAN_AGREEMENT.SIDE).fetch(PLAN_AGREEMENT.SIDE);
    }

    public boolean agreedByBothNow() {
        return agreedSides().equals(List.of("customer", "seller"));
    }

    public List<StepProposalRecord> proposals() {
        return app.dsl().selectFrom(STEP_PROPOSAL).orderBy(STEP_PROPOSAL.ID).fetch();
    }

    public StepProposalRecord openProposal() {
        return app.dsl().selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.STATE.eq("open")).fetchOne();
    }

    public HttpResponse<String> customerClicksOnCard(String actionId, String value) {
        app.settle();
        return app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                actionId, value);
    }

    public HttpResponse<String> sellerClicksOnCard(String actionId, String value) {
        app.settle();
        return app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                actionId, value);
    }

    public HttpResponse<String> customerClicksOnRequest(String actionId, String value) {
        return app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, REQUEST_TS,
                actionId, value);
    }

    /** The customer moves a step's date with the card's "New date" form. */
    public HttpResponse<String> customerSubmitsNewDate(int position, LocalDate date, String reason) {
        return app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_NEW_DATE,
                Long.toString(stepId(position)), Map.of(
                        PlanModals.DUE, value(SlackRequests.datePicked(date.toString())),
                        PlanModals.REASON, value(SlackRequests.text(reason))));
    }

    public static Map<String, JsonObject> value(JsonObject state) {
        return Map.of(PlanModals.VALUE, state);
    }

    /** The latest plan card Slack was given. */
    public String lastCard() {
        app.settle();
        List<Map<String, String>> cards = app.slack().calls("chat.update").stream().filter(FakeSlack::isPlanCard).toList();
        if (cards.isEmpty()) {
            cards = app.slack().calls("chat.postMessage").stream().filter(FakeSlack::isPlanCard).toList();
        }
        return FakeSlack.unescaped(cards.get(cards.size() - 1).get("blocks"));
    }

    /** Waits for a notice in the card's thread that matches; notices are posted off the request thread. */
    public String awaitNotice(java.util.function.Predicate<String> matching) {
        return FakeSlack.unescaped(app.slack().awaitCall("chat.postMessage", c -> CARD_TS.equals(c.get("thread_ts"))
                && matching.test(FakeSlack.unescaped(c.get("text")))).get("text"));
    }

    public String lastAnswer() {
        var responses = app.slack().responses();
        return responses.isEmpty() ? "" : FakeSlack.unescaped(responses.get(responses.size() - 1).toString());
    }
}
