package org.mapbot.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-11-30, true",  // Monday
            "2026-12-04, true",  // Friday
            "2026-12-05, false", // Saturday
            "2026-12-06, false", // Sunday
            "2026-12-25, true",  // holidays are not known, Christmas is a Friday like any other
    })
    void only_monday_to_friday_are_working_days(LocalDate date, boolean expected) {
        assertThat(WorkingDays.isWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "next working day on or after {0} is {1}")
    @CsvSource({
            "2026-12-02, 2026-12-02", // a Wednesday stays
            "2026-12-05, 2026-12-07", // Saturday moves to Monday
            "2026-12-06, 2026-12-07", // Sunday moves to Monday
            "2027-01-02, 2027-01-04", // across the year end
            "2026-02-28, 2026-03-02", // across the month end
    })
    void next_working_day_keeps_working_days_and_moves_weekends_to_monday(LocalDate date, LocalDate expected) {
        assertThat(WorkingDays.nextWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "previous working day on or before {0} is {1}")
    @CsvSource({
            "2026-12-02, 2026-12-02",
            "2026-12-05, 2026-12-04",
            "2026-12-06, 2026-12-04",
            "2027-01-03, 2027-01-01", // back across the year end
            "2026-03-01, 2026-02-27", // back across the month end
    })
    void previous_working_day_keeps_working_days_and_moves_weekends_to_friday(LocalDate date, LocalDate expected) {
        assertThat(WorkingDays.previousWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-12-02,  0, 2026-12-02",
            "2026-12-02,  1, 2026-12-03",
            "2026-12-02,  2, 2026-12-04",
            "2026-12-02,  3, 2026-12-07", // skips the weekend
            "2026-12-04,  1, 2026-12-07", // Friday + 1 = Monday
            "2026-12-02,  5, 2026-12-09", // five working days are one calendar week
            "2026-12-02, 10, 2026-12-16",
            "2026-12-07, -1, 2026-12-04", // Monday - 1 = Friday
            "2026-12-02, -3, 2026-11-27",
            "2026-12-05,  1, 2026-12-07", // Saturday + 1 = Monday
            "2026-12-06,  1, 2026-12-07", // Sunday + 1 = Monday
            "2026-12-05, -1, 2026-12-04", // Saturday - 1 = Friday
            "2026-12-06, -2, 2026-12-03", // Sunday - 2 = Thursday
            "2026-12-05,  0, 2026-12-05", // zero leaves even a weekend alone
            "2026-12-30,  3, 2027-01-04", // across the year end
            "2027-01-04, -2, 2026-12-31",
            "2026-02-26,  2, 2026-03-02", // across the month end
    })
    void adding_working_days_skips_weekends_in_both_directions(LocalDate start, int n, LocalDate expected) {
        assertThat(WorkingDays.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "start {0}, week {1} ends on {2}")
    @CsvSource({
            "2026-11-30, 1, 2026-12-04", // start Monday: week 1 ends Sunday, last working day Friday
            "2026-11-30, 2, 2026-12-11",
            "2026-11-30, 3, 2026-12-18",
            "2026-12-02, 1, 2026-12-08", // start Wednesday: week 1 is Wed..Tue
            "2026-12-02, 3, 2026-12-22",
            "2026-12-04, 1, 2026-12-10", // start Friday: week 1 is Fri..Thu
            "2026-12-05, 1, 2026-12-11", // start Saturday: window ends Friday
            "2026-12-06, 1, 2026-12-11", // start Sunday: window ends Saturday, back to Friday
            "2026-12-22, 2, 2027-01-04", // week 2 crosses the year end, Jan 4 is a Monday
            "2026-12-26, 1, 2027-01-01", // window ends Friday Jan 1
            "2026-02-23, 1, 2026-02-27", // ends Sunday Mar 1, back across the month end
    })
    void week_n_is_the_last_working_day_of_the_nth_seven_days_from_the_plan_start(
            LocalDate start, int week, LocalDate expected) {
        assertThat(WorkingDays.lastWorkingDayOfWeek(start, week)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "week {0} is refused")
    @ValueSource(ints = {0, -1})
    void week_numbers_below_one_are_refused(int week) {
        assertThatThrownBy(() -> WorkingDays.lastWorkingDayOfWeek(LocalDate.of(2026, 11, 30), week))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start at 1");
    }
}
