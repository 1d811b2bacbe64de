package org.mapbot.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Calendar arithmetic over working days, Monday to Friday. Public holidays are not known here: they
 * differ per organisation and country, and a reminder on a holiday is harmless.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The given date if it is a working day, otherwise the following Monday. */
    public static LocalDate nextWorkingDay(LocalDate onOrAfter) {
        LocalDate date = onOrAfter;
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** The given date if it is a working day, otherwise the Friday before. */
    public static LocalDate previousWorkingDay(LocalDate onOrBefore) {
        LocalDate date = onOrBefore;
        while (!isWorkingDay(date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    /**
     * Moves {@code n} working days forward (or backward when negative), counting only the working
     * days stepped onto. The start itself is never counted, so from a weekend the first step forward
     * lands on Monday and the first step back on Friday: Saturday + 1 = Monday, Saturday − 1 = Friday.
     * {@code n = 0} returns the date unchanged, even on a weekend.
     */
    public static LocalDate addWorkingDays(LocalDate date, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate result = date;
        while (remaining > 0) {
            result = result.plusDays(step);
            if (isWorkingDay(result)) {
                remaining--;
            }
        }
        return result;
    }

    /**
     * The date a "week N" deadline means. Week 1 is the seven calendar days starting on the plan's
     * start date, week N the seven days after week N−1; the deadline is the last working day of that
     * window, i.e. {@code start + 7N − 1} days, moved back to the Friday if that is a weekend.
     * Start Monday 2026-11-30: week 1 is Friday 2026-12-04. Start Wednesday 2026-12-02: week 1 is
     * Tuesday 2026-12-08. Every seven-day window contains working days, so the result always lies
     * inside week N.
     *
     * @throws IllegalArgumentException if {@code weekNumber} is below 1
     */
    public static LocalDate lastWorkingDayOfWeek(LocalDate planStart, int weekNumber) {
        if (weekNumber < 1) {
            throw new IllegalArgumentException("Week numbers start at 1, got " + weekNumber);
        }
        LocalDate lastDayOfWeek = planStart.plusDays(7L * weekNumber - 1);
        return previousWorkingDay(lastDayOfWeek);
    }
}
