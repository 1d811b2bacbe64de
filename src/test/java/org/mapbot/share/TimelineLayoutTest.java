package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private final TimelineLayout layout = TimelineLayout.of(SamplePlans.document());

    @Test
    void axis_runs_from_plan_start_past_the_latest_of_target_due_dates_today_and_projection() {
        assertThat(layout.axisStart()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(layout.axisEnd()).isAfter(LocalDate.of(2025, 4, 25));
        assertThat(layout.position(layout.axisStart())).isZero();
        assertThat(layout.position(layout.axisEnd())).isEqualTo(1.0);
    }

    @Test
    void rows_hold_dated_steps_that_still_happen_with_their_marker() {
        assertThat(layout.rows()).extracting(TimelineRow::title, TimelineRow::marker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Discovery call", TimelineMarker.DONE),
                org.assertj.core.groups.Tuple.tuple("Product demo", TimelineMarker.DONE),
                org.assertj.core.groups.Tuple.tuple("Technical test", TimelineMarker.OPEN),
                org.assertj.core.groups.Tuple.tuple("Business case", TimelineMarker.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Security review", TimelineMarker.OPEN),
                org.assertj.core.groups.Tuple.tuple("Signing", TimelineMarker.OPEN));
        assertThat(layout.undated()).extracting(step -> step.title()).containsExactly("Contract review");
    }

    @Test
    void positions_grow_with_the_date() {
        assertThat(layout.rows()).allSatisfy(row ->
                assertThat(row.position()).isEqualTo(layout.position(row.due())).isBetween(0.0, 1.0));
        assertThat(layout.position(layout.today())).isLessThan(layout.position(layout.target()));
    }

    @Test
    void ticks_are_mondays_inside_the_axis_and_at_most_ten() {
        assertThat(layout.ticks()).isNotEmpty().hasSizeLessThanOrEqualTo(10)
                .allSatisfy(tick -> assertThat(tick.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY))
                .allSatisfy(tick -> assertThat(tick).isBetween(layout.axisStart(), layout.axisEnd()));
    }
}
