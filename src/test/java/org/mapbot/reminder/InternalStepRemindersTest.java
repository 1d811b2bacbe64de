package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.reminder.ReminderFixture.utc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;

/** No reminder, status check or digest line about an internal step reaches the customer's organisation. */
class InternalStepRemindersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
    }

    /** As if older data (or a bug) had given the internal step to the customer: the app must not believe it. */
    private Step internalStepOwnedByTheCustomer(Plan plan, LocalDate due) {
        Step step = fx.step(plan, "Internal SECRET", Owner.slackUser(Slackers.SELLER_USER, Slackers.SELLER_TEAM), Side.SELLER,
                due, true);
        app.dsl().update(STEP).set(STEP.OWNER_USER_ID, Slackers.CUSTOMER_USER).set(STEP.OWNER_TEAM_ID, Slackers.CUSTOMER_TEAM)
                .where(STEP.ID.eq(step.id())).execute();
        app.plans().refresh(plan.id());
        return fx.settled(step);
    }

    @Test
    void reminders_of_an_internal_step_owned_by_a_customer_go_to_the_seller_owner_only() {
        Plan plan = fx.plan();
        internalStepOwnedByTheCustomer(plan, LocalDate.of(2026, 12, 11));

        assertThat(fx.reminders(plan)).extracting(Reminder::recipient).doesNotContain(Slackers.CUSTOMER_USER, Slackers.SHARED_CHANNEL);
        List<Map<String, String>> dueToday = fx.sweepAt(utc("2026-12-11T14:00:00Z"));
        List<Map<String, String>> overdue = fx.sweepAt(utc("2026-12-14T14:00:00Z"));
        List<Map<String, String>> statusCheck = fx.sweepAt(utc("2026-12-18T14:00:00Z"));

        assertThat(dueToday).extracting(p -> p.get("channel")).containsExactly(Slackers.SELLER_USER);
        assertThat(overdue).extracting(p -> p.get("channel")).containsExactly(Slackers.SELLER_USER);
        assertThat(statusCheck).extracting(p -> p.get("channel")).containsExactly(Slackers.SELLER_USER);
        assertThat(app.slack().calls("chat.postMessage")).noneMatch(p -> p.get("text") != null && p.get("text").contains("SECRET")
                && !Slackers.SELLER_USER.equals(p.get("channel")));
    }

    @Test
    void a_reminder_row_addressed_to_a_customer_about_an_internal_step_is_skipped_at_send_time() {
        Plan plan = fx.plan();
        Step step = internalStepOwnedByTheCustomer(plan, LocalDate.of(2026, 12, 11));
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        app.mapBot().parts().reminderRepository().insertAll(List.of(
                new PlannedReminder(plan.id(), step.id(), ReminderKind.DUE_TODAY, Slackers.CUSTOMER_USER, step.dueDate(), berlin,
                        utc("2026-12-11T08:00:00Z")),
                new PlannedReminder(plan.id(), step.id(), ReminderKind.STATUS_CHECK, Slackers.SHARED_CHANNEL, step.dueDate(),
                        berlin, utc("2026-12-11T08:00:00Z"))), app.clock().instant());

        List<Map<String, String>> sent = fx.sweepAt(utc("2026-12-11T08:30:00Z"));

        assertThat(sent).as("nothing to the customer, nothing in the shared channel").isEmpty();
        assertThat(fx.reminders(plan)).filteredOn(r -> !r.recipient().equals(Slackers.SELLER_USER))
                .extracting(Reminder::state).containsOnly(ReminderState.SKIPPED);
    }
}
