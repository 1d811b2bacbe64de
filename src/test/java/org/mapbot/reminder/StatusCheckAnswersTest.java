package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.reminder.ReminderFixture.utc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.domain.Limits;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;

class StatusCheckAnswersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private ReminderFixture fx;
    private Plan plan;
    private Step step;
    private long checkId;

    @BeforeEach
    void statusCheckPosted() {
        fx = new ReminderFixture(app);
        fx.cacheUsers();
        plan = fx.plan();
        step = fx.customerStep(plan, "Security review", LocalDate.of(2026, 12, 11));
        app.dsl().execute("update reminder set state = 'skipped' where kind <> 'status_check'");
        assertThat(fx.sweepAt(utc("2026-12-18T13:00:00Z"))).hasSize(1); // 08:00 in the plan's New York
        checkId = fx.only(plan, ReminderKind.STATUS_CHECK, Slackers.SHARED_CHANNEL).id();
    }

    @Test
    void done_marks_the_step_done_records_history_and_turns_the_question_into_the_answer() {
        click(ReminderActions.DONE);

        assertThat(step().status()).isEqualTo(StepStatus.DONE);
        assertThat(history()).anySatisfy(e -> assertThat(e.newValue()).isEqualTo("done"));
        Map<String, String> update = awaitUpdate();
        assertThat(update.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
        assertThat(update.get("text")).contains("<@" + Slackers.CUSTOMER_USER + "> marked it done");
        assertThat(update.get("blocks")).doesNotContain("\"actions\"");
        assertThat(app.dsl().fetchValue("select answer from reminder where id = " + checkId)).isEqualTo("done");
        assertThat(app.dsl().fetchValue("select count(*) from reminder where kind = 'no_answer' and state = 'pending'"))
                .isEqualTo(0L);
    }

    @Test
    void not_needed_cancels_the_step() {
        click(ReminderActions.NOT_NEEDED);

        assertThat(step().status()).isEqualTo(StepStatus.CANCELLED);
        assertThat(awaitUpdate().get("text")).contains("not needed");
    }

    @Test
    void new_date_opens_a_modal_and_its_submission_moves_the_date_with_the_reason() {
        click(ReminderActions.NEW_DATE);
        app.slack().awaitCalls("views.open", 1);
        assertThat(app.slack().calls("views.open").get(0).get("view")).contains(ReminderActions.NEW_DATE_MODAL);

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, ReminderActions.NEW_DATE_MODAL,
                Long.toString(checkId), Map.of(
                        ReminderActions.DATE_BLOCK, Map.of(ReminderActions.DATE_INPUT, SlackRequests.datePicked("2027-01-08")),
                        ReminderActions.REASON_BLOCK, Map.of(ReminderActions.REASON_INPUT, SlackRequests.text("legal is on holiday"))));

        assertThat(step().dueDate()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(history()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("due_date");
            assertThat(e.reason()).isEqualTo("legal is on holiday");
        });
        assertThat(awaitUpdate().get("text")).contains("moved it to").contains("legal is on holiday");
        assertThat(fx.reminders(plan)).filteredOn(r -> r.state() == ReminderState.PENDING && r.stepId() != null)
                .extracting(Reminder::forDate).containsOnly(LocalDate.of(2027, 1, 8));
    }

    @Test
    void blocked_asks_for_the_reason_and_marks_the_step_blocked() {
        click(ReminderActions.BLOCKED);
        app.slack().awaitCalls("views.open", 1);

        app.requests().viewSubmission(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, ReminderActions.BLOCKED_MODAL,
                Long.toString(checkId), Map.of(ReminderActions.REASON_BLOCK,
                        Map.of(ReminderActions.REASON_INPUT, SlackRequests.text("waiting for the security questionnaire"))));

        assertThat(step().status()).isEqualTo(StepStatus.BLOCKED);
        assertThat(awaitUpdate().get("text")).contains("marked it blocked").contains("security questionnaire");
        assertThat(fx.sweepAt(utc("2026-12-22T14:00:00Z"))).as("an answered check is not chased")
                .extracting(p -> p.get("channel")).doesNotContain(Slackers.SELLER_USER);
    }

    @Test
    void the_reason_fields_let_people_type_exactly_as_much_as_the_app_accepts() {
        click(ReminderActions.NEW_DATE);
        click(ReminderActions.BLOCKED);

        List<Map<String, String>> opened = app.slack().awaitCalls("views.open", 2);
        assertThat(opened).extracting(call -> reasonMaxLength(call.get("view"))).containsExactly(Limits.REASON, Limits.REASON);
    }

    private static int reasonMaxLength(String view) {
        for (var block : com.google.gson.JsonParser.parseString(view).getAsJsonObject().getAsJsonArray("blocks")) {
            var input = block.getAsJsonObject();
            if (ReminderActions.REASON_BLOCK.equals(input.has("block_id") ? input.get("block_id").getAsString() : null)) {
                return input.getAsJsonObject("element").get("max_length").getAsInt();
            }
        }
        throw new AssertionError("No reason field in " + view);
    }

    @Test
    void a_customer_cannot_answer_for_a_seller_side_step_and_is_told_why() {
        Step sellers = fx.step(plan, "Send the quote", org.mapbot.plan.domain.Owner.slackUser(Slackers.SELLER_COLLEAGUE,
                Slackers.SELLER_TEAM), org.mapbot.plan.domain.Side.SELLER, LocalDate.of(2027, 1, 8), false); // reminders still ahead
        long id = fx.reminders(plan).stream().filter(r -> r.stepId() != null && r.stepId() == sellers.id())
                .findFirst().orElseThrow().id();

        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                ReminderActions.DONE, Long.toString(id));

        app.slack().awaitResponses(1);
        assertThat(app.slack().responses().get(0).toString()).contains("Only the seller team");
        assertThat(fx.plans().view(plan.id()).orElseThrow().steps()).filteredOn(s -> s.id() == sellers.id())
                .extracting(Step::status).containsExactly(StepStatus.TODO);
    }

    private void click(String action) {
        var response = app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "1700000000.000100", action, Long.toString(checkId));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Step step() {
        return fx.plans().view(plan.id()).orElseThrow().steps().stream().filter(s -> s.id() == step.id()).findFirst().orElseThrow();
    }

    private List<PlanEvent> history() {
        return fx.plans().history(fx.plans().plan(plan.id()).orElseThrow(), java.util.Optional.of(step), 20);
    }

    private Map<String, String> awaitUpdate() {
        return app.slack().awaitCall("chat.update", call -> !FakeSlack.isPlanCard(call));
    }
}
