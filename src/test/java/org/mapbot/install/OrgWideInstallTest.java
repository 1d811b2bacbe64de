package org.mapbot.install;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * Enterprise Grid: an admin installs MAP Bot org-wide (one installation for the whole org, no team). A command from
 * any workspace of that org is served by the org's installation and its token, and people of every workspace of the
 * org count as the seller side of its plans; a customer outside the org does not.
 */
class OrgWideInstallTest {
    private static final String GRID = "E0GRID";
    private static final String GRID_WORKSPACE = "T0GRIDONE";
    private static final String OTHER_GRID_WORKSPACE = "T0GRIDTWO";
    private static final String GRID_COLLEAGUE = "U0GRIDMATE";
    private static final String ORG_TOKEN = "xoxb-grid-org-4444";
    private static final String CARD_TS = "1700000000.000100";

    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    @BeforeEach
    void theOrgInstallsMapBotOrgWide() {
        assertThat(new AddToSlack().installs(app, GRID_WORKSPACE, "Grid Org", AddToSlack.orgWideAccess(GRID, "Grid Org", ORG_TOKEN),
                ORG_TOKEN).body()).contains("MAP Bot is installed in Grid Org");
    }

    private static List<String> tokensOf(String method) {
        return app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map((LoggedRequest r) -> r.getHeader("Authorization")).toList();
    }

    private static void commandInGrid(String teamId, String text) {
        Map<String, String> form = new HashMap<>(app.requests().commandForm(Slackers.SELLER_USER, teamId, Slackers.SHARED_CHANNEL, text));
        form.put("enterprise_id", GRID);
        form.put("enterprise_name", "Grid Org");
        assertThat(app.requests().postForm(form).statusCode()).isEqualTo(200);
        app.settle();
    }

    private static void clickDone(String userId, String teamId, String enterpriseId, long stepId) {
        JsonObject payload = JsonParser.parseString(app.requests().blockActionForm(userId, teamId, Slackers.SHARED_CHANNEL, CARD_TS,
                CardIds.DONE, Long.toString(stepId)).get("payload")).getAsJsonObject();
        if (enterpriseId != null) {
            JsonObject enterprise = new JsonObject();
            enterprise.addProperty("id", enterpriseId);
            enterprise.addProperty("name", "Grid Org");
            payload.add("enterprise", enterprise);
        }
        assertThat(app.requests().postForm(Map.of("payload", payload.toString())).statusCode()).isEqualTo(200);
        app.settle();
    }

    private static long sellerStep() {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(1)).fetchOne(STEP.ID);
    }

    private static String status(long stepId) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.ID.eq(stepId)).fetchOne(STEP.STATUS);
    }

    @Test
    void the_org_wide_install_is_stored_for_the_enterprise_without_a_team() {
        var row = app.dsl().fetchOne("select enterprise_id, team_id, is_enterprise_install from installation");

        assertThat(row.get(0)).isEqualTo(GRID);
        assertThat(row.get(1)).isNull();
        assertThat(row.get(2)).isEqualTo(true);
    }

    @Test
    void a_command_from_a_workspace_of_the_org_is_served_by_the_org_installation_and_its_token() {
        commandInGrid(GRID_WORKSPACE, "new Rollout with quick");

        var plan = app.dsl().selectFrom(PLAN).fetchOne();
        assertThat(plan.getTeamId()).isEqualTo(GRID_WORKSPACE);
        assertThat(plan.getEnterpriseId()).isEqualTo(GRID);
        assertThat(tokensOf("chat.postMessage")).isNotEmpty().containsOnly("Bearer " + ORG_TOKEN);
    }

    @Test
    void people_of_every_workspace_of_the_org_count_as_the_seller_side() {
        commandInGrid(GRID_WORKSPACE, "new Rollout with quick");
        long step = sellerStep();

        clickDone(GRID_COLLEAGUE, OTHER_GRID_WORKSPACE, GRID, step);

        assertThat(status(step)).isEqualTo("done");
        assertThat(tokensOf("chat.update")).isNotEmpty().containsOnly("Bearer " + ORG_TOKEN);
    }

    @Test
    void a_customer_outside_the_org_is_not_the_seller_side() {
        commandInGrid(GRID_WORKSPACE, "new Rollout with quick");
        long step = sellerStep();

        clickDone(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, null, step);

        assertThat(status(step)).isEqualTo("todo");
        assertThat(app.slack().awaitResponses(1).toString()).contains("Only the seller team");
    }
}
