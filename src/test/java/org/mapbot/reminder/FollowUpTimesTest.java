package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.reminder.domain.ReminderTiming;

class FollowUpTimesTest {

    @ParameterizedTest(name = "status check posted {0} in {1}: chased {2}")
    @CsvSource({
            "2026-12-07T09:00+01:00, Europe/Berlin,    2026-12-09T09:00+01:00", // Monday: Wednesday
            "2026-12-10T09:00+01:00, Europe/Berlin,    2026-12-14T09:00+01:00", // Thursday: Monday
            "2026-12-11T17:00+01:00, Europe/Berlin,    2026-12-15T09:00+01:00", // Friday: Tuesday
            "2026-03-06T09:00-05:00, America/New_York, 2026-03-10T09:00-04:00", // over the clock change
            "2026-10-29T09:00+01:00, Europe/Berlin,    2026-11-02T09:00+01:00", // Thursday: next month
            "2026-12-06T23:30Z,      Asia/Tokyo,       2026-12-09T09:00+09:00", // Monday in Tokyo, not Sunday
            "2026-12-30T09:00+05:30, Asia/Kolkata,     2027-01-01T09:00+05:30", // into the new year
    })
    void an_unanswered_status_check_is_chased_two_working_days_later_at_nine(
            OffsetDateTime posted, ZoneId zone, OffsetDateTime expected) {
        assertThat(ReminderTiming.noAnswerAt(posted.toInstant(), zone)).isEqualTo(expected.toInstant());
    }

    @ParameterizedTest(name = "after {0} in {1}: digest {2}")
    @CsvSource({
            "2026-12-02T12:00+01:00, Europe/Berlin,    2026-12-07T09:00+01:00",
            "2026-12-07T08:59+01:00, Europe/Berlin,    2026-12-07T09:00+01:00", // later the same Monday
            "2026-12-07T09:00+01:00, Europe/Berlin,    2026-12-14T09:00+01:00", // strictly after: next week
            "2026-03-29T01:00+01:00, Europe/Berlin,    2026-03-30T09:00+02:00", // clocks spring forward
            "2026-10-25T12:00+01:00, Europe/Berlin,    2026-10-26T09:00+01:00", // clocks fall back
            "2026-03-08T12:00-04:00, America/New_York, 2026-03-09T09:00-04:00",
            "2026-11-01T00:30-04:00, America/New_York, 2026-11-02T09:00-05:00",
            "2026-12-07T08:00Z,      America/New_York, 2026-12-07T09:00-05:00", // 03:00 Monday in New York
            "2026-12-06T23:30Z,      Asia/Tokyo,       2026-12-07T09:00+09:00", // already Monday in Tokyo
            "2026-12-29T10:00+05:30, Asia/Kolkata,     2027-01-04T09:00+05:30", // over the year end
    })
    void the_weekly_digest_goes_out_on_the_next_monday_at_nine_in_the_plan_zone(
            OffsetDateTime after, ZoneId planZone, OffsetDateTime expected) {
        assertThat(ReminderTiming.nextDigestAt(after.toInstant(), planZone)).isEqualTo(expected.toInstant());
    }
}
