package org.mapbot.share;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/**
 * Where things sit on a plan's timeline, as positions from 0 (axis start) to 1 (axis end).
 * The share page's SVG and the PDF both draw from this, each scaling to its own width, so the
 * two pictures always agree.
 */
public record TimelineLayout(
        LocalDate axisStart,
        LocalDate axisEnd,
        List<TimelineRow> rows,
        List<LocalDate> ticks,
        LocalDate today,
        LocalDate target,
        LocalDate projectedFinish,
        List<Step> undated) {

    private static final int MAX_TICKS = 10;
    private static final int MIN_MARGIN_DAYS = 4;

    public static TimelineLayout of(PlanDocument document) {
        LocalDate today = document.today();
        LocalDate target = document.plan().targetDate();
        // Cancelled steps no longer happen; they stay in the table but would only clutter the picture.
        List<Step> shown = document.steps().stream()
                .filter(step -> step.status() != StepStatus.CANCELLED)
                .toList();
        List<Step> dated = shown.stream().filter(step -> step.dueDate() != null).toList();
        List<Step> undated = shown.stream().filter(step -> step.dueDate() == null).toList();

        LocalDate start = Stream.concat(
                        Stream.of(document.plan().startDate(), today),
                        dated.stream().map(Step::dueDate))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate lastEvent = Stream.concat(
                        Stream.of(target, today, document.projectedFinish()),
                        dated.stream().map(Step::dueDate))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        long span = ChronoUnit.DAYS.between(start, lastEvent);
        LocalDate end = lastEvent.plusDays(Math.max(MIN_MARGIN_DAYS, span / 16));

        List<TimelineRow> rows = dated.stream()
                .map(step -> new TimelineRow(step.position(), step.title(), step.dueDate(),
                        TimelineMarker.of(step, today), fraction(start, end, step.dueDate())))
                .toList();
        return new TimelineLayout(start, end, rows, ticks(start, end), today, target,
                document.projectedFinish(), undated);
    }

    /** Where a date sits between axis start (0) and axis end (1). */
    public double position(LocalDate date) {
        return fraction(axisStart, axisEnd, date);
    }

    private static double fraction(LocalDate start, LocalDate end, LocalDate date) {
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        return ChronoUnit.DAYS.between(start, date) / (double) days;
    }

    /** Mondays every one, two or four weeks, or month starts for long plans: never more than ten labels. */
    private static List<LocalDate> ticks(LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end);
        List<LocalDate> ticks = new ArrayList<>();
        if (days <= 7L * 4 * MAX_TICKS) {
            int weeks = days <= 7L * MAX_TICKS ? 1 : days <= 14L * MAX_TICKS ? 2 : 4;
            for (LocalDate day = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                    !day.isAfter(end); day = day.plusWeeks(weeks)) {
                ticks.add(day);
            }
        } else {
            long months = ChronoUnit.MONTHS.between(start, end);
            int every = (int) Math.max(1, (months + MAX_TICKS - 1) / MAX_TICKS);
            for (LocalDate day = start.with(TemporalAdjusters.firstDayOfNextMonth());
                    !day.isAfter(end); day = day.plusMonths(every)) {
                ticks.add(day);
            }
        }
        return List.copyOf(ticks);
    }
}
