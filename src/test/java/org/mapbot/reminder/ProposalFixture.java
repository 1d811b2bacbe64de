package org.mapbot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.and;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.mapbot.db.generated.tables.records.StepProposalRecord;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderTiming;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * A plan both organisations agreed (the customer clicks Agree from another {@code team_id}), proposals made the way
 * Slack makes them, and sweeps at chosen moments. Slack gives each kind of message its own ts, so a click can say
 * which message it was on: the card, the agreement request, the reminder DM, the reminder in the card's thread.
 */
final class ProposalFixture {
    static final String CARD_TS = "1700000000.000100";
    static final String REQUEST_TS = "1700000000.000900";
    static final String SELLER_DM = "D0SELLERDM";
    static final String DM_REMINDER_TS = "1700000000.000500";
    static final String THREAD_REMINDER_TS = "1700000000.000600";

    private final RunningApp app;
    private int seenPosts;

    ProposalFixture(RunningApp app) {
        this.app = app;
        var slack = app.slack().wireMock();
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(containing("agreement")).atPriority(1)
                .willReturn(okJson(posted(Slackers.SHARED_CHANNEL, REQUEST_TS))));
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(and(containing(ProposalReminderViews.ACTIONS_BLOCK),
                containing("channel=" + Slackers.SELLER_USER))).atPriority(1).willReturn(okJson(posted(SELLER_DM, DM_REMINDER_TS))));
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).withRequestBody(and(containing(ProposalReminderViews.ACTIONS_BLOCK),
                containing("channel=" + Slackers.SHARED_CHANNEL))).atPriority(1)
                .willReturn(okJson(posted(Slackers.SHARED_CHANNEL, THREAD_REMINDER_TS))));
        slack.stubFor(post(urlEqualTo("/api/users.info")).withRequestBody(containing(Slackers.CUSTOMER_USER)).atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_USER + "\",\"team_id\":\""
                        + Slackers.CUSTOMER_TEAM + "\",\"tz\":\"America/New_York\",\"real_name\":\"Casey Customer\"}}")));
    }

    private static String posted(String channel, String ts) {
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\",\"message\":{\"text\":\"\"}}";
    }

    /**
     * The quick template (1 seller, 2 customer, 3 seller, 4 both) and an internal step (5), agreed by both; only the
     * given reminder kinds are on, so each test sees only what it is about.
     */
    void agreedPlan(ReminderKind... kinds) {
        app.requests().seller("new Acme rollout with quick");
        app.requests().seller("add Discount approval by our VP internal");
        app.settle();
        app.requests().seller("propose");
        app.slack().awaitCall("chat.postMessage", c -> c.getOrDefault("blocks", "").contains("agreement"));
        Await.until("the request message remembered", () -> java.util.Optional.ofNullable(
                app.dsl().select(PLAN.PROPOSAL_TS).from(PLAN).fetchOne(PLAN.PROPOSAL_TS)).filter(REQUEST_TS::equals));
        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, REQUEST_TS,
                CardIds.AGREE, planId() + ":" + app.dsl().select(PLAN.TERMS_VERSION).from(PLAN).fetchOne(PLAN.TERMS_VERSION));
        app.settle();
        app.mapBot().parts().reminderRepository().saveSettings(planId(), new ReminderSettings(EnumSet.of(kinds[0], kinds),
                ReminderTiming.DEFAULT_LEAD_DAYS), Slackers.SELLER_USER, app.clock().instant());
        app.mapBot().parts().planner().replan(planId());
        seenPosts = app.slack().callsBesidesCard("chat.postMessage").size();
    }

    long planId() {
        return app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID);
    }

    ZoneId planZone() {
        return ZoneId.of(app.dsl().select(PLAN.TIME_ZONE).from(PLAN).fetchOne(PLAN.TIME_ZONE));
    }

    long stepId(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    LocalDate due(int position) {
        return app.dsl().select(STEP.DUE_DATE).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.DUE_DATE);
    }

    /** The customer moves an agreed date with the card's "New date" form: a proposal for the seller to answer. */
    void customerProposes(int position, LocalDate date, String reason, Instant at) {
        app.clock().set(at);
        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, CardIds.MODAL_NEW_DATE,
                Long.toString(stepId(position)), Map.of(
                        PlanModals.DUE, Map.of(PlanModals.VALUE, SlackRequests.datePicked(date.toString())),
                        PlanModals.REASON, Map.of(PlanModals.VALUE, SlackRequests.text(reason))));
        app.settle();
    }

    /** The seller moves an agreed date with {@code /map due}: a proposal for the customer to answer. */
    void sellerProposes(int position, LocalDate date, String reason, Instant at) {
        app.clock().set(at);
        app.requests().seller("due " + position + " " + date + " " + reason);
        app.settle();
    }

    StepProposalRecord openProposal() {
        return app.dsl().selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.STATE.eq("open")).orderBy(STEP_PROPOSAL.ID).fetchAny();
    }

    List<StepProposalRecord> proposals() {
        return app.dsl().selectFrom(STEP_PROPOSAL).orderBy(STEP_PROPOSAL.ID).fetch();
    }

    HttpResponse<String> click(String userId, String teamId, String channel, String ts, String actionId, long proposalId) {
        HttpResponse<String> response = app.requests().blockAction(userId, teamId, channel, ts, actionId, Long.toString(proposalId));
        app.settle();
        return response;
    }

    /** Moves the clock, sweeps, and returns the proposal reminders posted since the last look. */
    List<Map<String, String>> sweepAt(Instant at) {
        app.settle();
        app.clock().set(at);
        app.mapBot().parts().sweeper().sweep();
        return newPosts().stream().filter(p -> p.getOrDefault("blocks", "").contains(ProposalReminderViews.ACTIONS_BLOCK)).toList();
    }

    /** Everything the bot posted (besides the card) since the last look. */
    List<Map<String, String>> newPosts() {
        app.settle();
        List<Map<String, String>> all = app.slack().callsBesidesCard("chat.postMessage");
        List<Map<String, String>> fresh = all.subList(Math.min(seenPosts, all.size()), all.size());
        seenPosts = all.size();
        return List.copyOf(fresh);
    }

    List<Reminder> proposalReminders() {
        app.settle();
        return app.mapBot().parts().reminderRepository().ofPlan(planId()).stream()
                .filter(r -> r.kind() == ReminderKind.PROPOSAL).toList();
    }

    String lastAnswer() {
        var responses = app.slack().responses();
        return responses.isEmpty() ? "" : FakeSlack.unescaped(responses.get(responses.size() - 1).toString());
    }

    static String text(Map<String, String> post) {
        return FakeSlack.unescaped(post.get("text")) + " " + FakeSlack.unescaped(post.get("blocks"));
    }
}
