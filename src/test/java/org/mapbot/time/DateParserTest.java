package org.mapbot.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.time.DateParser.Invalid;
import org.mapbot.time.DateParser.Parsed;
import org.mapbot.time.DateParser.Result;
import org.mapbot.time.DateParser.TitleAndDate;

class DateParserTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final Optional<LocalDate> PLAN_START_MONDAY = Optional.of(LocalDate.of(2026, 11, 30));

    @ParameterizedTest(name = "on Wed 2026-12-02 \"{0}\" means {1}")
    @CsvSource({
            "2026-12-15,           2026-12-15",
            "'  2026-12-15  ',     2026-12-15",
            "2027-06-30,           2027-06-30",
            "15 Dec,               2026-12-15",
            "Dec 15,               2026-12-15",
            "15 December,          2026-12-15",
            "December 15,          2026-12-15",
            "DEC 15,               2026-12-15",
            "dec. 15,              2026-12-15",
            "15th Dec,             2026-12-15",
            "'15    dec',          2026-12-15",
            "2 Dec,                2026-12-02", // today still counts
            "1 Dec,                2027-12-01", // already past this year
            "Jan 5,                2027-01-05", // January typed in December is next year
            "5 January,            2027-01-05",
            "sept 3,               2027-09-03",
            "29 Feb,               2028-02-29", // the next 29 February that exists
            "today,                2026-12-02",
            "TODAY,                2026-12-02",
            "tomorrow,             2026-12-03",
            "friday,               2026-12-04",
            "Fri,                  2026-12-04",
            "thurs,                2026-12-03",
            "monday,               2026-12-07",
            "wednesday,            2026-12-09", // strictly after today, never today
            "wed,                  2026-12-09",
            "next friday,          2026-12-11", // Friday of next calendar week
            "Next Fri,             2026-12-11",
            "next monday,          2026-12-07",
            "next wednesday,       2026-12-09",
            "next sunday,          2026-12-13",
            "in 0 days,            2026-12-02",
            "in 1 day,             2026-12-03",
            "in 3 days,            2026-12-05",
            "'in  30   days',      2027-01-01",
            "in 1 week,            2026-12-09",
            "in 2 weeks,           2026-12-16",
            "In 4 Weeks,           2026-12-30",
            "week 1,               2026-12-04",
            "week 3,               2026-12-18",
            "week3,                2026-12-18",
            "Week 5,               2027-01-01",
    })
    void every_accepted_form_reads_as_the_date_a_user_means(String input, LocalDate expected) {
        assertThat(DateParser.parse(input, WEDNESDAY, PLAN_START_MONDAY)).isEqualTo(new Parsed(expected));
    }

    @ParameterizedTest(name = "on {0} \"{1}\" means {2}")
    @CsvSource({
            "2026-12-04, friday,      2026-12-11", // on a Friday, "friday" is a week later
            "2026-12-04, next friday, 2026-12-11",
            "2026-12-04, monday,      2026-12-07",
            "2026-12-04, next monday, 2026-12-07",
            "2026-12-06, friday,      2026-12-11", // on a Sunday both mean the coming Friday
            "2026-12-06, next friday, 2026-12-11",
            "2026-12-06, next monday, 2026-12-07",
            "2026-11-30, next monday, 2026-12-07", // on a Monday, a week later
            "2026-11-30, monday,      2026-12-07",
            "2026-12-31, tomorrow,    2027-01-01", // across the year end
            "2026-12-31, friday,      2027-01-01",
            "2026-12-31, next friday, 2027-01-08",
            "2026-12-31, in 1 week,   2027-01-07",
            "2026-12-31, 31 Dec,      2026-12-31",
            "2026-12-31, 30 Dec,      2027-12-30",
            "2026-01-31, in 1 day,    2026-02-01", // across the month end
            "2028-02-29, in 1 day,    2028-03-01",
            "2028-02-29, 29 Feb,      2028-02-29",
            "2028-03-01, 29 Feb,      2032-02-29",
    })
    void relative_forms_count_from_the_given_today(LocalDate today, String input, LocalDate expected) {
        assertThat(DateParser.parse(input, today)).isEqualTo(new Parsed(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({
            "'',                    Please type a date",
            "'   ',                 Please type a date",
            "31 Feb,                February has no day 31",
            "Feb 30,                February has no day 30",
            "32 Dec,                December has no day 32",
            "0 Dec,                 December has no day 0",
            "2026-13-01,            `2026-13-01` is not a real date",
            "2026-02-29,            `2026-02-29` is not a real date",
            "2026-12-32,            `2026-12-32` is not a real date",
            "15/12,                 `15/12` is ambiguous",
            "12/15/2026,            `12/15/2026` is ambiguous",
            "15.12,                 `15.12` is ambiguous",
            "banana,                `banana` is not a date I understand",
            "next banana,           `next banana` is not a date I understand",
            "next week,             `next week` is not a date I understand",
            "in -3 days,            `in -3 days` is not a date I understand",
            "in 3 months,           `in 3 months` is not a date I understand",
            "15 Dec 2026,           `15 dec 2026` is not a date I understand",
            "`rm -rf`,              `rm -rf` is not a date I understand",
            "in 99999 days,         more than 5 years away",
            "in 9999999999 days,    more than 5 years away",
            "in 300 weeks,          more than 5 years away",
            "2099-01-01,            `2099-01-01` is more than 5 years away",
            "2020-01-01,            `2020-01-01` is more than 5 years away",
            "week 0,                `week 0` is outside that",
            "week 500,              `week 500` is outside that",
            "week 99999999999,      `week 99999999999` is outside that",
    })
    void bad_input_is_refused_with_what_was_wrong_and_the_accepted_forms(String input, String problem) {
        Result result = DateParser.parse(input, WEDNESDAY, PLAN_START_MONDAY);

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.message())
                .contains(problem)
                .endsWith("Try one of: " + DateParser.ACCEPTED_FORMS + "."));
    }

    @ParameterizedTest(name = "\"{0}\" without a plan start is refused")
    @CsvSource({"week 3", "week3"})
    void week_n_without_a_plan_start_date_is_refused(String input) {
        Result result = DateParser.parse(input, WEDNESDAY);

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.message())
                .contains("counts from the plan's start date")
                .contains(DateParser.ACCEPTED_FORMS));
    }

    @Test
    void missing_input_is_refused_like_empty_input() {
        assertThat(DateParser.parse(null, WEDNESDAY)).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.message()).startsWith("Please type a date."));
    }

    @Test
    void input_longer_than_a_hundred_characters_is_refused_without_echoing_it() {
        String tooLong = "in 3 days " + "x".repeat(DateParser.MAX_INPUT_LENGTH);

        assertThat(DateParser.parse(tooLong, WEDNESDAY)).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.message())
                        .startsWith("That is too long for a date.")
                        .doesNotContain("xxx")
                        .contains(DateParser.ACCEPTED_FORMS));
    }

    @Test
    void surrounding_whitespace_does_not_count_towards_the_length_limit() {
        String padded = " ".repeat(60) + "friday" + " ".repeat(60);

        assertThat(DateParser.parse(padded, WEDNESDAY)).isEqualTo(new Parsed(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void accepted_forms_list_every_form_with_an_example() {
        assertThat(DateParser.ACCEPTED_FORMS).isEqualTo("`2026-12-15`, `15 Dec`, `Dec 15`, `today`, `tomorrow`, "
                + "`friday`, `next friday`, `in 3 days`, `in 2 weeks`, `week 3`");
    }

    @ParameterizedTest(name = "\"{0}\" is titled \"{1}\" and due {2}")
    @CsvSource({
            "Send the contract by friday,          Send the contract,        2026-12-04",
            "Sign-off by legal by Dec 15,          Sign-off by legal,        2026-12-15",
            "'  Security review BY week 3  ',      Security review,          2026-12-18",
            "Pilot go/no-go by in 2 weeks,         Pilot go/no-go,           2026-12-16",
    })
    void a_phrase_ending_in_by_and_a_date_splits_into_title_and_due_date(
            String phrase, String title, LocalDate due) {
        assertThat(DateParser.splitTrailingBy(phrase, WEDNESDAY, PLAN_START_MONDAY))
                .contains(new TitleAndDate(title, due));
    }

    @ParameterizedTest(name = "\"{0}\" has no trailing date")
    @CsvSource({
            "Review by legal",
            "by friday",
            "Send contract",
            "Send contract by 31 Feb",
            "Send contract by",
    })
    void a_phrase_without_a_readable_trailing_date_is_left_whole(String phrase) {
        assertThat(DateParser.splitTrailingBy(phrase, WEDNESDAY, PLAN_START_MONDAY)).isEmpty();
    }
}
