package org.mapbot.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.testkit.SlackRequests.datePicked;
import static org.mapbot.testkit.SlackRequests.text;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * The one way in: every request is read once — who acts, for which installation, where — and what it names is checked
 * against where it came from. Tampered ids, another plan's card, another installation's plan and changed form
 * metadata are refused with one clear line, and nothing changes; Grid colleagues of the seller count as the seller.
 */
class InteractionLayerTest {
    static final String GRID = "E0GRID";
    static final String GRID_COLLEAGUE = "U0GRIDMATE";
    static final String OTHER_WORKSPACE_OF_GRID = "T0GRIDTWO";
    static final String CARD_TS = "1700000000.000100";

    @RegisterExtension
    static RunningApp app = new RunningApp().onEnterpriseGrid(GRID);

    private long step(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    private String status(int position) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.STATUS);
    }

    /** A plan with its card in the shared channel, once Slack shows the card. */
    private void cardUp(String command) {
        app.requests().seller(command);
        app.settle();
    }

    @Test
    void a_click_naming_a_step_of_another_plans_card_changes_nothing_and_says_so() {
        cardUp("new Acme rollout with quick");
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.INTERNAL_CHANNEL, "new Internal only deal with quick");
        app.settle();
        long internalPlansStep = app.dsl().select(STEP.ID).from(STEP).join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID))
                .where(PLAN.CHANNEL_ID.eq(Slackers.INTERNAL_CHANNEL).and(STEP.POSITION.eq(2))).fetchOne(STEP.ID);

        // The customer clicks Done on the shared card, with a step id of the seller's internal-channel plan.
        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                CardIds.DONE, Long.toString(internalPlansStep));

        assertThat(app.dsl().select(STEP.STATUS).from(STEP).where(STEP.ID.eq(internalPlansStep)).fetchOne(STEP.STATUS)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("old or another plan's card").contains("changed nothing");
    }

    @Test
    void a_click_on_an_old_copy_of_the_card_is_refused() {
        cardUp("new Acme rollout with quick");

        app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "1600000000.000001",
                CardIds.DONE, Long.toString(step(1)));

        assertThat(status(1)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("old or another plan's card");
    }

    @Test
    void full_plan_for_another_installations_plan_shows_nothing() {
        cardUp("new Acme rollout with quick");
        app.dsl().update(PLAN).set(PLAN.TEAM_ID, "T0ELSEWHERE").set(PLAN.ENTERPRISE_ID, (String) null).execute();

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS,
                CardIds.FULL_PLAN, app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID).toString());

        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("does not exist any more");
        assertThat(app.slack().count("views.open")).isZero();
    }

    @Test
    void a_form_whose_metadata_was_changed_on_its_way_is_refused_and_nothing_is_saved() {
        cardUp("new Acme rollout with quick");
        long stepId = step(2);
        String signed = new SignedMetadata(RunningApp.SIGNING_SECRET).sign(CardIds.MODAL_BLOCKED, Long.toString(stepId));
        String tampered = signed.replaceFirst("^\\d+", Long.toString(step(1)));

        HttpResponse<String> response = app.requests().viewSubmissionAsSent(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_BLOCKED, tampered, Map.of(PlanModals.REASON, Map.of(PlanModals.VALUE, text("waiting"))));

        assertThat(response.body()).contains("\"response_action\":\"errors\"").contains("changed on its way");
        assertThat(app.dsl().select(STEP.STATUS).from(STEP).fetch(STEP.STATUS)).containsOnly("todo");
    }

    @Test
    void the_new_plan_form_is_refused_from_the_customers_organisation() {
        HttpResponse<String> response = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                CardIds.MODAL_NEW_PLAN, Slackers.INTERNAL_CHANNEL, Map.of(
                        PlanModals.TITLE, Map.of(PlanModals.VALUE, text("Sneaky plan")),
                        PlanModals.START, Map.of(PlanModals.VALUE, datePicked("2026-12-01"))));

        assertThat(response.body()).contains("errors").contains("Only the seller team can start a plan");
        assertThat(app.dsl().fetchCount(PLAN)).isZero();
    }

    @Test
    void a_grid_colleague_from_another_workspace_of_the_sellers_enterprise_counts_as_the_seller() {
        cardUp("new Acme rollout with quick");

        // Step 1 is the seller's ("Diagnosis by the salesperson"): a customer may not complete it, a colleague may.
        postWithEnterprise(app.requests().blockActionForm(GRID_COLLEAGUE, OTHER_WORKSPACE_OF_GRID, Slackers.SHARED_CHANNEL,
                CARD_TS, CardIds.DONE, Long.toString(step(1))), GRID);

        assertThat(status(1)).isEqualTo("done");
    }

    @Test
    void a_user_of_another_enterprise_is_not_the_seller_even_with_a_workspace_id_like_ours() {
        cardUp("new Acme rollout with quick");

        postWithEnterprise(app.requests().blockActionForm(Slackers.CUSTOMER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                CARD_TS, CardIds.DONE, Long.toString(step(1))), "E0OTHERORG");

        assertThat(status(1)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("Only the seller team");
    }

    @Test
    void a_click_without_a_user_or_with_ids_slack_never_sends_is_refused_before_any_listener() {
        cardUp("new Acme rollout with quick");
        Map<String, String> form = app.requests().blockActionForm("not-a-user-id", Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                CARD_TS, CardIds.DONE, Long.toString(step(1)));

        HttpResponse<String> response = app.requests().postForm(form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(status(1)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).get(0).toString()).contains("did not come the way Slack sends it");
    }

    private void postWithEnterprise(Map<String, String> form, String enterpriseId) {
        JsonObject payload = JsonParser.parseString(form.get("payload")).getAsJsonObject();
        JsonObject enterprise = new JsonObject();
        enterprise.addProperty("id", enterpriseId);
        enterprise.addProperty("name", "Grid org");
        payload.add("enterprise", enterprise);
        Map<String, String> changed = new HashMap<>(form);
        changed.put("payload", payload.toString());
        assertThat(app.requests().postForm(changed).statusCode()).isEqualTo(200);
        app.settle();
    }

    static String unescaped(String body) {
        return FakeSlack.unescaped(body);
    }
}
