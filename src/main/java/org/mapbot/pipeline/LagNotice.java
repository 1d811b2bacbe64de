package org.mapbot.pipeline;

import org.mapbot.plan.domain.Plan;

/** Tells the person whose change has not reached the card yet that it is saved and the card will catch up. */
@FunctionalInterface
public interface LagNotice {
    /** True when the person was told. */
    boolean tell(Plan plan, String userId);
}
