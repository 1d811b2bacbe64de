package org.mapbot.plan.service;

import java.time.LocalDate;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;

/**
 * What the edit form (or the API) submits: every field of a step, the reason when its date moves, and for the API
 * the step version the change was made against ({@code null}: whatever is current, as the form does).
 */
public record StepEdit(String title, Side side, Owner owner, LocalDate dueDate, String result, boolean internalOnly,
                       String reason, Integer ifVersion) {

    public StepEdit(String title, Side side, Owner owner, LocalDate dueDate, String result, boolean internalOnly, String reason) {
        this(title, side, owner, dueDate, result, internalOnly, reason, null);
    }
}
