package org.mapbot.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.reminder.domain.Reminder;

/** Records a reminder that could not be sent in the plan's history, so {@code /map history} shows it. */
public final class ReminderFailureLog {
    public static final String REMINDER_FAILED = "reminder_failed";

    private final DSLContext dsl;
    private final HistoryRepository history;

    public ReminderFailureLog(DSLContext dsl, HistoryRepository history) {
        this.dsl = dsl;
        this.history = history;
    }

    public void record(Plan plan, Reminder reminder, String stepTitle, String why, Instant now) {
        history.append(dsl, List.of(new Change(plan.id(), reminder.stepId(), stepTitle, REMINDER_FAILED, null,
                reminder.kind().name().toLowerCase(Locale.ROOT) + " to " + reminder.recipient(), why, null)),
                Actor.bot(new Installation(plan.teamId(), plan.enterpriseId(), null)), now);
    }
}
