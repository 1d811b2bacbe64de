package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.slack.CardIds;

/**
 * Each interaction runs a fixed number of SQL statements, whatever the size of the plan. Counted over the whole
 * interaction: the request, the card update it causes and the Home tab refreshes, on a 5-step and a 100-step plan.
 */
class StatementBudgetTest {
    /** At most this many statements per interaction, request and follow-up work together. */
    /** The plan, its steps, its slips and its commitment (who agreed, open proposals). */
    static final int LIST_BUDGET = 4;
    static final int DONE_CLICK_BUDGET = 12;
    static final int ADD_BUDGET = 16;

    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void map_list_runs_as_many_statements_on_a_100_step_plan_as_on_a_5_step_plan() {
        Interaction list = ids -> {
            HttpResponse<String> response = app.requests().seller("list");
            assertThat(response.body()).contains("Step " + ids.size());
            return new FollowUp(0, 0);
        };

        assertWithinBudget(measure(5, list), measure(100, list), LIST_BUDGET);
    }

    @Test
    void a_done_click_runs_as_many_statements_on_a_100_step_plan_as_on_a_5_step_plan() {
        Interaction click = ids -> {
            HttpResponse<String> response = app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM,
                    Slackers.SHARED_CHANNEL, "1700000000.000100", CardIds.DONE, Long.toString(ids.get(ids.size() / 2)));
            assertThat(response.statusCode()).isEqualTo(200);
            return new FollowUp(1, 1);
        };

        assertWithinBudget(measure(5, click), measure(100, click), DONE_CLICK_BUDGET);
    }

    @Test
    void map_add_with_an_owner_and_a_date_runs_as_many_statements_on_a_100_step_plan_as_on_a_5_step_plan() {
        Interaction add = ids -> {
            HttpResponse<String> response = app.requests().seller("add Security review <@" + Slackers.CUSTOMER_USER
                    + "|cleo> by 2026-12-15");
            assertThat(response.body()).contains("Added step " + (ids.size() + 1));
            // The card changes; the Home tabs of the plan's owner and of the new step's owner are refreshed.
            return new FollowUp(1, 2);
        };

        assertWithinBudget(measure(5, add), measure(100, add), ADD_BUDGET);
    }

    private static void assertWithinBudget(Counted small, Counted large, int budget) {
        assertThat(large.count()).as("statements on a 100-step plan:\n%s\nbut on a 5-step plan:\n%s",
                large.sql(), small.sql()).isEqualTo(small.count());
        assertThat(small.count()).as("statements:\n%s", small.sql()).isLessThanOrEqualTo(budget);
    }

    /** Does one interaction on a plan whose steps have these ids, and says what it sends Slack afterwards. */
    @FunctionalInterface
    private interface Interaction {
        FollowUp run(List<Long> stepIds);
    }

    /** What an interaction sends to Slack after its acknowledgement: the count waits for it, so it includes that work. */
    private record FollowUp(int cardUpdates, int homePublishes) {
    }

    private record Counted(int count, String sql) {
    }

    /**
     * Starts from an empty database, makes a plan of {@code steps} steps, lets its follow-up work settle, then counts the
     * statements of {@code interaction} and of everything it sets off.
     */
    private Counted measure(int steps, Interaction interaction) {
        settle();
        app.database().reset();
        app.slack().reset();
        app.requests().seller("new Deal with " + steps + " steps");
        TestPlans plans = app.plans();
        Plan plan = plans.currentPlan(Slackers.SHARED_CHANNEL).orElseThrow();
        Actor seller = Actors.SELLER;
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            ids.add(plans.addStep(seller, plan, "Step " + i, Owner.NOBODY, Side.CUSTOMER,
                    LocalDate.parse("2026-12-01").plusDays(i), false).id());
        }
        app.slack().awaitCalls("views.publish", 1);
        settle();
        int updatesBefore = app.slack().count("chat.update");
        int publishesBefore = app.slack().count("views.publish");
        app.statements().reset();

        FollowUp followUp = interaction.run(ids);

        app.slack().awaitCalls("chat.update", updatesBefore + followUp.cardUpdates());
        app.slack().awaitCalls("views.publish", publishesBefore + followUp.homePublishes());
        settle();
        return new Counted(app.statements().count(), String.join("\n", app.statements().statements()));
    }

    /** Waits for queued card updates, reminder planning and the debounced Home refresh to finish. */
    private static void settle() {
        app.settle();
    }
}
