package org.mapbot.reminder;

import java.time.Clock;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.service.StepChange;
import org.mapbot.plan.service.StepService;
import org.mapbot.reminder.domain.Answer;
import org.mapbot.reminder.domain.Reminder;

/**
 * Applies an answer given on a reminder (Done, New date, Blocked, Not needed) through the plan's rules, so the
 * step, the card and the history follow, and remembers who answered what. A click must come from the reminder's own
 * message, and the person must be allowed to work the step.
 */
public final class StatusAnswers {
    static final String NOT_NEEDED_REASON = "Not needed (answer to the status check)";

    private final StepService steps;
    private final ReminderRepository reminders;
    private final Clock clock;

    public StatusAnswers(StepService steps, ReminderRepository reminders, Clock clock) {
        this.steps = steps;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The reminder a button or form names and its step, as they are now, checked against where it was clicked. */
    public Target target(long reminderId, Actor actor, Origin origin) {
        Reminder reminder = reminders.find(reminderId).filter(r -> r.stepId() != null)
                .orElseThrow(() -> new PlanException("That reminder does not exist any more."));
        if (origin.surface() == Origin.Surface.MESSAGE && reminder.messageTs() != null
                && !(reminder.messageTs().equals(origin.messageTs()) && reminder.messageChannel().equals(origin.channelId()))) {
            throw new PlanException("That button belongs to another message, so I changed nothing.");
        }
        StepInPlan step = steps.forWork(actor, reminder.stepId(), Origin.reminder(origin.channelId(), origin.messageTs()), "answer for");
        if (step.plan().id() != reminder.planId()) {
            throw new PlanException("That reminder does not exist any more.");
        }
        return new Target(reminder, step.plan(), step.step());
    }

    /** Applies the answer; a {@link PlanException} says, for the person who clicked, why it was refused. */
    public Answered answer(long reminderId, Actor actor, Origin origin, Answer answer) {
        Target target = target(reminderId, actor, origin);
        long stepId = target.step().id();
        Origin checked = Origin.reminder(origin.channelId(), origin.messageTs());
        StepChange change = switch (answer.kind()) {
            case DONE -> steps.markDone(actor, stepId, checked, null);
            case NEW_DATE -> steps.changeDueDate(actor, stepId, checked, answer.newDate(), answer.reason());
            case BLOCKED -> steps.block(actor, stepId, checked, answer.reason());
            case NOT_NEEDED -> steps.cancel(actor, stepId, checked, NOT_NEEDED_REASON);
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
