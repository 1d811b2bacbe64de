package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which event type each kind of history row is sent as; a receiver's automation keys on these names. */
class WebhookEventsTest {

    @ParameterizedTest(name = "{0} {2} -> {3} ({4} days) is {5}")
    @CsvSource(nullValues = "-", value = {
            "created,            false, -,        Acme,     -,  plan.created",
            "plan_status,        false, active,   won,      -,  plan.closed",
            "plan_status,        false, active,   lost,     -,  plan.closed",
            "plan_status,        false, won,      archived, -,  plan.archived",
            "plan_status,        false, active,   paused,   -,  plan.updated",
            "target,             false, -,        2027-01-31, -, plan.updated",
            "plan_proposed,      false, -,        3,        -,  plan.updated",
            "agreed,             false, customer, 3,        -,  plan.agreed",
            "step_added,         true,  -,        Kick-off, -,  step.added",
            "step_removed,       true,  Kick-off, -,        -,  step.removed",
            "status,             true,  todo,     done,     -,  step.done",
            "status,             true,  done,     todo,     -,  step.reopened",
            "status,             true,  todo,     blocked,  -,  step.changed",
            "due_date,           true,  2026-12-01, 2026-12-08, 7, step.slipped",
            "due_date,           true,  2026-12-08, 2026-12-01, -7, step.changed",
            "owner,              true,  -,        Cleo,     -,  step.changed",
            "title,              true,  Old,      New,      -,  step.changed",
            "date_proposed,      true,  -,        2026-12-09, -, date.proposed",
            "proposal_countered, true,  -,        2026-12-10, -, date.proposed",
            "proposal_accepted,  true,  -,        2026-12-09, -, date.accepted",
            "proposal_declined,  true,  -,        2026-12-09, -, date.declined"})
    void each_history_kind_is_sent_as_its_event_type(String kind, boolean ofStep, String from, String to, Integer days, String type) {
        assertThat(WebhookEvents.type(kind, ofStep, from, to, days)).hasValue(type);
    }

    @ParameterizedTest
    @CsvSource({"comment", "reminder_failed"})
    void comments_and_the_bots_own_bookkeeping_are_not_sent(String kind) {
        assertThat(WebhookEvents.type(kind, true, null, "x", null)).isEqualTo(Optional.empty());
    }
}
