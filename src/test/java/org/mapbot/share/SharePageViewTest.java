package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharePageViewTest {

    private final String page = SharePageView.render(SamplePlans.document());

    @Test
    void page_shows_title_parties_dates_progress_and_every_customer_step() {
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("Acme Corp — Enterprise rollout", "Acme Corp", "Seller owner", "Dana Seller",
                        "Target date", "18 Apr 2025", "Projected finish", "25 Apr 2025",
                        "2 of 7 steps done (28%)", "1 overdue");
        SamplePlans.customerSteps().forEach(step -> assertThat(page).contains(step.title()));
        assertThat(page).contains("Jürgen Weiß (IT)", "Customer – Security", "Jane Doe (CFO)", "Slack user",
                "Unassigned", "7 Mar 2025", "28 Mar 2025", "Waiting for SOC 2 report", "In progress", "Blocked");
    }

    @Test
    void owner_names_with_quotes_are_escaped() {
        assertThat(page).contains("Sam &quot;The Closer&quot; O&#39;Brien")
                .doesNotContain(SamplePlans.QUOTED_OWNER);
    }

    @Test
    void a_script_in_the_title_is_escaped_and_never_appears_raw() {
        String hostile = SharePageView.render(SamplePlans.document("<script>alert(1)</script>"));

        assertThat(hostile).doesNotContain("<script>").doesNotContainIgnoringCase("<script")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void internal_steps_never_reach_the_page() {
        assertThat(page).doesNotContain(SamplePlans.INTERNAL_TITLE).doesNotContain("Finance says 12% max");
    }

    @Test
    void page_works_without_javascript_prints_well_and_stays_out_of_search_engines() {
        assertThat(page).doesNotContainIgnoringCase("<script")
                .contains("<meta name=\"robots\" content=\"noindex\">", "@media print", "<svg", "</html>");
    }

    @Test
    void timeline_marks_today_and_target_and_labels_each_kind_of_marker() {
        assertThat(page).contains("Today 26 Mar", "Target 18 Apr", "Done · 7 Mar", "Overdue · 21 Mar",
                "Open · 28 Mar");
    }

    @Test
    void not_found_page_is_generic_and_carries_no_plan_data() {
        String notFound = SharePageView.notFoundPage();

        assertThat(notFound).contains("Page not found", "noindex").doesNotContainIgnoringCase("<script")
                .doesNotContain("Acme", "Dana", "Discovery", "2025");
    }

    @Test
    void long_step_titles_are_cut_on_the_timeline_between_characters_never_inside_an_emoji() {
        String title = "Kick-off with the whole team! 🎉🎉🎉🎉🎉🎉🎉🎉";
        var steps = java.util.List.of(SamplePlans.step(1, 1, title, org.mapbot.plan.domain.Side.BOTH, org.mapbot.plan.domain.Owner.NOBODY,
                SamplePlans.TODAY, org.mapbot.plan.domain.StepStatus.TODO, null, false));
        var document = PlanDocument.forCustomer(SamplePlans.plan("Deal"), steps, SamplePlans.TODAY, null, java.util.Map.of());

        String svg = TimelineSvg.render(TimelineLayout.of(document));

        assertThat(svg).contains("1. Kick-off with the whole team! 🎉🎉🎉🎉…");
        assertThat(svg.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE || c == '?');
    }
}
