package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;

class ReminderSendingTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
    }

    @Test
    void each_kind_fires_once_at_the_right_local_moment_with_its_text_and_buttons() {
        Plan plan = fx.planWithDigest();
        Step step = fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11)); // a Friday

        // Weekly digest: Monday 7 December, 09:00 New York (the plan's zone) = 14:00 UTC.
        assertThat(fx.sweepAt(utc("2026-12-07T13:59:00Z"))).isEmpty();
        List<Map<String, String>> digest = fx.sweepAt(utc("2026-12-07T14:00:00Z"));
        assertThat(digest).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
            assertThat(p.get("blocks")).contains("Due this week").contains("Security review");
        });

        // Due soon: two working days before, 09:00 in the owner's Berlin = 08:00 UTC on Wednesday.
        assertThat(fx.sweepAt(utc("2026-12-09T07:59:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-09T08:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(p.get("text")).contains("Security review is due");
            assertThat(p.get("blocks")).contains(ReminderActions.DONE).contains(ReminderActions.NEW_DATE)
                    .doesNotContain(ReminderActions.BLOCKED);
        });
        assertThat(fx.sweepAt(utc("2026-12-09T08:05:00Z"))).as("sent once").isEmpty();

        // Due today: Friday 09:00 Berlin.
        assertThat(fx.sweepAt(utc("2026-12-11T08:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(p.get("text")).contains("is due today");
        });

        // Overdue: Monday 09:00 Berlin to the owner; 09:00 New York to the seller owner (no zone in Slack), with the digest.
        assertThat(fx.sweepAt(utc("2026-12-14T08:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
            assertThat(p.get("text")).contains("3 days overdue");
        });
        app.slack().awaitCall("chat.update", c -> FakeSlack.isPlanCard(c)
                && FakeSlack.unescaped(c.get("blocks")).contains(":red_circle: *1. Security review*"));
        List<Map<String, String>> monday = fx.sweepAt(utc("2026-12-14T14:00:00Z"));
        assertThat(monday).extracting(p -> p.get("channel")).containsExactlyInAnyOrder(Slackers.SELLER_USER, Slackers.SHARED_CHANNEL);
        assertThat(monday).filteredOn(p -> p.get("channel").equals(Slackers.SELLER_USER)).singleElement()
                .satisfies(p -> assertThat(p.get("blocks")).contains("owner \\u003c@" + Slackers.CUSTOMER_USER));
        assertThat(monday).filteredOn(p -> p.get("channel").equals(Slackers.SHARED_CHANNEL)).singleElement()
                .satisfies(p -> assertThat(p.get("blocks")).contains("Overdue"));

        // Status check: seven days after, Friday 18 December, planned for 09:00 in the owner's Berlin. It goes in the
        // card's thread, so it waits for the plan's working hours: 08:00 New York, 13:00 UTC. It mentions the owner.
        assertThat(fx.sweepAt(utc("2026-12-18T08:00:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-18T12:59:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-18T13:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
            assertThat(p.get("thread_ts")).isEqualTo(ReminderFixture.CARD_TS);
            assertThat(p.get("text")).contains("<@" + Slackers.CUSTOMER_USER + ">").contains("Security review was due")
                    .contains("where does it stand?");
            assertThat(p.get("blocks")).contains(ReminderActions.DONE, ReminderActions.NEW_DATE, ReminderActions.BLOCKED,
                    ReminderActions.NOT_NEEDED);
        });

        // No answer: two working days after the status check, 09:00 New York for the seller owner (Tuesday 22nd).
        assertThat(fx.sweepAt(utc("2026-12-21T14:00:00Z"))).extracting(p -> p.get("channel"))
                .containsExactly(Slackers.SHARED_CHANNEL); // only the digest
        assertThat(fx.sweepAt(utc("2026-12-22T13:59:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-22T14:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.SELLER_USER);
            assertThat(p.get("text")).contains("Nobody has answered the status check on Security review");
        });

        assertThat(fx.sweepAt(utc("2026-12-23T14:00:00Z"))).isEmpty();
        assertThat(fx.reminders(plan)).filteredOn(r -> step.id() == (r.stepId() == null ? -1 : r.stepId()))
                .extracting(Reminder::state).containsOnly(ReminderState.SENT);
    }

    @Test
    void an_owner_without_a_slack_time_zone_is_reminded_at_nine_in_the_plans_zone() {
        fx.cacheUser(Slackers.CUSTOMER_USER, null);
        Plan plan = fx.plan();
        fx.customerStep(plan, "Legal review", LocalDate.of(2026, 12, 11));

        assertThat(fx.sweepAt(utc("2026-12-09T08:00:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-09T14:00:00Z"))).singleElement()
                .satisfies(p -> assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER));
    }

    @Test
    void a_step_owned_by_someone_without_slack_reminds_the_seller_owner() {
        Plan plan = fx.plan();
        fx.step(plan, "Board approval", Owner.named("Jane Doe (CFO)"), Side.CUSTOMER, LocalDate.of(2026, 12, 11), false);

        assertThat(fx.sweepAt(utc("2026-12-09T14:00:00Z"))).singleElement().satisfies(p -> {
            assertThat(p.get("channel")).isEqualTo(Slackers.SELLER_USER);
            assertThat(p.get("blocks")).contains("Jane Doe (CFO)");
        });
    }

    @Test
    void a_due_date_change_re_plans_the_steps_reminders() {
        Plan plan = fx.plan();
        Step step = fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));

        fx.plans().changeDueDate(ReminderFixture.SELLER, step.id(), LocalDate.of(2026, 12, 18), "waiting for IT");

        assertThat(fx.reminders(plan)).filteredOn(r -> r.stepId() != null).extracting(Reminder::forDate)
                .containsOnly(LocalDate.of(2026, 12, 18));
        assertThat(fx.sweepAt(utc("2026-12-09T08:00:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-11T08:00:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-16T08:00:00Z"))).filteredOn(p -> !p.get("channel").equals(Slackers.SHARED_CHANNEL))
                .singleElement().satisfies(p -> {
                    assertThat(p.get("channel")).isEqualTo(Slackers.CUSTOMER_USER);
                    assertThat(p.get("text")).contains("is due").contains("2026-12-18");
                });
    }

    @Test
    void done_and_cancelled_steps_and_closed_plans_get_no_reminders() {
        Plan plan = fx.plan();
        Step done = fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        Step cancelled = fx.customerStep(plan, "Legal review", LocalDate.of(2026, 12, 11));
        fx.reminders(plan); // planned
        fx.plans().markDone(ReminderFixture.SELLER, done.id(), null);
        fx.plans().cancel(ReminderFixture.SELLER, cancelled.id(), "not needed");

        assertThat(fx.reminders(plan)).filteredOn(r -> r.stepId() != null).isEmpty();

        Step open = fx.customerStep(plan, "Pricing", LocalDate.of(2026, 12, 11));
        assertThat(fx.reminders(plan)).filteredOn(r -> r.stepId() != null).isNotEmpty();
        fx.plans().setStatus(ReminderFixture.SELLER, fx.plans().plan(plan.id()).orElseThrow(), org.mapbot.plan.domain.PlanStatus.WON);
        assertThat(fx.reminders(plan)).filteredOn(r -> r.state() == ReminderState.PENDING).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-09T08:00:00Z"))).isEmpty();
        assertThat(fx.sweepAt(utc("2026-12-14T14:00:00Z"))).isEmpty();
        assertThat(open.id()).isPositive();
    }

    @Test
    void muted_users_get_no_reminder_dms() {
        Plan plan = fx.plan();
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        var reply = app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "mute");
        assertThat(reply.body()).contains("Muted");

        assertThat(fx.sweepAt(utc("2026-12-09T08:00:00Z"))).isEmpty();
        assertThat(fx.stateOf(fx.only(plan, ReminderKind.DUE_SOON, Slackers.CUSTOMER_USER).id())).isEqualTo("skipped");

        app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "unmute");
        assertThat(fx.sweepAt(utc("2026-12-11T08:00:00Z"))).hasSize(1);
    }

    @Test
    void internal_steps_are_never_asked_about_in_the_shared_channel_nor_shown_in_its_digest() {
        Plan plan = fx.planWithDigest();
        fx.step(plan, "Discount approval", Owner.slackUser(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM), Side.SELLER,
                LocalDate.of(2026, 12, 11), true);

        assertThat(fx.sweepAt(utc("2026-12-07T14:00:00Z"))).as("nothing to say in the shared channel").isEmpty();
        List<Map<String, String>> late = fx.sweepAt(utc("2026-12-18T08:00:00Z"));
        assertThat(late).extracting(p -> p.get("channel")).doesNotContain(Slackers.SHARED_CHANNEL);
        assertThat(late).filteredOn(p -> p.get("text").contains("where does it stand?")).singleElement()
                .satisfies(p -> assertThat(p.get("channel")).isEqualTo(Slackers.SELLER_USER));
    }
}
