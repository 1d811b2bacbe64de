package org.mapbot.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the due dates people type. Matching ignores case and surrounding whitespace; runs of inner
 * whitespace count as one space.
 *
 * <ul>
 *   <li>{@code 2026-12-15}: that exact date.</li>
 *   <li>{@code 15 Dec}, {@code Dec 15}, {@code 15 December}, {@code December 15} (also {@code 15th Dec}):
 *       the next such date on or after today, so {@code Jan 5} typed in December means next January.
 *       {@code 29 Feb} means the next 29 February that exists.</li>
 *   <li>{@code today}, {@code tomorrow}.</li>
 *   <li>{@code friday} or {@code fri}: the next Friday strictly after today, so on a Friday it means a
 *       week later, never today.</li>
 *   <li>{@code next friday}: the Friday of next calendar week, weeks running Monday to Sunday. On a
 *       Wednesday {@code friday} is in two days and {@code next friday} in nine; on a Sunday both mean
 *       the coming Friday.</li>
 *   <li>{@code in 3 days}, {@code in 1 week}, {@code in 2 weeks}: calendar days from today.</li>
 *   <li>{@code week 3} or {@code week3}: the last working day of the plan's third week, see
 *       {@link WorkingDays#lastWorkingDayOfWeek}. Needs the plan's start date.</li>
 * </ul>
 *
 * Numeric forms such as {@code 15/12} are refused on purpose: half the world reads them the other way
 * round. Dates more than {@value #MAX_YEARS_AWAY} years before or after today are refused as typos.
 *
 * <p>Hand-written on purpose: natural-language date libraries (Natty, PrettyTime's parser) guess, and a guess here
 * is a wrong deadline in a customer commitment. This grammar is small, exact, relative to the plan ("week 3"), and
 * refuses what it cannot read with the forms it accepts.
 */
public final class DateParser {

    public static final String ACCEPTED_FORMS = "`2026-12-15`, `15 Dec`, `Dec 15`, `today`, `tomorrow`, "
            + "`friday`, `next friday`, `in 3 days`, `in 2 weeks`, `week 3`";
    public static final int MAX_INPUT_LENGTH = 100;
    public static final int MAX_YEARS_AWAY = 5;
    public static final int MAX_WEEK_NUMBER = 52 * MAX_YEARS_AWAY;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern WEEKDAY = Pattern.compile("(next )?([a-z]+)");
    private static final Pattern IN_DAYS_OR_WEEKS = Pattern.compile("in (\\d+) (day|days|week|weeks)");
    private static final Pattern WEEK_NUMBER = Pattern.compile("week ?(\\d+)");
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("\\d{1,4}[/.]\\d{1,2}(?:[/.]\\d{1,4})?");
    private static final Pattern TRAILING_BY = Pattern.compile("(?is)(.*\\S)\\s+by\\s+(\\S.*?)\\s*");
    private static final int MAX_DIGITS = 6;

    public sealed interface Result permits Parsed, Invalid {
    }

    public record Parsed(LocalDate date) implements Result {
    }

    /** {@code message} says what was wrong and ends with the accepted forms, ready to show the user. */
    public record Invalid(String message) implements Result {
    }

    /** A phrase split into its title and the date after its last {@code by}. */
    public record TitleAndDate(String title, LocalDate date) {
    }

    private DateParser() {
    }

    public static Result parse(String text, LocalDate today) {
        return parse(text, today, Optional.empty());
    }

    public static Result parse(String text, LocalDate today, Optional<LocalDate> planStart) {
        if (text == null || text.isBlank()) {
            return invalid("Please type a date.");
        }
        String trimmed = text.trim();
        if (trimmed.length() > MAX_INPUT_LENGTH) {
            return invalid("That is too long for a date.");
        }
        String input = trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Result result = parseNormalised(input, today, planStart);
        if (result instanceof Parsed parsed && isTooFarFrom(today, parsed.date())) {
            return invalid("`" + parsed.date() + "` is more than " + MAX_YEARS_AWAY + " years away.");
        }
        return result;
    }

    /**
     * Splits {@code "Send the contract by friday"} into the title {@code "Send the contract"} and the
     * date. Only the last {@code by} counts, so {@code "Sign-off by legal by friday"} keeps
     * {@code "Sign-off by legal"} as the title. Empty when the phrase does not end in
     * {@code by <date>}: {@code "Review by legal"} is a title without a date.
     */
    public static Optional<TitleAndDate> splitTrailingBy(String text, LocalDate today, Optional<LocalDate> planStart) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TRAILING_BY.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (parse(matcher.group(2), today, planStart) instanceof Parsed parsed) {
            return Optional.of(new TitleAndDate(matcher.group(1).trim(), parsed.date()));
        }
        return Optional.empty();
    }

    private static Result parseNormalised(String input, LocalDate today, Optional<LocalDate> planStart) {
        if (input.equals("today")) {
            return new Parsed(today);
        }
        if (input.equals("tomorrow")) {
            return new Parsed(today.plusDays(1));
        }
        Matcher matcher;
        if ((matcher = ISO.matcher(input)).matches()) {
            return isoDate(input, matcher);
        }
        if ((matcher = IN_DAYS_OR_WEEKS.matcher(input)).matches()) {
            return inDaysOrWeeks(matcher.group(1), matcher.group(2), today);
        }
        if ((matcher = WEEK_NUMBER.matcher(input)).matches()) {
            return weekNumber(matcher.group(1), planStart);
        }
        if ((matcher = DAY_MONTH.matcher(input)).matches() && monthNamed(matcher.group(2)).isPresent()) {
            return dayOfMonth(matcher.group(1), monthNamed(matcher.group(2)).get(), today);
        }
        if ((matcher = MONTH_DAY.matcher(input)).matches() && monthNamed(matcher.group(1)).isPresent()) {
            return dayOfMonth(matcher.group(2), monthNamed(matcher.group(1)).get(), today);
        }
        if ((matcher = WEEKDAY.matcher(input)).matches() && weekdayNamed(matcher.group(2)).isPresent()) {
            DayOfWeek day = weekdayNamed(matcher.group(2)).get();
            return new Parsed(matcher.group(1) == null ? comingWeekday(today, day) : weekdayOfNextWeek(today, day));
        }
        if (NUMERIC_DAY_MONTH.matcher(input).matches()) {
            return invalid(quote(input) + " is ambiguous: day/month or month/day? Write the month as a word or "
                    + "use year-month-day.");
        }
        return invalid(quote(input) + " is not a date I understand.");
    }

    private static Result isoDate(String input, Matcher matcher) {
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return invalid(quote(input) + " is not a real date.");
        }
    }

    private static Result inDaysOrWeeks(String amountText, String unit, LocalDate today) {
        if (amountText.length() > MAX_DIGITS) {
            return invalid("`in " + amountText + " " + unit + "` is more than " + MAX_YEARS_AWAY + " years away.");
        }
        int amount = Integer.parseInt(amountText);
        return new Parsed(unit.startsWith("week") ? today.plusWeeks(amount) : today.plusDays(amount));
    }

    private static Result weekNumber(String numberText, Optional<LocalDate> planStart) {
        if (planStart.isEmpty()) {
            return invalid("`week N` counts from the plan's start date, and this plan has none. "
                    + "Use a date such as `15 Dec` instead.");
        }
        int week = numberText.length() > MAX_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(numberText);
        if (week < 1 || week > MAX_WEEK_NUMBER) {
            return invalid("Weeks run from `week 1` (the plan's first seven days) to `week " + MAX_WEEK_NUMBER
                    + "`; `week " + numberText + "` is outside that.");
        }
        return new Parsed(WorkingDays.lastWorkingDayOfWeek(planStart.get(), week));
    }

    private static Result dayOfMonth(String dayText, Month month, LocalDate today) {
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > month.maxLength()) {
            return invalid(displayName(month) + " has no day " + day + ".");
        }
        MonthDay monthDay = MonthDay.of(month, day);
        // Only 29 February can be missing from a year; it recurs within eight years.
        for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(today)) {
                return new Parsed(monthDay.atYear(year));
            }
        }
        throw new IllegalStateException("No " + monthDay + " within eight years of " + today);
    }

    private static LocalDate comingWeekday(LocalDate today, DayOfWeek day) {
        return today.with(TemporalAdjusters.next(day));
    }

    private static LocalDate weekdayOfNextWeek(LocalDate today, DayOfWeek day) {
        LocalDate mondayOfNextWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        return mondayOfNextWeek.plusDays(day.getValue() - 1L);
    }

    private static Optional<Month> monthNamed(String word) {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 3))) {
                return Optional.of(month);
            }
        }
        return word.equals("sept") ? Optional.of(Month.SEPTEMBER) : Optional.empty();
    }

    private static Optional<DayOfWeek> weekdayNamed(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (word.equals(name) || word.equals(name.substring(0, 3))) {
                return Optional.of(day);
            }
        }
        return switch (word) {
            case "tues" -> Optional.of(DayOfWeek.TUESDAY);
            case "thur", "thurs" -> Optional.of(DayOfWeek.THURSDAY);
            default -> Optional.empty();
        };
    }

    private static String displayName(Month month) {
        String name = month.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isTooFarFrom(LocalDate today, LocalDate date) {
        return date.isAfter(today.plusYears(MAX_YEARS_AWAY)) || date.isBefore(today.minusYears(MAX_YEARS_AWAY));
    }

    /** What was typed, as a code span it cannot close; the Slack side escapes entities when it shows the message. */
    private static String quote(String input) {
        return "`" + input.replace("`", "") + "`";
    }

    private static Invalid invalid(String problem) {
        return new Invalid(problem + " Try one of: " + ACCEPTED_FORMS + ".");
    }
}
