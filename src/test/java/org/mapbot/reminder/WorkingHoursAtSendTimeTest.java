package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.mapbot.reminder.domain.ReminderTiming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursAtSendTimeTest {

    @ParameterizedTest(name = "due at {0} for someone in {1}: sent {2}")
    @CsvSource({
            "2026-12-02T10:00+01:00,    Europe/Berlin,    2026-12-02T10:00+01:00", // Wednesday morning: now
            "2026-12-02T08:00+01:00,    Europe/Berlin,    2026-12-02T08:00+01:00", // both ends are allowed
            "2026-12-02T18:00+01:00,    Europe/Berlin,    2026-12-02T18:00+01:00",
            "2026-12-02T17:59:59+01:00, Europe/Berlin,    2026-12-02T17:59:59+01:00",
            "2026-12-02T18:00:01+01:00, Europe/Berlin,    2026-12-03T08:00+01:00", // just after closing: next morning
            "2026-12-02T19:00+01:00,    Europe/Berlin,    2026-12-03T08:00+01:00",
            "2026-12-02T03:00+01:00,    Europe/Berlin,    2026-12-02T08:00+01:00", // night: the same morning
            "2026-12-04T19:00+01:00,    Europe/Berlin,    2026-12-07T08:00+01:00", // Friday evening: Monday
            "2026-12-05T12:00+01:00,    Europe/Berlin,    2026-12-07T08:00+01:00", // Saturday: Monday
            "2026-12-06T23:59+01:00,    Europe/Berlin,    2026-12-07T08:00+01:00", // Sunday night: Monday
            // the same instant, read in the recipient's zone: the local day and hour decide
            "2026-12-02T14:00Z,         Europe/Berlin,    2026-12-02T14:00Z",      // 15:00 in Berlin
            "2026-12-02T14:00Z,         America/New_York, 2026-12-02T14:00Z",      // 09:00 in New York
            "2026-12-02T08:00Z,         America/New_York, 2026-12-02T08:00-05:00", // 03:00 in New York: wait
            "2026-12-02T08:00Z,         Asia/Tokyo,       2026-12-02T08:00Z",      // 17:00 in Tokyo
            "2026-12-04T09:30Z,         Asia/Tokyo,       2026-12-07T08:00+09:00", // Friday 18:30 in Tokyo: Monday
            "2026-12-06T22:30Z,         Asia/Tokyo,       2026-12-07T08:00+09:00", // Sunday in UTC, Monday 07:30 in Tokyo
            "2026-12-07T03:00Z,         America/New_York, 2026-12-07T08:00-05:00", // Monday in UTC, Sunday night in New York
            // over daylight-saving switches, month and year ends
            "2026-03-27T19:00+01:00,    Europe/Berlin,    2026-03-30T08:00+02:00",
            "2026-10-23T18:30+02:00,    Europe/Berlin,    2026-10-26T08:00+01:00",
            "2026-03-07T12:00-05:00,    America/New_York, 2026-03-09T08:00-04:00",
            "2026-02-27T19:00+05:30,    Asia/Kolkata,     2026-03-02T08:00+05:30",
            "2026-12-31T19:00+05:30,    Asia/Kolkata,     2027-01-01T08:00+05:30",
    })
    void a_reminder_due_outside_working_hours_waits_for_the_recipients_next_window(
            OffsetDateTime now, ZoneId zone, OffsetDateTime expected) {
        assertThat(ReminderTiming.earliestSendAt(now.toInstant(), zone)).isEqualTo(expected.toInstant());
    }
}
