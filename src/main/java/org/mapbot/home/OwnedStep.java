package org.mapbot.home;

import java.time.LocalDate;
import java.time.ZoneId;
import org.mapbot.plan.domain.StepStatus;

/** One open step of the viewer's, with what the Home tab shows of its plan; {@code planToday} is today where the plan is. */
public record OwnedStep(long stepId, String title, LocalDate dueDate, StepStatus status, long planId, String planTitle,
                        ZoneId planZone, LocalDate planToday) {

    public boolean isOverdue() {
        return dueDate != null && dueDate.isBefore(planToday);
    }
}
