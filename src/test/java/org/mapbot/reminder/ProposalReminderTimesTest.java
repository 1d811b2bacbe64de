package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.reminder.domain.ReminderTiming;

/** When a proposal is reminded (two working days of the answering side), and whom of the customer it mentions. */
class ProposalReminderTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "proposed {0} → reminded {1}")
    @CsvSource({
            // Thursday afternoon: Friday is one working day, Monday at the same hour completes the second.
            "2026-12-03T15:00, 2026-12-07T15:00",
            "2026-12-01T10:30, 2026-12-03T10:30",
            // Friday at closing time: Monday and Tuesday.
            "2026-12-04T18:00, 2026-12-08T18:00",
            // Outside working hours the count starts when they next begin.
            "2026-12-03T20:00, 2026-12-08T08:00",
            "2026-12-07T07:00, 2026-12-09T08:00",
            "2026-12-05T11:00, 2026-12-09T08:00",
            // Across the switch to winter time (25 October 2026), 09:00 stays 09:00.
            "2026-10-23T09:00, 2026-10-27T09:00"
    })
    void two_working_days_later_in_the_answerers_working_hours(LocalDateTime proposed, LocalDateTime reminded) {
        Instant at = ReminderTiming.proposalReminderAt(proposed.atZone(BERLIN).toInstant(), BERLIN);

        assertThat(at.atZone(BERLIN).toLocalDateTime()).isEqualTo(reminded);
    }

    @Test
    void the_customer_mentioned_is_the_steps_customer_owner_else_whoever_agreed_for_the_customer() {
        Plan plan = new Plan(1, "T0SELLER", null, "C0SHARED", "Acme rollout", "Acme", "U0SELLER", LocalDate.of(2026, 11, 30),
                null, BERLIN, PlanStatus.ACTIVE, "1.1", 1, Instant.EPOCH, Instant.EPOCH);
        Commitment agreedByCasey = new Commitment(1, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(new Agreement(OrgSide.CUSTOMER, 1, "U0CASEY", "Acme", Instant.EPOCH)),
                List.of());

        assertThat(ProposalReminders.customerPeople(plan, step(Owner.slackUser("U0LEGAL", "T0CUSTOMER")), agreedByCasey))
                .containsExactly("U0LEGAL");
        assertThat(ProposalReminders.customerPeople(plan, step(Owner.named("Customer – Champion")), agreedByCasey))
                .containsExactly("U0CASEY");
        assertThat(ProposalReminders.customerPeople(plan, step(Owner.slackUser("U0SAM", "T0SELLER")), agreedByCasey))
                .as("a seller colleague owning the step is not the customer").containsExactly("U0CASEY");
        assertThat(ProposalReminders.customerPeople(plan, step(Owner.NOBODY), Commitment.NONE)).isEmpty();
    }

    private static Step step(Owner owner) {
        return new Step(7, 1, 2, "Legal review", Side.CUSTOMER, owner, LocalDate.of(2026, 12, 11), StepStatus.TODO, null, false,
                1, Instant.EPOCH, "U0SELLER", Instant.EPOCH, "U0SELLER", null, LocalDate.of(2026, 12, 11));
    }
}
