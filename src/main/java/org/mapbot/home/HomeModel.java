package org.mapbot.home;

import java.util.List;

/**
 * Everything one viewer's Home tab shows. {@code seller} is false for people of the customer's organisation:
 * they get their own steps only, never internal ones, and no plan or team sections.
 */
public record HomeModel(String viewerId, boolean seller, OwnedSteps steps, List<PlanSummary> myPlans,
                        List<PlanSummary> teamPlans) {
}
