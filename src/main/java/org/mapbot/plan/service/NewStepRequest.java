package org.mapbot.plan.service;

import java.time.LocalDate;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;

/** What a new step is: title, owner, side (null: the owner decides), due date and visibility, as the person asked. */
public record NewStepRequest(String title, Owner owner, Side side, LocalDate dueDate, boolean internalOnly) {
}
