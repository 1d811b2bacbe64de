package org.mapbot.plan.service;

import java.util.Optional;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Step;

/**
 * What came of a request to change a step: the step as it now is, whether anything changed, and, when nothing did,
 * what to tell the person (a stale card, say: the card is refreshed and they are told why nothing happened). A new
 * date for an agreed date is {@code proposed}: the step is unchanged until the other organisation accepts it.
 */
public record StepChange(Plan plan, Step step, boolean changed, Optional<String> note, boolean proposed) {

    static StepChange changed(Plan plan, Step step) {
        return new StepChange(plan, step, true, Optional.empty(), false);
    }

    static StepChange unchanged(Plan plan, Step step, String note) {
        return new StepChange(plan, step, false, Optional.ofNullable(note), false);
    }

    static StepChange proposed(Plan plan, Step step, String note) {
        return new StepChange(plan, step, false, Optional.of(note), true);
    }
}
