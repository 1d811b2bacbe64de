package org.mapbot.home;

import java.util.Comparator;

/**
 * How the team view ranks plans, riskiest first, in one place with the sentence that explains it on the tab.
 * Overdue steps come first: work already late. Then the commitment: a proposal still waiting for an answer, a new
 * date the other side declined and an agreed date changed without the customer's agreement each say the customer's
 * commitment is in doubt, the strongest forecast signal after late work, so they count together, one each. Then days
 * slipped, then days the projected finish lies after the target; ties in plan order.
 */
final class PlanRisk {
    static final String EXPLAINED = "Riskiest first: overdue steps, then commitment in doubt (open proposals, declined "
            + "dates and dates changed without agreement), then days slipped, then projected finish after target.";

    static final Comparator<PlanSummary> RISKIEST_FIRST = Comparator.comparingInt(PlanSummary::overdue).reversed()
            .thenComparing(Comparator.comparingInt(PlanRisk::commitmentInDoubt).reversed())
            .thenComparing(Comparator.comparingInt(PlanSummary::slipDays).reversed())
            .thenComparing(Comparator.comparingLong(PlanSummary::daysLate).reversed())
            .thenComparing(s -> s.plan().id());

    private PlanRisk() {
    }

    /** Open proposals, declined dates and unilateral changes, one each. */
    static int commitmentInDoubt(PlanSummary summary) {
        return summary.openProposals() + summary.declined() + summary.unilateral();
    }
}
