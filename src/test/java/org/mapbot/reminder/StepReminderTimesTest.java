package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderTiming;

class StepReminderTimesTest {

    @ParameterizedTest(name = "{0} for a step due {1} in {2} goes out {3}")
    @CsvSource({
            "DUE_SOON,     2026-12-09, Europe/Berlin,    2026-12-07T09:00+01:00", // Wed due, Mon reminder
            "DUE_SOON,     2026-12-07, Europe/Berlin,    2026-12-03T09:00+01:00", // counts back over the weekend
            "DUE_SOON,     2026-12-05, Europe/Berlin,    2026-12-03T09:00+01:00", // due Saturday: Fri is 1, Thu is 2
            "DUE_TODAY,    2026-12-09, Europe/Berlin,    2026-12-09T09:00+01:00",
            "DUE_TODAY,    2026-12-05, Europe/Berlin,    2026-12-04T09:00+01:00", // due Saturday: Friday before
            "DUE_TODAY,    2026-12-06, Europe/Berlin,    2026-12-04T09:00+01:00", // due Sunday: Friday before
            "OVERDUE,      2026-12-09, Europe/Berlin,    2026-12-10T09:00+01:00",
            "OVERDUE,      2026-12-04, Europe/Berlin,    2026-12-07T09:00+01:00", // due Friday: Monday after
            "OVERDUE,      2026-12-05, Europe/Berlin,    2026-12-07T09:00+01:00",
            "STATUS_CHECK, 2026-12-09, Europe/Berlin,    2026-12-16T09:00+01:00", // a week later
            "STATUS_CHECK, 2026-12-05, Europe/Berlin,    2026-12-14T09:00+01:00", // week later is Saturday: Monday
            // Berlin springs forward on Sunday 2026-03-29 and falls back on Sunday 2026-10-25
            "DUE_SOON,     2026-03-31, Europe/Berlin,    2026-03-27T09:00+01:00",
            "OVERDUE,      2026-03-27, Europe/Berlin,    2026-03-30T09:00+02:00",
            "DUE_TODAY,    2026-03-29, Europe/Berlin,    2026-03-27T09:00+01:00",
            "STATUS_CHECK, 2026-03-22, Europe/Berlin,    2026-03-30T09:00+02:00",
            "DUE_SOON,     2026-10-27, Europe/Berlin,    2026-10-23T09:00+02:00",
            "OVERDUE,      2026-10-23, Europe/Berlin,    2026-10-26T09:00+01:00",
            "STATUS_CHECK, 2026-10-18, Europe/Berlin,    2026-10-26T09:00+01:00",
            // New York springs forward on Sunday 2026-03-08 and falls back on Sunday 2026-11-01
            "DUE_SOON,     2026-03-10, America/New_York, 2026-03-06T09:00-05:00",
            "OVERDUE,      2026-03-06, America/New_York, 2026-03-09T09:00-04:00",
            "STATUS_CHECK, 2026-03-02, America/New_York, 2026-03-09T09:00-04:00",
            "DUE_TODAY,    2026-11-01, America/New_York, 2026-10-30T09:00-04:00",
            "OVERDUE,      2026-10-30, America/New_York, 2026-11-02T09:00-05:00",
            "STATUS_CHECK, 2026-10-26, America/New_York, 2026-11-02T09:00-05:00",
            // Tokyo's 09:00 is midnight UTC: the local date decides, not the UTC one
            "DUE_TODAY,    2026-11-30, Asia/Tokyo,       2026-11-30T00:00Z",
            "OVERDUE,      2026-12-04, Asia/Tokyo,       2026-12-07T09:00+09:00",
            "DUE_SOON,     2027-01-04, Asia/Tokyo,       2026-12-31T09:00+09:00", // back across the year end
            "STATUS_CHECK, 2026-12-25, Asia/Tokyo,       2027-01-01T09:00+09:00",
            // Kolkata is on a half-hour offset
            "DUE_SOON,     2026-03-02, Asia/Kolkata,     2026-02-26T09:00+05:30", // back across the month end
            "DUE_TODAY,    2026-02-28, Asia/Kolkata,     2026-02-27T09:00+05:30",
            "OVERDUE,      2026-12-31, Asia/Kolkata,     2027-01-01T09:00+05:30",
            "STATUS_CHECK, 2026-02-21, Asia/Kolkata,     2026-03-02T09:00+05:30",
    })
    void step_reminders_go_out_at_nine_local_time_on_a_working_day(
            ReminderKind kind, LocalDate due, ZoneId zone, OffsetDateTime expected) {
        assertThat(ReminderTiming.sendAt(kind, due, zone, ReminderTiming.DEFAULT_LEAD_DAYS))
                .isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "due {0} in {1}, lead {2}: due-soon reminder {3}")
    @CsvSource({
            "2026-12-09, America/New_York, 0, 2026-12-09T09:00-05:00",
            "2026-12-09, America/New_York, 1, 2026-12-08T09:00-05:00",
            "2026-12-09, America/New_York, 2, 2026-12-07T09:00-05:00",
            "2026-12-09, America/New_York, 3, 2026-12-04T09:00-05:00",
            "2026-12-09, America/New_York, 4, 2026-12-03T09:00-05:00",
            "2026-12-09, America/New_York, 5, 2026-12-02T09:00-05:00",
            "2026-04-01, Europe/Berlin,    0, 2026-04-01T09:00+02:00",
            "2026-04-01, Europe/Berlin,    1, 2026-03-31T09:00+02:00",
            "2026-04-01, Europe/Berlin,    2, 2026-03-30T09:00+02:00",
            "2026-04-01, Europe/Berlin,    3, 2026-03-27T09:00+01:00", // before the clocks changed
            "2026-04-01, Europe/Berlin,    4, 2026-03-26T09:00+01:00",
            "2026-04-01, Europe/Berlin,    5, 2026-03-25T09:00+01:00",
            "2026-12-05, Europe/Berlin,    0, 2026-12-04T09:00+01:00", // lead 0 on a Saturday: Friday
            "2027-01-01, Europe/Berlin,    5, 2026-12-25T09:00+01:00",
            "2027-01-01, Asia/Kolkata,     3, 2026-12-29T09:00+05:30",
            "2026-03-03, Asia/Tokyo,       2, 2026-02-27T09:00+09:00",
    })
    void due_soon_comes_the_lead_time_in_working_days_before_the_due_date(
            LocalDate due, ZoneId zone, int leadDays, OffsetDateTime expected) {
        assertThat(ReminderTiming.sendAt(ReminderKind.DUE_SOON, due, zone, leadDays)).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0} for a step due {1} wanted at {2} goes out {3}")
    @CsvSource({
            "DUE_SOON,     2026-12-09, 07:00, 2026-12-04T18:00+01:00", // too early: previous working evening
            "DUE_SOON,     2026-12-09, 20:00, 2026-12-07T18:00+01:00", // too late: same evening, earlier
            "DUE_TODAY,    2026-12-09, 06:30, 2026-12-08T18:00+01:00",
            "OVERDUE,      2026-12-09, 07:00, 2026-12-10T08:00+01:00", // too early: same morning, later
            "OVERDUE,      2026-12-04, 20:00, 2026-12-08T08:00+01:00", // Monday evening: Tuesday morning
            "STATUS_CHECK, 2026-12-09, 14:30, 2026-12-16T14:30+01:00", // inside the window: unchanged
    })
    void a_chosen_time_of_day_outside_working_hours_is_moved_towards_the_deadline_side(
            ReminderKind kind, LocalDate due, LocalTime timeOfDay, OffsetDateTime expected) {
        assertThat(ReminderTiming.sendAt(kind, due, ZoneId.of("Europe/Berlin"), 2, timeOfDay))
                .isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "{0} has no due-date send time")
    @EnumSource(value = ReminderKind.class, names = {"NO_ANSWER", "DIGEST"})
    void reminders_not_tied_to_a_due_date_are_refused(ReminderKind kind) {
        assertThatThrownBy(() -> ReminderTiming.sendAt(kind, LocalDate.of(2026, 12, 9), ZoneId.of("UTC"), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(kind.name());
    }

    @ParameterizedTest(name = "lead {0} is refused")
    @CsvSource({"-1", "-5"})
    void negative_lead_times_are_refused(int leadDays) {
        assertThatThrownBy(() -> ReminderTiming.sendAt(
                ReminderKind.DUE_SOON, LocalDate.of(2026, 12, 9), ZoneId.of("UTC"), leadDays))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
