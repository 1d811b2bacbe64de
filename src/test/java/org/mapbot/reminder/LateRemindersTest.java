package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderTiming;

class LateRemindersTest {

    @ParameterizedTest(name = "{0} for a step due {1}, sent at {2} in {3}: meaningful {4}")
    @CsvSource({
            "DUE_SOON,     2026-12-09, 2026-12-08T23:59+01:00, Europe/Berlin,    true",
            "DUE_SOON,     2026-12-09, 2026-12-09T00:00+01:00, Europe/Berlin,    false", // the due day has begun
            "DUE_TODAY,    2026-12-09, 2026-12-09T23:59+01:00, Europe/Berlin,    true",
            "DUE_TODAY,    2026-12-09, 2026-12-10T00:00+01:00, Europe/Berlin,    false", // the due day is over
            "DUE_TODAY,    2026-12-09, 2026-12-09T23:30Z,      Europe/Berlin,    false", // past midnight in Berlin
            "DUE_TODAY,    2026-12-09, 2026-12-09T23:30Z,      America/New_York, true",  // still afternoon in NY
            "DUE_SOON,     2026-03-30, 2026-03-29T23:59+02:00, Europe/Berlin,    true",  // summer time midnight
            "DUE_SOON,     2026-03-30, 2026-03-30T00:00+02:00, Europe/Berlin,    false",
            "DUE_TODAY,    2026-10-25, 2026-10-25T23:30+01:00, Europe/Berlin,    true",  // the 25-hour day
            "DUE_TODAY,    2026-10-25, 2026-10-26T00:00+01:00, Europe/Berlin,    false",
            "DUE_SOON,     2027-01-01, 2026-12-31T23:59+05:30, Asia/Kolkata,     true",
            "DUE_SOON,     2027-01-01, 2027-01-01T00:00+05:30, Asia/Kolkata,     false",
            "DUE_TODAY,    2026-11-30, 2026-11-30T14:59Z,      Asia/Tokyo,       true",
            "DUE_TODAY,    2026-11-30, 2026-11-30T15:00Z,      Asia/Tokyo,       false", // midnight in Tokyo
            "OVERDUE,      2026-12-09, 2027-02-01T10:00+01:00, Europe/Berlin,    true",  // still late
            "STATUS_CHECK, 2026-12-09, 2027-06-01T10:00+01:00, Europe/Berlin,    true",  // still needs an answer
            "NO_ANSWER,    2026-12-09, 2027-06-01T10:00+01:00, Europe/Berlin,    true",
            "DIGEST,       2026-12-09, 2027-06-01T10:00+01:00, Europe/Berlin,    true",
    })
    void only_before_deadline_reminders_go_stale_once_their_day_is_past(
            ReminderKind kind, LocalDate due, OffsetDateTime now, ZoneId zone, boolean expected) {
        assertThat(ReminderTiming.stillMeaningful(kind, due, now.toInstant(), zone)).isEqualTo(expected);
    }
}
