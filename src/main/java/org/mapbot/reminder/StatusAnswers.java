package org.mapbot.reminder;

import java.time.Clock;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.domain.Step;

/**
 * Applies an answer given on a reminder (Done, New date, Blocked, Not needed) through the plan's rules, so the
 * step, the card and the history follow, and remembers who answered what.
 */
public final class StatusAnswers {
    static final String NOT_NEEDED_REASON = "Not needed (answer to the status check)";

    private final PlanService plans;
    private final ReminderRepository reminders;
    private final Clock clock;

    public StatusAnswers(PlanService plans, ReminderRepository reminders, Clock clock) {
        this.plans = plans;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The reminder a button refers to and its step, as they are now. */
    public Target target(long reminderId) {
        Reminder reminder = reminders.find(reminderId).filter(r -> r.stepId() != null)
                .orElseThrow(() -> new PlanException("That reminder does not exist any more."));
        Plan plan = plans.plan(reminder.planId()).orElseThrow(() -> new PlanException("That plan does not exist any more."));
        PlanService.StepInPlan step = plans.stepForAction(reminder.stepId(), plan.teamId());
        return new Target(reminder, step.plan(), step.step());
    }

    /** Applies the answer; a {@link PlanException} says, for the person who clicked, why it was refused. */
    public Answered answer(long reminderId, Actor actor, Answer answer) {
        Target target = target(reminderId);
        long stepId = target.step().id();
        String teamId = target.plan().teamId();
        PlanService.StepChange change = switch (answer.kind()) {
            case DONE -> plans.markDone(actor, stepId, teamId, null);
            case NEW_DATE -> plans.changeDueDate(actor, stepId, teamId, answer.newDate(), answer.reason());
            case BLOCKED -> plans.block(actor, stepId, teamId, answer.reason());
            case NOT_NEEDED -> plans.cancel(actor, stepId, teamId, NOT_NEEDED_REASON);
        };
        reminders.recordAnswer(reminderId, actor.userId(), answer.dbValue(), clock.instant());
        reminders.skipPendingNoAnswer(stepId);
        return new Answered(target.reminder(), change.plan(), change.step(), answer, actor.userId());
    }

    /** A reminder with its plan and step. */
    public record Target(Reminder reminder, Plan plan, Step step) {
    }

    /** An applied answer: what the reminder message should now say. */
    public record Answered(Reminder reminder, Plan plan, Step step, Answer answer, String userId) {
        public ReminderViews.Message message() {
            return ReminderViews.answered(plan, step, reminder.forDate(), userId, answer);
        }
    }
}
