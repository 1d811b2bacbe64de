package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.reminder.domain.ReminderTiming;

class QuietWindowTest {

    @ParameterizedTest(name = "{0}, before deadline {1}: sent {2}")
    @CsvSource({
            "2026-12-02T09:00+01:00[Europe/Berlin],    true,  2026-12-02T09:00+01:00", // Wednesday morning stays
            "2026-12-02T08:00+01:00[Europe/Berlin],    false, 2026-12-02T08:00+01:00", // both ends are allowed
            "2026-12-02T18:00+01:00[Europe/Berlin],    true,  2026-12-02T18:00+01:00",
            "2026-12-02T07:59+01:00[Europe/Berlin],    true,  2026-12-01T18:00+01:00", // early: previous evening
            "2026-12-02T07:59+01:00[Europe/Berlin],    false, 2026-12-02T08:00+01:00", // early: same morning
            "2026-12-02T18:01+01:00[Europe/Berlin],    true,  2026-12-02T18:00+01:00", // late: same evening
            "2026-12-02T18:01+01:00[Europe/Berlin],    false, 2026-12-03T08:00+01:00", // late: next morning
            "2026-12-05T09:00+01:00[Europe/Berlin],    true,  2026-12-04T18:00+01:00", // Saturday: Friday evening
            "2026-12-05T09:00+01:00[Europe/Berlin],    false, 2026-12-07T08:00+01:00", // Saturday: Monday morning
            "2026-12-06T23:30+01:00[Europe/Berlin],    false, 2026-12-07T08:00+01:00",
            "2026-12-07T06:00+01:00[Europe/Berlin],    true,  2026-12-04T18:00+01:00", // Monday dawn: Friday
            "2026-12-04T19:00+01:00[Europe/Berlin],    false, 2026-12-07T08:00+01:00", // Friday night: Monday
            // daylight-saving switch days are Sundays
            "2026-03-29T10:00+02:00[Europe/Berlin],    false, 2026-03-30T08:00+02:00",
            "2026-03-29T10:00+02:00[Europe/Berlin],    true,  2026-03-27T18:00+01:00",
            "2026-10-25T10:00+01:00[Europe/Berlin],    true,  2026-10-23T18:00+02:00",
            "2026-10-25T10:00+01:00[Europe/Berlin],    false, 2026-10-26T08:00+01:00",
            "2026-03-07T12:00-05:00[America/New_York], false, 2026-03-09T08:00-04:00",
            "2026-11-01T01:30-04:00[America/New_York], true,  2026-10-30T18:00-04:00",
            "2026-11-01T01:30-05:00[America/New_York], false, 2026-11-02T08:00-05:00",
            // Monday 07:00 in Tokyo is still Sunday in UTC: the local day decides
            "2026-12-07T07:00+09:00[Asia/Tokyo],       false, 2026-12-07T08:00+09:00",
            "2026-12-31T19:00+05:30[Asia/Kolkata],     false, 2027-01-01T08:00+05:30", // into the new year
            "2027-01-01T07:00+05:30[Asia/Kolkata],     true,  2026-12-31T18:00+05:30", // back to the old one
            "2026-02-28T09:00+05:30[Asia/Kolkata],     false, 2026-03-02T08:00+05:30", // over the month end
    })
    void nothing_is_sent_outside_eight_to_six_on_a_working_day(
            ZonedDateTime wanted, boolean beforeDeadline, OffsetDateTime expected) {
        assertThat(ReminderTiming.clampToQuietWindow(wanted, beforeDeadline)).isEqualTo(expected.toInstant());
    }
}
