package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_EVENT;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.WEBHOOK_ATTEMPT;
import static org.mapbot.db.generated.Tables.WEBHOOK_DELIVERY;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * Webhooks as a receiver sees them: real clicks into the app, a WireMock receiver, each request checked with an
 * independent Standard Webhooks verification; the outbox, retries and switching off driven by the clock and the job.
 */
class WebhookDeliveryTest {
    static final Receiver receiver = new Receiver();

    @RegisterExtension
    static RunningApp app = new RunningApp().with("MAP_ENCRYPTION_KEY", AddToSlack.ENCRYPTION_KEY)
            .with(WebhookSettings.TRUSTED_HOSTS, "localhost");

    private final WebhookAdmin admin = new WebhookAdmin(app);
    private Plan plan;
    private Step shared;
    private Step internal;

    @BeforeEach
    void aPlanWithASharedAndAnInternalStep() {
        receiver.reset();
        app.requests().seller("new Acme rollout");
        plan = app.plans().requireCurrentPlan(Slackers.SHARED_CHANNEL);
        shared = app.plans().addStep(Actors.SELLER, plan, "Security review", Owner.NOBODY, Side.CUSTOMER,
                LocalDate.parse("2026-12-10"), false);
        internal = app.plans().addStep(Actors.SELLER, plan, "Discount approval by finance", Owner.NOBODY, Side.SELLER,
                LocalDate.parse("2026-12-11"), true);
        app.settle();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_done_click_on_the_card_reaches_the_endpoint_as_a_correctly_signed_step_done_matching_the_plan() {
        WebhookAdmin.Added added = admin.add(receiver.url("/crm"), false);

        var click = app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "1700000000.000100", CardIds.DONE, Long.toString(shared.id()));
        assertThat(click.statusCode()).isEqualTo(200);

        LoggedRequest request = receiver.awaitReceived("/crm", 1).get(0);
        assertSigned(request, added.secret());
        JsonNode event = Receiver.json(request);
        long historyId = app.dsl().select(PLAN_EVENT.ID).from(PLAN_EVENT)
                .where(PLAN_EVENT.STEP_ID.eq(shared.id()).and(PLAN_EVENT.KIND.eq(Change.STATUS))).fetchOne(PLAN_EVENT.ID);
        assertThat(event.get("type").asText()).isEqualTo("step.done");
        assertThat(event.get("id").asText()).isEqualTo("evt_" + historyId).isEqualTo(request.getHeader("webhook-id"));
        assertThat(event.get("api_version").asText()).isEqualTo(WebhookEvents.API_VERSION);
        assertThat(event.get("timestamp").asText()).isEqualTo(app.clock().instant().toString());
        JsonNode data = event.get("data");
        assertThat(data.get("plan").get("id").asLong()).isEqualTo(plan.id());
        assertThat(data.get("plan").get("title").asText()).isEqualTo("Acme rollout");
        assertThat(data.get("installation").get("team_id").asText()).isEqualTo(Slackers.SELLER_TEAM);
        assertThat(data.get("step").get("id").asLong()).isEqualTo(shared.id());
        assertThat(data.get("step").get("title").asText()).isEqualTo("Security review");
        assertThat(data.get("step").get("status").asText()).isEqualTo("done");
        assertThat(data.get("step").get("internal").asBoolean()).isFalse();
        assertThat(data.get("change").get("from").asText()).isEqualTo("todo");
        assertThat(data.get("change").get("to").asText()).isEqualTo("done");
        assertThat(data.get("actor").get("user_id").asText()).isEqualTo(Slackers.CUSTOMER_USER);
        app.settle();
        assertThat(receiver.received("/crm")).hasSize(1);
        assertThat(app.dsl().select(WEBHOOK_DELIVERY.STATE).from(WEBHOOK_DELIVERY).fetch(WEBHOOK_DELIVERY.STATE)).containsExactly("sent");
        var logged = app.dsl().selectFrom(WEBHOOK_ATTEMPT).fetchOne();
        assertThat(logged.getStatusCode()).isEqualTo(200);
        assertThat(logged.getEventId()).isEqualTo("evt_" + historyId);
        assertThat(logged.getAttempt()).isEqualTo(1);
        assertThat(logged.getEndpointId()).isEqualTo(added.id());
    }

