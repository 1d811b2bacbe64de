package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.testkit.SlackRequests.text;
import static org.mapbot.testkit.SlackRequests.userPicked;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.plan.slack.PlanModals;

/** An internal step is never shown to the customer, so nobody of the customer's organisation may own one. */
class InternalStepOwnersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @BeforeEach
    void customerIsExternal() {
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_USER + "\",\"team_id\":\""
                + Slackers.CUSTOMER_TEAM + "\",\"real_name\":\"Casey Customer\"}}");
        app.requests().seller("new Acme rollout");
    }

    private String mention(String userId) {
        return "<@" + userId + "|" + userId.toLowerCase() + ">";
    }

    @Test
    void an_internal_step_for_a_customer_person_is_refused_with_an_example_and_nothing_is_saved() {
        HttpResponse<String> reply = app.requests().seller("add Internal SECRET " + mention(Slackers.CUSTOMER_USER)
                + " by tomorrow internal");

        assertThat(reply.body()).contains("ephemeral").contains("can only be owned by someone in your organisation")
                .contains("/map add Discount approval @sam by friday internal");
        assertThat(app.dsl().fetchCount(STEP)).isZero();
    }

    @Test
    void an_internal_step_cannot_be_reassigned_to_a_customer_person() {
        app.requests().seller("add Discount approval by friday internal");

        HttpResponse<String> reply = app.requests().seller("assign 1 " + mention(Slackers.CUSTOMER_USER));

        assertThat(reply.body()).contains("can only be owned by someone in your organisation");
        assertThat(app.dsl().select(STEP.OWNER_USER_ID).from(STEP).fetchSingle(STEP.OWNER_USER_ID)).isNull();
    }

    @Test
    void the_edit_form_cannot_make_a_customer_owned_step_internal() {
        app.requests().seller("add Security questionnaire " + mention(Slackers.CUSTOMER_USER) + " by friday");
        long stepId = app.dsl().select(STEP.ID).from(STEP).fetchSingle(STEP.ID);

        HttpResponse<String> response = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                CardIds.MODAL_EDIT_STEP, Long.toString(stepId), Map.of(
                        PlanModals.TITLE, Map.of(PlanModals.VALUE, text("Security questionnaire")),
                        PlanModals.OWNER_USER, Map.of(PlanModals.VALUE, userPicked(Slackers.CUSTOMER_USER)),
                        PlanModals.INTERNAL, Map.of(PlanModals.VALUE, SlackRequests.checked("internal"))));

        assertThat(response.body()).contains("\"response_action\":\"errors\"").contains("only be owned by someone in your organisation");
        assertThat(app.dsl().select(STEP.INTERNAL_ONLY).from(STEP).fetchSingle(STEP.INTERNAL_ONLY)).isFalse();
    }

    @Test
    void an_internal_step_may_be_owned_by_a_colleague_of_the_seller() {
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_COLLEAGUE + "\",\"team_id\":\""
                + Slackers.SELLER_TEAM + "\",\"real_name\":\"Cole Colleague\"}}");

        HttpResponse<String> reply = app.requests().seller("add Discount approval " + mention(Slackers.SELLER_COLLEAGUE)
                + " by friday internal");

        assertThat(reply.body()).contains("Added step 1");
        assertThat(app.dsl().select(STEP.OWNER_TEAM_ID).from(STEP).fetchSingle(STEP.OWNER_TEAM_ID)).isEqualTo(Slackers.SELLER_TEAM);
    }
}
