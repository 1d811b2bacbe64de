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
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.SamplePlans;

class IcsExportTest {

    private final IcsExport export = new IcsExport("https://mapbot.example.com");
    private final String ics = export.render(SamplePlans.document());
    private final ICalendar calendar = Biweekly.parse(ics).first();
    private final Map<String, VEvent> byUid = byUid(ics);

    @Test
    void one_event_per_open_customer_step_with_a_due_date() {
        assertThat(byUid.keySet()).containsExactlyInAnyOrder(uid(103), uid(104), uid(106), uid(109));
    }

    @Test
    void no_event_for_done_cancelled_undated_or_internal_steps() {
        assertThat(byUid).doesNotContainKeys(uid(101), uid(102), uid(107), uid(108), uid(105));
        assertThat(ics).doesNotContain(SamplePlans.INTERNAL_TITLE).doesNotContain("Finance says 12% max");
    }

    @Test
    void uids_name_the_step_the_workspace_and_the_deployments_domain() {
        assertThat(byUid).containsKey("step-103.T_SELLER@mapbot.example.com");
        assertThat(byUid(new IcsExport("http://LOCALHOST:3000/").render(SamplePlans.document())))
                .containsKey("step-103.T_SELLER@localhost");
    }

    @Test
    void two_installations_feeds_in_one_calendar_have_no_uid_in_common() {
        // The same step ids, as two databases give them: in another workspace, and in another deployment.
        Plan otherWorkspace = SamplePlans.plan("Acme Corp — Enterprise rollout", "T_OTHER", "Acme Corp");
        IcsExport otherDeployment = new IcsExport("https://mapbot.other.example.org:8443/map");

        var here = byUid.keySet();
        var elsewhere = byUid(export.render(SamplePlans.document(otherWorkspace))).keySet();
        var staging = byUid(otherDeployment.render(SamplePlans.document())).keySet();

        assertThat(here).hasSize(4).doesNotContainAnyElementsOf(elsewhere).doesNotContainAnyElementsOf(staging);
        assertThat(elsewhere).hasSize(4).doesNotContainAnyElementsOf(staging);
    }

    @Test
    void a_changed_step_keeps_its_uid_so_calendars_move_the_event() {
        var moved = SamplePlans.step(109, 9, "Signing (board)", Side.CUSTOMER, Owner.named("Jane Doe (CFO)"),
                LocalDate.of(2025, 5, 2), StepStatus.TODO, null, false);
        var document = PlanDocument.forCustomer(SamplePlans.plan("Deal"), List.of(moved), SamplePlans.TODAY, null, Map.of());

        assertThat(byUid(export.render(document))).containsOnlyKeys(uid(109));
    }

    @Test
    void events_are_all_day_on_the_due_date_and_end_the_next_day() {
        VEvent signing = byUid.get(uid(109));

        assertThat(signing.getDateStart().getValue().hasTime()).isFalse();
        assertThat(day(signing.getDateStart().getValue())).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(day(signing.getDateEnd().getValue())).isEqualTo(LocalDate.of(2025, 4, 19));
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250418", "DTEND;VALUE=DATE:20250419",
                "DTSTART;VALUE=DATE:20250321", "DTEND;VALUE=DATE:20250322");
    }

    @Test
    void summary_names_step_and_plan_and_description_gives_owner_and_status() {
        VEvent test = byUid.get(uid(103));

        assertThat(test.getSummary().getValue()).isEqualTo("Technical test — Acme Corp — Enterprise rollout");
        assertThat(test.getDescription().getValue()).contains("Owner: Jürgen Weiß (IT)", "Status: In progress");
        assertThat(byUid.get(uid(104)).getDescription().getValue())
                .contains("Owner: Slack user", "Status: To do");
        assertThat(test.getDescription().getValue()).endsWith("Step 3 of the mutual action plan with Acme Corp.");
    }

    @Test
    void a_plan_without_a_customer_name_is_described_without_one() {
        Plan noCustomer = SamplePlans.plan("Enterprise rollout", "T_SELLER", null);

        VEvent test = byUid(export.render(SamplePlans.document(noCustomer))).get(uid(103));

        assertThat(test.getDescription().getValue()).endsWith("Step 3 of the mutual action plan.").doesNotContain("null");
    }

    @Test
    void calendar_is_named_after_the_plan() {
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue())
                .isEqualTo("Acme Corp — Enterprise rollout — mutual action plan");
    }

    @Test
    void the_same_plan_always_gives_the_same_feed() {
        assertThat(export.render(SamplePlans.document())).isEqualTo(ics);
    }

    @Test
    void a_plan_with_nothing_open_gives_an_empty_but_valid_calendar() {
        var document = org.mapbot.share.PlanDocument.forCustomer(SamplePlans.plan("Deal"), List.of(),
                SamplePlans.TODAY, null, Map.of());

        ICalendar empty = Biweekly.parse(export.render(document)).first();

        assertThat(empty).isNotNull();
        assertThat(empty.getEvents()).isEmpty();
    }

    private static String uid(long stepId) {
        return "step-" + stepId + ".T_SELLER@mapbot.example.com";
    }

    private static Map<String, VEvent> byUid(String ics) {
        return Biweekly.parse(ics).first().getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
    }

    /** biweekly hands date-only values back as midnight in the JVM's default zone. */
    private static LocalDate day(ICalDate date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
