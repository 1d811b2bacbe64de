package org.mapbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.home.HomeActions;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.slack.CardIds;

/**
 * The largest plan the app accepts, every text at its maximum and full of characters Slack receives as entities
 * ({@code &amp;}, {@code &lt;}, {@code &gt;}), shown on every surface through signed requests: the card, the replies,
 * the forms, the Home tab, the reminders and the digest. The test kit's Slack refuses whatever breaks Slack's limits.
 */
class LargestPlanTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Actor SELLER = Actors.SELLER;
    private static final Owner CUSTOMER = Owner.slackUser(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);

    @Test
    void every_surface_of_a_150_step_plan_at_every_maximum_is_within_slacks_limits() {
        Plan plan = largestPlan();

        for (String command : new String[] {"list", "plans", "history", "history 1", "template save largest", "templates",
                "edit 1", "settings", "new", "share", "card"}) {
            assertThat(app.requests().seller(command).statusCode()).as("/map " + command).isEqualTo(200);
        }
        long first = plans().stepAt(plan, 1).id();
        app.settle(); // `/map card` posted the card anew: clicks come from the card Slack shows
        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.FULL_PLAN, Long.toString(plan.id()));
        for (String entry : new String[] {CardIds.NEW_DATE, CardIds.REASSIGN, CardIds.BLOCKED, CardIds.COMMENT}) {
            app.requests().postForm(overflowPick(entry + ":" + first));
        }
        app.requests().viewAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, "home", "V0HOME", "offset=0",
                HomeActions.OPEN_PLAN, Long.toString(plan.id()));
        // A Monday, 09:00 in the plan's New York: the digest, due and overdue reminders, status checks.
        app.settle();
        app.clock().set(Instant.parse("2026-12-14T14:00:00Z"));
        app.mapBot().parts().sweeper().sweep();
        app.slack().awaitCalls("views.open", 9);

        assertThat(app.slack().calls("views.open")).extracting(call -> JsonParser.parseString(call.get("view")).getAsJsonObject()
                .getAsJsonObject("title").get("text").getAsString()).containsExactlyInAnyOrder("Edit step 1", "Reminders",
                "New plan", "Full plan", "New date", "Reassign", "Blocked", "Comment", "Mutual action plan");
        assertThat(app.slack().calls("views.publish")).as("the Home tabs of the seller and the customer, refreshed after the changes")
                .extracting(call -> call.get("user_id")).contains(Slackers.SELLER_USER, Slackers.CUSTOMER_USER);
        assertThat(app.slack().callsBesidesCard("chat.postMessage")).as("reminders and the digest").isNotEmpty();
        assertThat(app.slack().refusals().all()).isEmpty();
    }

    /** 150 steps; titles, names, results, reasons and comments at their limits; done, blocked, overdue, internal and slipped. */
    private Plan largestPlan() {
        Plan plan = plans().createPlan(SELLER, Slackers.SHARED_CHANNEL, heavy("Acme ", Limits.PLAN_TITLE),
                heavy("Acme Corp ", Limits.CUSTOMER_NAME), LocalDate.of(2026, 11, 2), LocalDate.of(2027, 3, 31),
                ZoneId.of("America/New_York"), Optional.of("enterprise"));
        for (int i = 7; i <= Limits.STEPS_PER_PLAN; i++) {
            // Mostly people without Slack: each DM recipient gets one message a second, which would only make this test slow.
            Owner owner = i % 30 == 0 ? CUSTOMER : i % 25 == 0 ? Owner.NOBODY : Owner.named(heavy("Chris " + i + " ", Limits.OWNER_NAME));
            LocalDate due = LocalDate.of(2026, 11, 2).plusDays(i % 40 == 0 ? 3 : 30 + i);
            plans().addStep(SELLER, plan, heavy(i + " Security review ", Limits.STEP_TITLE), owner,
                    i % 2 == 0 ? Side.CUSTOMER : Side.SELLER, due, i % 7 == 0);
        }
        plan = plans().plan(plan.id()).orElseThrow();
        for (int n = 1; n <= 20; n++) {
            long id = plans().stepAt(plan, 6 + n).id();
            switch (n % 4) {
                case 0 -> plans().markDone(SELLER, id, heavy("Signed ", Limits.RESULT));
                case 1 -> plans().block(SELLER, id, heavy("Waiting ", Limits.REASON));
                case 2 -> plans().comment(SELLER, id, heavy("Note ", Limits.COMMENT));
                default -> plans().changeDueDate(SELLER, id, LocalDate.of(2027, 1, 4),
                        heavy("Legal ", Limits.REASON));
            }
        }
        long first = plans().stepAt(plan, 1).id();
        for (int slip = 1; slip <= 30; slip++) {
            plans().changeDueDate(SELLER, first, LocalDate.of(2026, 11, 6).plusDays(slip),
                    heavy("Moved " + slip + " ", Limits.REASON));
        }
        app.settle();
        return plans().plan(plan.id()).orElseThrow();
    }

    /** {@code max} characters starting with {@code start}, the rest &, < and > that Slack receives as entities. */
    private static String heavy(String start, int max) {
        return (start + "&<>".repeat(max)).substring(0, max);
    }

    private static TestPlans plans() {
        return app.plans();
    }

    /** An entry picked in a step's ⋯ menu on the card. */
    private static Map<String, String> overflowPick(String value) {
        return app.requests().overflowPick(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.MORE, value);
    }
}
