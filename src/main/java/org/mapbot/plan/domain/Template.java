package org.mapbot.plan.domain;

import java.time.LocalDate;
import java.util.List;
import org.mapbot.time.WorkingDays;

/** A reusable list of steps; built-in ones use "week N" deadlines, saved ones days after the start. */
public record Template(String name, String description, List<TemplateStep> steps) {

    /** One step of a template. {@code ownerName} null on a seller step means the plan's creator. */
    public record TemplateStep(String title, Side side, String ownerName, Integer week, Integer offsetDays) {

        public LocalDate dueDate(LocalDate planStart) {
            if (week != null) {
                return WorkingDays.lastWorkingDayOfWeek(planStart, week);
            }
            return offsetDays == null ? null : planStart.plusDays(offsetDays);
        }

        public Owner owner(String creatorUserId, String creatorTeamId) {
            if (ownerName != null) {
                return Owner.named(ownerName);
            }
            return side == Side.SELLER ? Owner.slackUser(creatorUserId, creatorTeamId) : Owner.NOBODY;
        }
    }
}
