package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mapbot.share.SamplePlans;

class IcsExportTest {

    private final String ics = IcsExport.render(SamplePlans.document());
    private final ICalendar calendar = Biweekly.parse(ics).first();
    private final Map<String, VEvent> byUid = calendar.getEvents().stream()
            .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));

    @Test
    void one_event_per_open_customer_step_with_a_due_date() {
        assertThat(byUid.keySet()).containsExactlyInAnyOrder(
                "step-103@mapbot", "step-104@mapbot", "step-106@mapbot", "step-109@mapbot");
    }

    @Test
    void no_event_for_done_cancelled_undated_or_internal_steps() {
        assertThat(byUid).doesNotContainKeys("step-101@mapbot", "step-102@mapbot", "step-107@mapbot",
                "step-108@mapbot", "step-105@mapbot");
        assertThat(ics).doesNotContain(SamplePlans.INTERNAL_TITLE).doesNotContain("Finance says 12% max");
    }

    @Test
    void events_are_all_day_on_the_due_date_and_end_the_next_day() {
        VEvent signing = byUid.get("step-109@mapbot");

        assertThat(signing.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(signing.getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(day(signing.getDateEnd().getValue())).isEqualTo(LocalDate.of(2025, 4, 19));
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250418", "DTEND;VALUE=DATE:20250419",
                "DTSTART;VALUE=DATE:20250321", "DTEND;VALUE=DATE:20250322");
    }

    @Test
    void summary_names_step_and_plan_and_description_gives_owner_and_status() {
        VEvent test = byUid.get("step-103@mapbot");

        assertThat(test.getSummary().getValue()).isEqualTo("Technical test — Acme Corp — Enterprise rollout");
        assertThat(test.getDescription().getValue()).contains("Owner: Jürgen Weiß (IT)", "Status: In progress");
        assertThat(byUid.get("step-104@mapbot").getDescription().getValue())
                .contains("Owner: Slack user", "Status: To do");
    }

    @Test
    void calendar_is_named_after_the_plan() {
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Acme Corp — Enterprise rollout — mutual action plan");
    }

    @Test
    void the_same_plan_always_gives_the_same_feed() {
        assertThat(IcsExport.render(SamplePlans.document())).isEqualTo(ics);
    }

    @Test
    void a_plan_with_nothing_open_gives_an_empty_but_valid_calendar() {
        var document = org.mapbot.share.PlanDocument.forCustomer(SamplePlans.plan("Deal"), List.of(),
                SamplePlans.TODAY, null, Map.of());

        ICalendar empty = Biweekly.parse(IcsExport.render(document)).first();

        assertThat(empty).isNotNull();
        assertThat(empty.getEvents()).isEmpty();
    }

    /** biweekly hands date-only values back as midnight in the JVM's default zone. */
    private static LocalDate day(ICalDate date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
