package org.mapbot.home;

import java.util.List;

/**
 * Everything one viewer's Home tab shows. {@code seller} is false for people of the customer's organisation:
 * they get their own steps only, never internal ones, and no plan or team sections. {@code waiting}: the proposals
 * the viewer's organisation answers, on plans that concern the viewer, oldest first.
 */
public record HomeModel(String viewerId, boolean seller, List<WaitingProposal> waiting, OwnedSteps steps,
                        List<PlanSummary> myPlans, List<PlanSummary> teamPlans) {

    public HomeModel {
        waiting = List.copyOf(waiting);
    }
}