    @Test
    void a_change_committed_by_an_instance_that_stopped_before_sending_is_sent_by_the_job_exactly_as_its_row_says() {
        WebhookAdmin.Added added = admin.add(receiver.url("/crm"), false);

        // What an instance that died right after its commit leaves behind: the change and its outbox row, no pipeline run.
        app.dsl().transaction(c -> {
            c.dsl().update(STEP).set(STEP.STATUS, "done").set(STEP.VERSION, STEP.VERSION.plus(1)).where(STEP.ID.eq(shared.id())).execute();
            new HistoryRepository(c.dsl()).append(c.dsl(), List.of(Change.ofStep(shared, Change.STATUS, "todo", "done", null)),
                    Actors.CUSTOMER, app.clock().instant());
        });
        app.settle();
        var row = app.dsl().selectFrom(WEBHOOK_DELIVERY).fetchOne();
        assertThat(row.getState()).isEqualTo("pending");
        assertThat(row.getEndpointId()).isEqualTo(added.id());
        assertThat(receiver.received("/crm")).isEmpty();

        app.mapBot().scheduler().runNow(WebhookJob.class);

        LoggedRequest request = receiver.awaitReceived("/crm", 1).get(0);
        assertSigned(request, added.secret());
        var history = app.dsl().selectFrom(PLAN_EVENT).where(PLAN_EVENT.ID.eq(row.getPlanEventId())).fetchOne();
        JsonNode event = Receiver.json(request);
        assertThat(event.get("id").asText()).isEqualTo("evt_" + history.getId());
        assertThat(event.get("type").asText()).isEqualTo("step.done");
        assertThat(event.get("timestamp").asText()).isEqualTo(history.getAt().toInstant().toString());
        assertThat(event.get("data").get("change").get("kind").asText()).isEqualTo(history.getKind());
        assertThat(event.get("data").get("change").get("from").asText()).isEqualTo(history.getOldValue());
        assertThat(event.get("data").get("change").get("to").asText()).isEqualTo(history.getNewValue());
        assertThat(event.get("data").get("step").get("id").asLong()).isEqualTo(history.getStepId());
        assertThat(event.get("data").get("actor").get("user_id").asText()).isEqualTo(history.getActorUserId());
        Await.until("the delivery to be marked sent", () -> Optional.of(app.dsl().selectFrom(WEBHOOK_DELIVERY).fetchOne())
                .filter(d -> d.getState().equals("sent")));
        assertThat(app.dsl().selectFrom(WEBHOOK_DELIVERY).fetchOne().getPayload()).isEqualTo(request.getBodyAsString());
    }

    @Test
    void a_failed_delivery_is_retried_after_30_then_60_seconds_with_the_same_id_and_body() {
        WebhookAdmin.Added added = admin.add(receiver.url("/crm"), false);
        receiver.answersInTurn("/crm", 500, 503, 200);

        app.plans().markDone(Actors.SELLER, shared.id(), null);
        receiver.awaitReceived("/crm", 1);
        var first = awaitAttempts(1);
        assertThat(first.getDueAt().toInstant()).isEqualTo(app.clock().instant().plus(Duration.ofSeconds(30)));

        app.clock().advance(Duration.ofSeconds(30));
        app.mapBot().scheduler().runNow(WebhookJob.class);
        receiver.awaitReceived("/crm", 2);
        var second = awaitAttempts(2);
        assertThat(second.getDueAt().toInstant()).isEqualTo(app.clock().instant().plus(Duration.ofSeconds(60)));

        app.clock().advance(Duration.ofSeconds(60));
        app.mapBot().scheduler().runNow(WebhookJob.class);
        List<LoggedRequest> requests = receiver.awaitReceived("/crm", 3);
        Await.until("the delivery to be marked sent", () -> Optional.of(app.dsl().selectFrom(WEBHOOK_DELIVERY).fetchOne())
                .filter(d -> d.getState().equals("sent")));

        assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsOnly(requests.get(0).getHeader("webhook-id"));
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly(requests.get(0).getBodyAsString());
        assertThat(requests).extracting(r -> r.getHeader("webhook-timestamp")).doesNotHaveDuplicates();
        requests.forEach(r -> assertSignedAt(r, added.secret(), Long.parseLong(r.getHeader("webhook-timestamp"))));
        assertThat(app.dsl().select(WEBHOOK_ATTEMPT.STATUS_CODE).from(WEBHOOK_ATTEMPT).orderBy(WEBHOOK_ATTEMPT.ID)
                .fetch(WEBHOOK_ATTEMPT.STATUS_CODE)).containsExactly(500, 503, 200);
        assertThat(app.dsl().select(WEBHOOK_ATTEMPT.ATTEMPT).from(WEBHOOK_ATTEMPT).orderBy(WEBHOOK_ATTEMPT.ID)
                .fetch(WEBHOOK_ATTEMPT.ATTEMPT)).containsExactly(1, 2, 3);
        var endpoint = app.dsl().selectFrom(WEBHOOK_ENDPOINT).fetchOne();
        assertThat(endpoint.getLastSuccessAt().toInstant()).isEqualTo(app.clock().instant());
        assertThat(endpoint.getFailingSince()).isNull();
        assertThat(admin.command(Slackers.SELLER_USER, "list")).contains("last success").contains("last failure").contains("HTTP 503");
    }

