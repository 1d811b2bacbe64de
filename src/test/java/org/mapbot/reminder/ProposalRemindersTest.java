package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.REMINDER;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;
import static org.mapbot.reminder.ProposalFixture.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.Reminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderState;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * An unanswered proposal is reminded once, two working days after it was made, to the organisation that answers it:
 * the seller owner by DM, the customer in the card's thread. Its Accept and Decline answer like the card's.
 * The plan's seller owner and its zone are in Berlin (Slack says so); a proposal made on Thursday 3 December at 15:00
 * Berlin time is reminded on Monday 7 December at 15:00 (14:00 UTC), when two of their working days have passed.
 */
class ProposalRemindersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Instant THURSDAY_AFTERNOON = Instant.parse("2026-12-03T14:00:00Z");
    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-12-04T14:00:00Z");
    private static final Instant MONDAY_JUST_BEFORE = Instant.parse("2026-12-07T13:59:00Z");
    private static final Instant MONDAY_AFTERNOON = Instant.parse("2026-12-07T14:00:00Z");
    private static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-08T14:00:00Z");

    private ProposalFixture fx;

    @BeforeEach
    void agreed() {
        fx = new ProposalFixture(app);
    }

    @Test
    void a_customer_proposal_made_on_thursday_afternoon_reaches_the_seller_owner_by_dm_on_monday_afternoon_once() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        LocalDate proposed = fx.due(2).plusDays(7);
        fx.customerProposes(2, proposed, "waiting for legal", THURSDAY_AFTERNOON);

        assertThat(fx.sweepAt(FRIDAY_AFTERNOON)).as("one working day is not two").isEmpty();
        assertThat(fx.sweepAt(MONDAY_JUST_BEFORE)).isEmpty();
        List<Map<String, String>> sent = fx.sweepAt(MONDAY_AFTERNOON);
        assertThat(fx.sweepAt(TUESDAY_AFTERNOON)).as("once").isEmpty();

        assertThat(sent).hasSize(1);
        Map<String, String> dm = sent.get(0);
        assertThat(dm.get("channel")).as("a DM to the seller owner").isEqualTo(Slackers.SELLER_USER);
        assertThat(dm.get("thread_ts")).isNull();
        assertThat(text(dm)).contains("<@" + Slackers.CUSTOMER_USER + ">", "Internal pitch by the customer", proposed.toString(),
                "(was ", fx.due(2).toString(), "waiting for legal", CardIds.ACCEPT, CardIds.DECLINE)
                .doesNotContain("Discount approval");
        assertThat(fx.proposalReminders()).extracting(Reminder::state).containsExactly(ReminderState.SENT);
    }

    @Test
    void accept_on_the_reminder_applies_the_proposal_and_a_button_naming_another_proposal_changes_nothing() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        LocalDate proposed = fx.due(2).plusDays(7);
        fx.customerProposes(2, proposed, "waiting for legal", THURSDAY_AFTERNOON);
        long customers = fx.openProposal().getId();
        fx.sellerProposes(3, fx.due(3).plusDays(5), "quote needs approval", THURSDAY_AFTERNOON);
        long sellers = fx.proposals().get(1).getId();
        assertThat(fx.sweepAt(MONDAY_AFTERNOON)).extracting(p -> p.get("channel"))
                .containsExactlyInAnyOrder(Slackers.SELLER_USER, Slackers.SHARED_CHANNEL);

        fx.click(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ProposalFixture.SELLER_DM, ProposalFixture.DM_REMINDER_TS,
                CardIds.ACCEPT, sellers);
        assertThat(fx.lastAnswer()).contains("old or another plan's card");
        assertThat(fx.proposals()).extracting(r -> r.getState()).containsExactly("open", "open");

        fx.click(Slackers.SELLER_USER, Slackers.SELLER_TEAM, ProposalFixture.SELLER_DM, ProposalFixture.DM_REMINDER_TS,
                CardIds.ACCEPT, customers);

        assertThat(fx.lastAnswer()).contains("Accepted");
        assertThat(fx.due(2)).isEqualTo(proposed);
        assertThat(fx.proposals().get(0).getState()).isEqualTo("accepted");
        Map<String, String> shown = app.slack().awaitCall("chat.update", u -> ProposalFixture.DM_REMINDER_TS.equals(u.get("ts")));
        assertThat(shown.get("channel")).isEqualTo(ProposalFixture.SELLER_DM);
        assertThat(text(shown)).as("the reminder now says who answered what, without its buttons")
                .contains("<@" + Slackers.SELLER_USER + "> accepted").doesNotContain(CardIds.ACCEPT, CardIds.DECLINE);
    }

    @Test
    void a_seller_proposal_is_reminded_in_the_cards_thread_to_the_customer_who_alone_may_answer_it_there() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        LocalDate proposed = fx.due(3).plusDays(10);
        fx.sellerProposes(3, proposed, "quote needs approval", THURSDAY_AFTERNOON);
        long proposal = fx.openProposal().getId();

        assertThat(fx.sweepAt(MONDAY_JUST_BEFORE)).isEmpty();
        List<Map<String, String>> sent = fx.sweepAt(MONDAY_AFTERNOON);

        assertThat(sent).hasSize(1);
        Map<String, String> reply = sent.get(0);
        assertThat(reply.get("channel")).isEqualTo(Slackers.SHARED_CHANNEL);
        assertThat(reply.get("thread_ts")).as("in the card's thread").isEqualTo(ProposalFixture.CARD_TS);
        assertThat(text(reply)).as("mentions the customer who agreed to the plan")
                .contains("<@" + Slackers.CUSTOMER_USER + ">", "<@" + Slackers.SELLER_USER + ">", "Quote", proposed.toString(),
                        "quote needs approval").doesNotContain("Discount approval");

        fx.click(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, ProposalFixture.THREAD_REMINDER_TS,
                CardIds.ACCEPT, proposal);
        assertThat(fx.lastAnswer()).contains("for the other organisation to answer");
        assertThat(fx.openProposal().getId()).isEqualTo(proposal);

        fx.click(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL, ProposalFixture.THREAD_REMINDER_TS,
                CardIds.ACCEPT, proposal);
        assertThat(fx.lastAnswer()).contains("Accepted");
        assertThat(fx.due(3)).isEqualTo(proposed);
    }

    @Test
    void a_proposal_answered_before_its_time_is_not_reminded() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        fx.customerProposes(2, fx.due(2).plusDays(7), "waiting for legal", THURSDAY_AFTERNOON);
        assertThat(fx.proposalReminders()).extracting(Reminder::state).containsExactly(ReminderState.PENDING);

        app.clock().set(FRIDAY_AFTERNOON);
        fx.click(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, ProposalFixture.CARD_TS, CardIds.DECLINE,
                fx.openProposal().getId());

        assertThat(fx.proposalReminders()).as("the answer re-planned it away").isEmpty();
        assertThat(fx.sweepAt(MONDAY_AFTERNOON)).isEmpty();
        assertThat(fx.sweepAt(TUESDAY_AFTERNOON)).isEmpty();
    }

    @Test
    void a_proposal_closed_while_its_reminder_is_pending_is_skipped_when_it_comes_due() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        fx.customerProposes(2, fx.due(2).plusDays(7), "waiting for legal", THURSDAY_AFTERNOON);
        // Closed behind the planner's back: only the check at send time stands between it and the seller.
        app.dsl().update(STEP_PROPOSAL).set(STEP_PROPOSAL.STATE, "withdrawn").execute();

        assertThat(fx.sweepAt(MONDAY_AFTERNOON)).isEmpty();
        assertThat(app.dsl().select(REMINDER.STATE, REMINDER.LAST_ERROR).from(REMINDER)
                .where(REMINDER.KIND.eq("proposal")).fetchOne().intoArray())
                .containsExactly("skipped", "proposal answered or withdrawn");
    }

    @Test
    void switched_off_in_the_settings_no_proposal_is_reminded() {
        fx.agreedPlan(ReminderKind.DUE_TODAY);
        fx.customerProposes(2, fx.due(2).plusDays(7), "waiting for legal", THURSDAY_AFTERNOON);

        assertThat(fx.proposalReminders()).isEmpty();
        assertThat(fx.sweepAt(MONDAY_AFTERNOON)).isEmpty();
    }

    @Test
    void nothing_about_an_internal_step_is_reminded_even_if_the_data_held_a_proposal_for_it() {
        fx.agreedPlan(ReminderKind.PROPOSAL);
        long internal = fx.stepId(5);
        long proposal = app.dsl().insertInto(STEP_PROPOSAL).set(STEP_PROPOSAL.PLAN_ID, fx.planId()).set(STEP_PROPOSAL.STEP_ID, internal)
                .set(STEP_PROPOSAL.KIND, "date").set(STEP_PROPOSAL.NEW_DATE, LocalDate.of(2026, 12, 18))
                .set(STEP_PROPOSAL.PROPOSED_BY, Slackers.SELLER_USER).set(STEP_PROPOSAL.PROPOSED_SIDE, "seller")
                .set(STEP_PROPOSAL.STATE, "open").set(STEP_PROPOSAL.CREATED_AT, THURSDAY_AFTERNOON.atOffset(ZoneOffset.UTC))
                .returning(STEP_PROPOSAL.ID).fetchOne(STEP_PROPOSAL.ID);
        app.mapBot().parts().planner().replan(fx.planId());
        assertThat(fx.proposalReminders()).as("never planned").isEmpty();
        // And were a row for it there, the send would refuse it.
        app.mapBot().parts().reminderRepository().insertAll(List.of(new PlannedReminder(fx.planId(), internal, ReminderKind.PROPOSAL,
                Slackers.SHARED_CHANNEL, LocalDate.of(2026, 12, 3), fx.planZone(), MONDAY_AFTERNOON, proposal)), app.clock().instant());

        assertThat(fx.sweepAt(MONDAY_AFTERNOON)).isEmpty();
        assertThat(app.slack().callsBesidesCard("chat.postMessage")).extracting(ProposalFixture::text)
                .noneMatch(posted -> posted.contains("Discount approval"));
        assertThat(fx.proposalReminders()).extracting(Reminder::state).containsExactly(ReminderState.SKIPPED);
        assertThat(app.dsl().select(REMINDER.LAST_ERROR).from(REMINDER).where(REMINDER.KIND.eq("proposal")).fetchOne(REMINDER.LAST_ERROR))
                .startsWith("internal step");
    }
}
