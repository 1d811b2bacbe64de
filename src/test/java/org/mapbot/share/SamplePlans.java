package org.mapbot.share;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/** A realistic enterprise deal mid-way: done, open, overdue, blocked, cancelled, undated and internal steps. */
public final class SamplePlans {

    public static final LocalDate TODAY = LocalDate.of(2025, 3, 26);
    public static final String INTERNAL_TITLE = "Discount approval up to 18%";
    public static final String QUOTED_OWNER = "Sam \"The Closer\" O'Brien";
    public static final Instant CREATED = Instant.parse("2025-03-03T08:00:00Z");

    private SamplePlans() {
    }

    public static Plan plan(String title) {
        return plan(title, "T_SELLER", "Acme Corp");
    }

    /** The same plan kept in another workspace, or with no customer name ({@code null}). */
    public static Plan plan(String title, String teamId, String customerName) {
        return new Plan(42, teamId, null, "C_SHARED", title, customerName, "U_DANA",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 18), ZoneId.of("Europe/Paris"),
                PlanStatus.ACTIVE, "1700000000.000100", 7, CREATED, CREATED);
    }

    public static List<Step> steps() {
        return List.of(
                step(101, 1, "Discovery call", Side.SELLER, Owner.slackUser("U_DANA", "T_SELLER"),
                        LocalDate.of(2025, 3, 7), StepStatus.DONE, "Pain: manual quarterly reporting", false),
                step(102, 2, "Product demo", Side.SELLER, Owner.slackUser("U_SAM", "T_SELLER"),
                        LocalDate.of(2025, 3, 14), StepStatus.DONE, "Demo went well, IT wants a test", false),
                step(103, 3, "Technical test", Side.CUSTOMER, Owner.named("Jürgen Weiß (IT)"),
                        LocalDate.of(2025, 3, 28), StepStatus.IN_PROGRESS, null, false),
                step(104, 4, "Business case", Side.CUSTOMER, Owner.slackUser("U_GONE", "T_ACME"),
                        LocalDate.of(2025, 3, 21), StepStatus.TODO, null, false),
                step(105, 5, INTERNAL_TITLE, Side.SELLER, Owner.slackUser("U_DANA", "T_SELLER"),
                        LocalDate.of(2025, 3, 24), StepStatus.TODO, "Finance says 12% max", true),
                step(106, 6, "Security review", Side.CUSTOMER, Owner.named("Customer – Security"),
                        LocalDate.of(2025, 4, 4), StepStatus.BLOCKED, "Waiting for SOC 2 report", false),
                step(107, 7, "Legacy pilot", Side.BOTH, Owner.NOBODY,
                        LocalDate.of(2025, 3, 20), StepStatus.CANCELLED, "Not needed", false),
                step(108, 8, "Contract review", Side.BOTH, Owner.NOBODY,
                        null, StepStatus.TODO, null, false),
                step(109, 9, "Signing", Side.CUSTOMER, Owner.named("Jane Doe (CFO)"),
                        LocalDate.of(2025, 4, 18), StepStatus.TODO, null, false));
    }

    public static Map<String, String> displayNames() {
        return Map.of("U_DANA", "Dana Seller", "U_SAM", QUOTED_OWNER);
    }

    public static PlanDocument document() {
        return document("Acme Corp — Enterprise rollout");
    }

    public static PlanDocument document(String title) {
        return document(plan(title));
    }

    public static PlanDocument document(Plan plan) {
        return PlanDocument.forCustomer(plan, steps(), TODAY, LocalDate.of(2025, 4, 25), displayNames());
    }

    public static List<Step> customerSteps() {
        return steps().stream().filter(step -> !step.internalOnly()).toList();
    }

    public static Step step(long id, int position, String title, Side side, Owner owner, LocalDate due,
            StepStatus status, String result, boolean internalOnly) {
        return new Step(id, 42, position, title, side, owner, due, status, result, internalOnly, 3,
                CREATED, "U_DANA", CREATED.plusSeconds(id), "U_DANA",
                status == StepStatus.DONE ? CREATED.plusSeconds(id) : null, null);
    }
}