    @Test
    void an_endpoint_failing_for_24_hours_is_switched_off_and_the_admin_who_added_it_is_told_by_dm() {
        admin.add(receiver.url("/crm"), false);
        receiver.answers("/crm", 500);

        app.plans().markDone(Actors.SELLER, shared.id(), null);
        receiver.awaitReceived("/crm", 1);
        awaitAttempts(1);
        app.clock().advance(Duration.ofHours(24));
        app.mapBot().scheduler().runNow(WebhookJob.class);

        var dm = app.slack().awaitCall("chat.postMessage", call -> Slackers.SELLER_USER.equals(call.get("channel"))
                && call.getOrDefault("text", "").contains("switched off"));
        assertThat(dm.get("text")).contains(receiver.url("/crm")).contains("failed for 24 hours").contains("HTTP 500");
        var endpoint = app.dsl().selectFrom(WEBHOOK_ENDPOINT).fetchOne();
        assertThat(endpoint.getEnabled()).isFalse();
        assertThat(app.dsl().select(WEBHOOK_DELIVERY.STATE).from(WEBHOOK_DELIVERY).fetch(WEBHOOK_DELIVERY.STATE)).containsOnly("dead");
        assertThat(admin.command(Slackers.SELLER_USER, "list")).contains("*switched off*").contains("failed for 24 hours");

        app.plans().markDone(Actors.SELLER, internal.id(), null);
        app.settle();
        assertThat(app.dsl().fetchCount(WEBHOOK_DELIVERY)).isEqualTo(1);
        assertThat(receiver.received("/crm")).hasSize(2);
    }

    @Test
    void an_endpoint_that_answers_410_gone_is_switched_off_at_once() {
        admin.add(receiver.url("/crm"), false);
        receiver.answers("/crm", 410);

        app.plans().markDone(Actors.SELLER, shared.id(), null);

        var dm = app.slack().awaitCall("chat.postMessage", call -> Slackers.SELLER_USER.equals(call.get("channel"))
                && call.getOrDefault("text", "").contains("410 Gone"));
        assertThat(dm.get("text")).contains("switched off");
        assertThat(app.dsl().selectFrom(WEBHOOK_ENDPOINT).fetchOne().getEnabled()).isFalse();
        assertThat(receiver.received("/crm")).hasSize(1);
    }

