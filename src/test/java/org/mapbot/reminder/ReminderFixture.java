package org.mapbot.reminder;

import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.SLACK_USER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.storage.PlanRepository;

import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderTiming;

/** Plans, steps and sweeps for reminder tests, through the app's own services. */
final class ReminderFixture {
    static final ZoneId PLAN_ZONE = ZoneId.of("America/New_York");
    static final Actor SELLER = Actors.SELLER;
    static final String CARD_TS = "1700000000.000001";

    private final RunningApp app;
    private int seenPosts;

    ReminderFixture(RunningApp app) {
        this.app = app;
    }

    TestPlans plans() {
        return app.plans();
    }

    /** The seller has no time zone in Slack (plan zone applies); the customer is in Berlin. */
    void cacheUsers() {
        cacheUser(Slackers.SELLER_USER, null);
        cacheUser(Slackers.CUSTOMER_USER, "Europe/Berlin");
        cacheUser(Slackers.SELLER_COLLEAGUE, "Europe/Berlin");
    }

    void cacheUser(String userId, String zone) {
        // Slack answers the same when the cache goes stale as days pass in a test.
        String team = userId.equals(Slackers.CUSTOMER_USER) || userId.equals(Slackers.CUSTOMER_LEGAL)
                ? Slackers.CUSTOMER_TEAM : Slackers.SELLER_TEAM;
        app.slack().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/users.info"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + userId))
                .atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":true,\"user\":{\"id\":\"" + userId
                        + "\",\"team_id\":\"" + team + "\"" + (zone == null ? "" : ",\"tz\":\"" + zone + "\"") + "}}")));
        app.dsl().insertInto(SLACK_USER).set(SLACK_USER.DIRECTORY_KEY, Slackers.SELLER_TEAM)
                .set(SLACK_USER.USER_ID, userId).set(SLACK_USER.TIME_ZONE, zone)
                .set(SLACK_USER.FETCHED_AT, app.clock().instant().atOffset(ZoneOffset.UTC))
                .onConflict(SLACK_USER.DIRECTORY_KEY, SLACK_USER.USER_ID).doUpdate().set(SLACK_USER.TIME_ZONE, zone).execute();
    }

    /** A plan whose weekly digest is off, so tests about step reminders see only those. */
    Plan plan() {
        Plan plan = planWithDigest();
        java.util.Set<ReminderKind> kinds = java.util.EnumSet.allOf(ReminderKind.class);
        kinds.remove(ReminderKind.DIGEST);
        app.mapBot().parts().reminderRepository().saveSettings(plan.id(),
                new ReminderSettings(kinds, ReminderTiming.DEFAULT_LEAD_DAYS), Slackers.SELLER_USER, app.clock().instant());
        app.mapBot().parts().planner().replan(plan.id());
        return plan;
    }

    Plan planWithDigest() {
        Plan plan = plans().createPlan(SELLER, Slackers.SHARED_CHANNEL, "Acme rollout", "Acme", LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 1, 29), PLAN_ZONE, Optional.empty());
        // The card is posted in the background; once it is, give it a known ts for thread assertions.
        app.settle();
        new PlanRepository(app.dsl()).setCardTs(plan.id(), CARD_TS);
        seenPosts = app.slack().callsBesidesCard("chat.postMessage").size();
        return plans().plan(plan.id()).orElseThrow();
    }

    Step customerStep(Plan plan, String title, LocalDate due) {
        return settled(plans().addStep(SELLER, plan, title, Owner.slackUser(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM),
                Side.CUSTOMER, due, false));
    }

    Step step(Plan plan, String title, Owner owner, Side side, LocalDate due, boolean internal) {
        return settled(plans().addStep(SELLER, plan, title, owner, side, due, internal));
    }

    /** Waits for what a change sets off in the background (the reminder re-plan among it). */
    <T> T settled(T result) {
        app.settle();
        return result;
    }

    /** Moves the clock, sweeps, and returns the chat.postMessage calls made since the last look. */
    List<Map<String, String>> sweepAt(Instant at) {
        // Reminders are re-planned off the request thread after each change: let that finish first.
        app.settle();
        app.clock().set(at);
        app.mapBot().parts().sweeper().sweep();
        return newPosts();
    }

    List<Map<String, String>> newPosts() {
        List<Map<String, String>> all = app.slack().callsBesidesCard("chat.postMessage");
        List<Map<String, String>> fresh = all.subList(Math.min(seenPosts, all.size()), all.size());
        seenPosts = all.size();
        return List.copyOf(fresh);
    }

    List<Reminder> reminders(Plan plan) {
        settled(plan);
        return app.mapBot().parts().reminderRepository().ofPlan(plan.id());
    }

    Reminder only(Plan plan, ReminderKind kind, String recipient) {
        return reminders(plan).stream().filter(r -> r.kind() == kind && r.recipient().equals(recipient)).findFirst().orElseThrow();
    }

    String stateOf(long reminderId) {
        return app.dsl().select(REMINDER.STATE).from(REMINDER).where(REMINDER.ID.eq(reminderId)).fetchOne(REMINDER.STATE);
    }

    Instant nextAttemptOf(long reminderId) {
        return app.dsl().select(REMINDER.NEXT_ATTEMPT_AT).from(REMINDER).where(REMINDER.ID.eq(reminderId))
                .fetchOne(REMINDER.NEXT_ATTEMPT_AT).toInstant();
    }

    static Instant utc(String iso) {
        return Instant.parse(iso);
    }

}
