package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.home.HomeActions;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * One rule for internal steps, wherever the plan shows: a message in a channel shared with the customer never holds
 * them; a surface only the viewer sees (Full plan, the Home plan modal) holds them for the seller's people only.
 */
class OneVisibilityRuleTest {
    static final String INTERNAL = "Discount approval up to 18%";

    @RegisterExtension
    static RunningApp app = new RunningApp();

    private long planId;

    @BeforeEach
    void aSharedPlanWithAnInternalStep() {
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_USER + "\",\"team_id\":\""
                + Slackers.CUSTOMER_TEAM + "\",\"real_name\":\"Casey Customer\"}}");
        app.requests().seller("new Acme rollout");
        app.requests().seller("add Technical test <@" + Slackers.CUSTOMER_USER + "|casey> by 2026-12-11");
        app.requests().seller("add " + INTERNAL + " by 2026-12-04 internal");
        app.settle();
        planId = app.dsl().select(PLAN.ID).from(PLAN).fetchSingle(PLAN.ID);
    }

    private String fullPlanFor(String userId, String teamId) {
        int before = app.slack().count("views.open");
        app.requests().blockAction(userId, teamId, Slackers.SHARED_CHANNEL, "1700000000.000100", CardIds.FULL_PLAN, Long.toString(planId));
        return FakeSlack.unescaped(app.slack().awaitCalls("views.open", before + 1).get(before).get("view"));
    }

    private String homeModalFor(String userId, String teamId) {
        int before = app.slack().count("views.open");
        app.requests().viewAction(userId, teamId, "home", "V0HOME", "offset=0", HomeActions.OPEN_PLAN, Long.toString(planId));
        return FakeSlack.unescaped(app.slack().awaitCalls("views.open", before + 1).get(before).get("view"));
    }

    @Test
    void the_card_in_the_shared_channel_never_holds_internal_steps() {
        String card = FakeSlack.unescaped(app.slack().awaitCall("chat.update", c -> FakeSlack.isPlanCard(c)
                && FakeSlack.unescaped(c.get("blocks")).contains("Technical test")).get("blocks"));
        assertThat(card).doesNotContain(INTERNAL);
    }

    @Test
    void full_plan_and_the_home_modal_show_internal_steps_to_the_seller_and_never_to_the_customer() {
        assertThat(fullPlanFor(Slackers.SELLER_USER, Slackers.SELLER_TEAM)).contains(INTERNAL);
        assertThat(homeModalFor(Slackers.SELLER_USER, Slackers.SELLER_TEAM)).contains(INTERNAL);
        assertThat(fullPlanFor(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM)).contains("Technical test").doesNotContain(INTERNAL);
        assertThat(homeModalFor(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM)).contains("Technical test").doesNotContain(INTERNAL);
    }

    @Test
    void a_customer_who_works_on_no_step_of_the_plan_cannot_open_it_from_home() {
        app.requests().viewAction(Slackers.CUSTOMER_LEGAL, Slackers.CUSTOMER_TEAM, "home", "V0HOME", "offset=0",
                HomeActions.OPEN_PLAN, Long.toString(planId));
        app.settle();

        assertThat(app.slack().count("views.open")).isZero();
        assertThat(app.slack().calls("chat.postMessage")).anySatisfy(c -> {
            assertThat(c.get("channel")).isEqualTo(Slackers.CUSTOMER_LEGAL);
            assertThat(c.get("text")).contains("does not exist any more");
        });
    }
}
