package org.mapbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** The plans of the installation through the REST API: list, read, create, add and change steps, close. */
class ApiPlansTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ApiClient api;
    private String token;

    @BeforeEach
    void token() {
        api = new ApiClient(app);
        token = api.token("crm");
    }

    @Test
    void a_plan_created_from_a_template_gets_its_steps_and_its_card_in_the_channel() {
        var created = api.post(token, "/plans", ApiClient.body(Map.of("channel_id", Slackers.SHARED_CHANNEL,
                "title", "Acme <!channel> rollout", "customer", "Acme", "template", "quick", "target_date", "2027-01-29")));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode plan = ApiClient.json(created);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/plans/" + plan.get("id").asLong());
        assertThat(plan.get("title").asText()).isEqualTo("Acme <!channel> rollout");
        assertThat(plan.get("steps")).hasSize(4);
        assertThat(plan.get("commitment").get("state").asText()).isEqualTo("not_proposed");
        assertThat(plan.get("history").get(0).get("kind").asText()).isEqualTo("created");
        String card = FakeSlack.unescaped(app.slack().awaitCall("chat.postMessage", FakeSlack::isPlanCard).get("text"));
        assertThat(card).contains("Acme").doesNotContain("<!channel>");
        assertThat(app.dsl().select(PLAN.OWNER_USER_ID).from(PLAN).fetchOne(PLAN.OWNER_USER_ID)).isEqualTo(Slackers.SELLER_USER);
    }

    @Test
    void a_plan_reads_with_its_numbers_steps_and_history_and_internal_steps_are_flagged() {
        app.requests().seller("new Acme rollout with quick");
        app.requests().seller("add Discount approval by friday internal");
        app.requests().seller("done 1");
        long id = planId();

        JsonNode plan = ApiClient.json(api.get(token, "/plans/" + id));

        assertThat(plan.get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(plan.get("progress").get("steps").asInt()).isEqualTo(5);
        assertThat(plan.get("progress").get("percent").asInt()).isEqualTo(20);
        assertThat(plan.get("next_step").get("position").asInt()).isEqualTo(2);
        assertThat(plan.get("steps").get(4).get("title").asText()).isEqualTo("Discount approval");
        assertThat(plan.get("steps").get(4).get("internal").asBoolean()).isTrue();
        assertThat(plan.get("history").findValuesAsText("kind")).contains("created", "step_added", "status");
    }

    @Test
    void lists_come_a_page_at_a_time_and_filter_by_status_owner_and_time() {
        for (String name : new String[] {"Alpha", "Beta", "Gamma"}) {
            app.requests().seller("new " + name + " deal");
        }
        app.requests().seller("close won");

        JsonNode first = ApiClient.json(api.get(token, "/plans?limit=2"));
        JsonNode second = ApiClient.json(api.get(token, "/plans?limit=2&cursor=" + first.get("next_cursor").asText()));

        assertThat(first.get("plans").findValuesAsText("title")).containsExactly("Alpha deal", "Beta deal");
        assertThat(second.get("plans").findValuesAsText("title")).containsExactly("Gamma deal");
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(ApiClient.json(api.get(token, "/plans?status=won")).get("plans").findValuesAsText("title")).containsExactly("Gamma deal");
        assertThat(ApiClient.json(api.get(token, "/plans?owner=" + Slackers.SELLER_COLLEAGUE)).get("plans")).isEmpty();
        assertThat(ApiClient.json(api.get(token, "/plans?updated_since=2030-01-01T00:00:00Z")).get("plans")).isEmpty();
        for (String wrong : new String[] {"limit=0", "limit=abc", "status=open", "cursor=xyz", "updated_since=yesterday"}) {
            var refused = api.get(token, "/plans?" + wrong);
            assertThat(refused.statusCode()).as(wrong).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(refused).get("detail").asText()).as(wrong).isNotBlank();
        }
    }

    @Test
    void a_step_is_added_with_an_owner_and_date_and_bad_input_is_a_problem_that_names_the_field() {
        app.requests().seller("new Acme rollout");
        long id = planId();

        var added = api.post(token, "/plans/" + id + "/steps", ApiClient.body(Map.of("title", "Security review",
                "owner", Map.of("name", "Jane Doe (Legal)"), "side", "customer", "due_date", "2026-12-18")));

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("ETag")).hasValue("\"" + ApiClient.json(added).get("version").asInt() + "\"");
        assertThat(app.dsl().select(STEP.TITLE, STEP.OWNER_NAME, STEP.DUE_DATE).from(STEP).fetchOne().toString())
                .contains("Security review", "Jane Doe (Legal)", "2026-12-18");
        assertThat(api.post(token, "/plans/" + id + "/steps", "not json").statusCode()).isEqualTo(400);
        assertThat(api.post(token, "/plans/" + id + "/steps", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(api.post(token, "/plans/" + id + "/steps", "{}")).get("detail").asText()).contains("`title`");
        assertThat(ApiClient.json(api.post(token, "/plans/" + id + "/steps", "{\"title\":\"X\",\"due_date\":\"9999-12-31\"}"))
                .get("status").asInt()).isEqualTo(422);
        assertThat(ApiClient.json(api.post(token, "/plans/" + id + "/steps", "{\"title\":\"X\",\"owner\":{\"user_id\":\"<@U1>\"}}"))
                .get("detail").asText()).contains("owner.user_id");
        assertThat(api.post(token, "/plans/abc/steps", "{\"title\":\"X\"}").statusCode()).isEqualTo(404);
        assertThat(app.dsl().fetchCount(STEP)).isEqualTo(1);
    }

    @Test
    void a_step_changes_only_at_the_version_the_caller_read() {
        app.requests().seller("new Acme rollout with quick");
        long id = planId();
        long stepId = app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(2)).fetchOne(STEP.ID);
        int version = app.dsl().select(STEP.VERSION).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.VERSION);
        String path = "/plans/" + id + "/steps/" + stepId;

        var missing = api.patch(token, path, null, "{\"title\":\"Demo for the CFO\"}");
        var changed = api.patch(token, path, "\"" + version + "\"", "{\"title\":\"Demo for the CFO\"}");
        var stale = api.patch(token, path, "\"" + version + "\"", "{\"title\":\"Demo for nobody\"}");

        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(changed).get("title").asText()).isEqualTo("Demo for the CFO");
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
        assertThat(app.dsl().select(STEP.TITLE).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.TITLE)).isEqualTo("Demo for the CFO");

        Map<String, Object> later = new LinkedHashMap<>();
        later.put("due_date", "2027-02-26");
        var noReason = api.patch(token, path, "\"" + (version + 1) + "\"", ApiClient.body(later));
        later.put("reason", "CFO on holiday");
        var slipped = api.patch(token, path, "\"" + (version + 1) + "\"", ApiClient.body(later));

        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(noReason).get("detail").asText()).contains("reason");
        assertThat(slipped.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(api.get(token, "/plans/" + id)).get("slips").get("count").asInt()).isEqualTo(1);
        assertThat(api.patch(token, "/plans/" + id + "/steps/999999", "\"1\"", "{\"title\":\"X\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void a_plan_closes_as_won_or_lost_and_nothing_else() {
        app.requests().seller("new Acme rollout");
        long id = planId();

        var wrong = api.post(token, "/plans/" + id + "/close", "{\"outcome\":\"maybe\"}");
        var won = api.post(token, "/plans/" + id + "/close", "{\"outcome\":\"won\"}");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(won.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(won).get("status").asText()).isEqualTo("won");
        assertThat(app.requests().seller("history").body()).contains("won");
    }

    private static long planId() {
        return app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID);
    }
}
