package org.mapbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.API_TOKEN;
import static org.mapbot.db.generated.Tables.PLAN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Who may get API access, how a token is shown and kept, and the one 401 for every token that opens nothing. */
class ApiTokensTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(app);
    }

    @Test
    void a_workspace_admin_gets_a_token_once_and_only_its_fingerprint_is_stored() {
        String token = api.token("hubspot-sync");

        assertThat(token).startsWith("mapbot_");
        var row = app.dsl().selectFrom(API_TOKEN).fetchOne();
        assertThat(row.getName()).isEqualTo("hubspot-sync");
        assertThat(row.getCreatedBy()).isEqualTo(Slackers.SELLER_USER);
        assertThat(row.getTokenHash()).isEqualTo(ApiTokens.hash(token));
        assertThat(row.formatCSV()).doesNotContain(token).doesNotContain(token.substring(7));
        assertThat(api.get(token, "/plans").statusCode()).isEqualTo(200);

        String listed = api.command(Slackers.SELLER_USER, "token list");
        assertThat(listed).contains("`hubspot-sync`").contains("<@" + Slackers.SELLER_USER + ">").doesNotContain(token);
        assertThat(api.command(Slackers.SELLER_USER, "token create hubspot-sync")).contains("already a token named");
        assertThat(app.dsl().fetchCount(API_TOKEN)).isEqualTo(1);
    }

    @Test
    void someone_who_is_not_a_workspace_admin_gets_no_token_and_nothing_is_saved() {
        String answer = api.command(Slackers.SELLER_COLLEAGUE, "token create crm");

        assertThat(answer).contains("Only an admin or owner of this Slack workspace");
        assertThat(app.dsl().fetchCount(API_TOKEN)).isZero();
        assertThat(api.command(Slackers.SELLER_COLLEAGUE, "token list")).contains("Only an admin or owner");
    }

    @Test
    void wrong_commands_and_names_get_an_example() {
        api.sellerIsAdmin();

        assertThat(api.command(Slackers.SELLER_USER, "token create <!channel>")).contains("`/map api token create hubspot-sync`")
                .doesNotContain("<!channel>");
        assertThat(app.dsl().fetchCount(API_TOKEN)).isZero();
        var unknown = app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "api tokens please");
        assertThat(unknown.body()).contains("`/map api token create hubspot-sync`").contains("`/map api token list`");
    }

    @Test
    void a_revoked_token_gets_the_same_401_as_a_missing_or_made_up_one() {
        String token = api.token("crm");
        assertThat(api.command(Slackers.SELLER_USER, "token revoke crm")).contains("Revoked");

        var revoked = api.get(token, "/plans");
        var missing = api.get(null, "/plans");
        var madeUp = api.get("mapbot_" + "A".repeat(43), "/plans");
        var garbage = api.get("not a token at all", "/plans");

        for (var answer : java.util.List.of(revoked, missing, madeUp, garbage)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(answer.body()).isEqualTo(missing.body());
        }
        assertThat(api.command(Slackers.SELLER_USER, "token revoke crm")).contains("no live token named `crm`");
    }

    @Test
    void another_workspaces_plan_is_answered_as_if_it_did_not_exist() {
        String token = api.token("crm");
        app.requests().seller("new Acme rollout");
        long ours = app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID);
        app.dsl().update(PLAN).set(PLAN.TEAM_ID, "T0ELSEWHERE").where(PLAN.ID.eq(ours)).execute();

        var theirs = api.get(token, "/plans/" + ours);
        var none = api.get(token, "/plans/999999");
        var listed = ApiClient.json(api.get(token, "/plans"));

        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).isEqualTo(none.body());
        assertThat(listed.get("plans")).isEmpty();
        assertThat(api.post(token, "/plans/" + ours + "/close", "{\"outcome\":\"won\"}").statusCode()).isEqualTo(404);
        assertThat(app.dsl().select(PLAN.STATUS).from(PLAN).fetchOne(PLAN.STATUS)).isEqualTo("active");
    }

    @Test
    void a_token_records_when_it_was_last_used() {
        String token = api.token("crm");
        assertThat(app.dsl().select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).fetchOne(API_TOKEN.LAST_USED_AT)).isNull();

        api.get(token, "/plans");

        assertThat(app.dsl().select(API_TOKEN.LAST_USED_AT).from(API_TOKEN).fetchOne(API_TOKEN.LAST_USED_AT).toInstant())
                .isEqualTo(app.clock().instant());
        assertThat(api.command(Slackers.SELLER_USER, "token list")).contains("last used");
    }
}
