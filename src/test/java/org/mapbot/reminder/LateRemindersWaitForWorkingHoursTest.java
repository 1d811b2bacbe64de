package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.reminder.ReminderFixture.utc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Plan;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * Reminders that come due while the app is down reach people in their working hours, once. The customer is in
 * Berlin; the seller has no zone in Slack, so the seller and the channel follow the plan's New York.
 */
class LateRemindersWaitForWorkingHoursTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
    }

    @Test
    void a_dm_due_while_the_app_was_down_waits_for_the_next_morning_and_goes_out_once_without_counting_an_attempt() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11)); // due soon: Wednesday 9th, 09:00 Berlin

        // Back on Wednesday at 19:30 in Berlin: too late in the day for the customer.
        assertThat(fx.sweepAt(utc("2026-12-09T18:30:00Z"))).isEmpty();
        Reminder waiting = fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER);
        assertThat(waiting.state()).isEqualTo(ReminderState.PENDING);
        assertThat(waiting.attempts()).as("waiting is not a failed attempt").isZero();
        assertThat(fx.nextAttemptOf(waiting.id())).isEqualTo(utc("2026-12-10T07:00:00Z")); // Thursday 08:00 Berlin

        assertThat(fx.sweepAt(utc("2026-12-10T06:59:00Z"))).as("not before the window opens").isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-10T07:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(p.get("text")).contains("Security review is due");
        });
        assertThat(fx.sweepAt(utc("2026-12-10T07:05:00Z"))).as("sent once").isEmpty();
        Reminder sent = fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER);
        assertThat(sent.state()).isEqualTo(ReminderState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void a_reminder_that_would_no_longer_make_sense_when_working_hours_begin_is_skipped() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11)); // a Friday

        // Back on Friday at 20:00 in Berlin: "due today" could only go out on Monday, after its day.
        assertThat(fx.sweepAt(utc("2026-12-11T19:00:00Z"))).isEmpty();
        assertThat(fx.stateOf(fx.only(plan, ReminderKind.DUE_TODAY, Slackers.CUSTOMER_USER).id())).isEqualTo("skipped");

        assertThat(fx.sweepAt(utc("2026-12-14T08:00:00Z"))).singleElement()
                .satisfies(p -> assertThat(p.get("text")).contains("overdue").doesNotContain("due today"));
    }

    @Test
    void each_late_reminder_waits_for_its_own_recipients_hours_and_the_channel_follows_the_plans_zone() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        assertThat(fx.sweepAt(utc("2026-12-11T08:00:00Z"))).hasSize(1); // due today, on time; then the app is down

        // Back on Monday 21st, 08:30 in Berlin, 02:30 in New York. Due meanwhile: the overdue DMs to the customer
        // and the seller, and the status check in the card's thread (planned at 09:00 in the customer's Berlin).
        List<Map<String, String>> berlinMorning = fx.sweepAt(utc("2026-12-21T07:30:00Z"));
        assertThat(berlinMorning).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(p.get("text")).contains("overdue");
        });

        assertThat(fx.sweepAt(utc("2026-12-21T12:59:00Z"))).isEmpty();
        List<Map<String, String>> newYorkMorning = fx.sweepAt(utc("2026-12-21T13:00:00Z")); // 08:00 in New York
        assertThat(newYorkMorning).extracting(p -> p.get("channel"))
                .containsExactlyInAnyOrder(Slackers.SELLER_USER, Slackers.SHARED_CHANNEL);
        assertThat(newYorkMorning).filteredOn(p -> p.get("channel").equals(Slackers.SHARED_CHANNEL)).singleElement()
                .satisfies(p -> {
                    assertThat(p.get("thread_ts")).isEqualTo(ReminderFixture.CARD_TS);
                    assertThat(p.get("text")).contains("where does it stand?");
                });
        assertThat(fx.sweepAt(utc("2026-12-21T13:05:00Z"))).isEmpty();
    }
}
