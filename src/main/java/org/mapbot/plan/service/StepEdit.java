package org.mapbot.plan.service;

import java.time.LocalDate;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;

/** What the edit form submits: every field of a step, and the reason when its date moves. */
public record StepEdit(String title, Side side, Owner owner, LocalDate dueDate, String result, boolean internalOnly,
                       String reason) {
}
