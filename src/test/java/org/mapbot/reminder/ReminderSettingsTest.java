package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.testkit.SlackRequests.checked;
import static org.mapbot.testkit.SlackRequests.optionPicked;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Plan;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;

class ReminderSettingsTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;
    private Plan plan;

    @BeforeEach
    void aPlanWithAStep() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
        plan = fx.planWithDigest();
        app.requests().seller("list"); // the plan is the channel's current one
        fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
    }

    private Map<String, Map<String, JsonObject>> form(JsonObject kinds, JsonObject lead) {
        return Map.of(ReminderActions.KINDS_BLOCK, Map.of(ReminderActions.KINDS_INPUT, kinds),
                ReminderActions.LEAD_BLOCK, Map.of(ReminderActions.LEAD_INPUT, lead));
    }

    @Test
    void map_settings_opens_the_form_with_the_plans_current_settings() {
        app.requests().seller("settings");

        String view = FakeSlack.unescaped(app.slack().calls("views.open").get(0).get("view"));
        assertThat(view).contains(ReminderActions.SETTINGS_MODAL).contains("Weekly digest").contains("2 working days");
    }

    @Test
    void saving_the_form_switches_kinds_off_and_re_plans_with_the_new_lead_time() {
        var response = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ReminderActions.SETTINGS_MODAL,
                Long.toString(plan.id()), form(checked("due_today", "overdue"), optionPicked("3")));

        assertThat(response.body()).doesNotContain("errors");
        assertThat(fx.reminders(plan)).extracting(Reminder::kind)
                .doesNotContain(ReminderKind.DUE_SOON, ReminderKind.STATUS_CHECK, ReminderKind.DIGEST)
                .contains(ReminderKind.DUE_TODAY, ReminderKind.OVERDUE);
    }

    @Test
    void a_customer_or_a_tampered_form_changes_nothing_and_says_why() {
        var customer = app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, ReminderActions.SETTINGS_MODAL,
                Long.toString(plan.id()), form(checked(), optionPicked("0")));
        var badPlan = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ReminderActions.SETTINGS_MODAL,
                "not-a-plan", form(checked(), optionPicked("0")));
        var badKind = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ReminderActions.SETTINGS_MODAL,
                Long.toString(plan.id()), form(checked("every_minute"), optionPicked("2")));
        var badLead = app.requests().viewSubmission(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ReminderActions.SETTINGS_MODAL,
                Long.toString(plan.id()), form(checked("due_soon"), optionPicked("99; drop table reminder")));

        assertThat(customer.body()).contains("errors").contains("Only the seller team");
        assertThat(badPlan.body()).contains("errors");
        assertThat(badKind.body()).contains("errors").contains("listed reminders");
        assertThat(badLead.body()).contains("errors").contains("Choose 0 to");
        assertThat(fx.reminders(plan)).extracting(Reminder::kind).contains(ReminderKind.DUE_SOON, ReminderKind.STATUS_CHECK);
    }
}
