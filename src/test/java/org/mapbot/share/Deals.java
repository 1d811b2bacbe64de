package org.mapbot.share;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.testkit.TestPlans;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;

/** Plans made through the running app's own plan service, the way a seller's commands make them. */
public final class Deals {
    public static final Actor SELLER = Actors.SELLER;
    public static final Actor CUSTOMER = Actors.CUSTOMER;
    public static final String INTERNAL_TITLE = "Discount approval up to 18%";
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final TestPlans plans;

    public Deals(TestPlans plans) {
        this.plans = plans;
    }

    public Plan plan(String title, String channelId, LocalDate start, LocalDate target) {
        return plans.createPlan(SELLER, channelId, title, "Acme Corp", start, target, BERLIN, Optional.empty());
    }

    public Step step(Plan plan, String title, Owner owner, Side side, LocalDate due) {
        return plans.addStep(SELLER, plan, title, owner, side, due, false);
    }

    public Step internalStep(Plan plan, String title, LocalDate due) {
        return plans.addStep(SELLER, plan, title, Owner.slackUser(Slackers.SELLER_USER, Slackers.SELLER_TEAM), Side.SELLER, due, true);
    }

    public static Owner seller() {
        return Owner.slackUser(Slackers.SELLER_USER, Slackers.SELLER_TEAM);
    }

    public static Owner customer() {
        return Owner.slackUser(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM);
    }

    /** An Acme deal in the shared channel: two done-or-open seller steps, a customer step, and an internal one. */
    public Plan acmeDeal(String title) {
        LocalDate start = LocalDate.of(2026, 11, 23);
        Plan plan = plan(title, Slackers.SHARED_CHANNEL, start, LocalDate.of(2027, 1, 29));
        step(plan, "Discovery call", seller(), Side.SELLER, LocalDate.of(2026, 11, 27));
        step(plan, "Technical test", customer(), Side.CUSTOMER, LocalDate.of(2026, 12, 11));
        internalStep(plan, INTERNAL_TITLE, LocalDate.of(2026, 12, 4));
        step(plan, "Contract review", Owner.named("Jane Doe (Legal)"), Side.CUSTOMER, LocalDate.of(2027, 1, 15));
        return plans.requireCurrentPlan(plan.channelId());
    }
}