    @Test
    void internal_step_events_go_only_to_endpoints_marked_internal() {
        admin.add(receiver.url("/crm"), false);
        admin.add(receiver.url("/finance"), true);

        app.plans().markDone(Actors.SELLER, internal.id(), null);
        app.plans().markDone(Actors.SELLER, shared.id(), null);

        List<LoggedRequest> toInternal = receiver.awaitReceived("/finance", 2);
        List<LoggedRequest> toShared = receiver.awaitReceived("/crm", 1);
        app.settle();
        assertThat(toInternal).extracting(r -> Receiver.json(r).get("data").get("step").get("id").asLong())
                .containsExactlyInAnyOrder(internal.id(), shared.id());
        assertThat(receiver.received("/crm")).hasSize(1);
        assertThat(Receiver.json(toShared.get(0)).get("data").get("step").get("id").asLong()).isEqualTo(shared.id());
        assertThat(toShared.get(0).getBodyAsString()).doesNotContain("Discount approval");
        assertThat(app.dsl().fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.ENDPOINT_ID.eq(1L))).isEqualTo(1);
    }

    @Test
    void closing_the_plan_as_won_is_sent_as_plan_closed_with_its_outcome() {
        admin.add(receiver.url("/crm"), false);

        app.plans().setStatus(Actors.SELLER, plan, PlanStatus.WON);

        JsonNode event = Receiver.json(receiver.awaitReceived("/crm", 1).get(0));
        assertThat(event.get("type").asText()).isEqualTo("plan.closed");
        assertThat(event.get("data").get("outcome").asText()).isEqualTo("won");
        assertThat(event.get("data").get("plan").get("status").asText()).isEqualTo("won");
        assertThat(event.get("data").get("step").isNull()).isTrue();
    }

    @Test
    void another_workspaces_endpoints_never_receive_this_workspaces_events() {
        WebhookAdmin.Added theirs = admin.add(receiver.url("/elsewhere"), true);
        app.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.TEAM_ID, "T0ELSEWHERE").where(WEBHOOK_ENDPOINT.ID.eq(theirs.id())).execute();

        app.plans().markDone(Actors.SELLER, shared.id(), null);
        app.plans().markDone(Actors.SELLER, internal.id(), null);
        app.settle();
        app.mapBot().scheduler().runNow(WebhookJob.class);

        assertThat(app.dsl().fetchCount(WEBHOOK_DELIVERY)).isZero();
        assertThat(receiver.received("/elsewhere")).isEmpty();
    }

    @Test
    void on_enterprise_grid_an_endpoint_added_in_another_workspace_of_the_org_receives_the_orgs_plans_and_no_other_orgs() {
        WebhookAdmin.Added sameOrg = admin.add(receiver.url("/same-org"), true);
        WebhookAdmin.Added otherOrg = admin.add(receiver.url("/other-org"), true);
        app.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.TEAM_ID, "T0GRIDTWO").set(WEBHOOK_ENDPOINT.ENTERPRISE_ID, "E0GRID")
                .where(WEBHOOK_ENDPOINT.ID.eq(sameOrg.id())).execute();
        app.dsl().update(WEBHOOK_ENDPOINT).set(WEBHOOK_ENDPOINT.TEAM_ID, "T0OTHERORG").set(WEBHOOK_ENDPOINT.ENTERPRISE_ID, "E0OTHER")
                .where(WEBHOOK_ENDPOINT.ID.eq(otherOrg.id())).execute();
        app.dsl().update(PLAN).set(PLAN.ENTERPRISE_ID, "E0GRID").where(PLAN.ID.eq(plan.id())).execute();

        app.plans().markDone(Actors.SELLER, shared.id(), null);
        app.settle();
        app.mapBot().scheduler().runNow(WebhookJob.class);

        LoggedRequest delivered = Await.until("the org's endpoint", () -> receiver.received("/same-org").stream().findFirst());
        assertThat(delivered.getBodyAsString()).contains("step.done", "Security review");
        assertThat(receiver.received("/other-org")).isEmpty();
    }

    private static org.mapbot.db.generated.tables.records.WebhookDeliveryRecord awaitAttempts(int attempts) {
        return Await.until(attempts + " attempts recorded", () -> Optional.of(app.dsl().selectFrom(WEBHOOK_DELIVERY).fetchOne())
                .filter(d -> d.getAttempts() == attempts));
    }

    private static void assertSigned(LoggedRequest request, String secret) {
        assertSignedAt(request, secret, app.clock().instant().getEpochSecond());
    }

    private static void assertSignedAt(LoggedRequest request, String secret, long nowSeconds) {
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("webhook-timestamp")).isEqualTo(Long.toString(nowSeconds));
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBodyAsString(), nowSeconds)).as("signature verifies").isTrue();
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBodyAsString(), nowSeconds + 6 * 60)).as("too late").isFalse();
    }
}
