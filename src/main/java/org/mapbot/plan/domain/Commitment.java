package org.mapbot.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the two organisations committed to: each one's agreement (to a version of the plan's terms), when the
 * seller asked, when both last agreed, and the proposals waiting for an answer.
 */
public record Commitment(int termsVersion, Optional<Instant> proposedAt, Optional<Instant> agreedAt, Optional<Agreement> seller,
                         Optional<Agreement> customer, List<Proposal> open) {

    public static final Commitment NONE = new Commitment(0, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of());

    public Commitment {
        open = List.copyOf(open);
    }

    public enum State {
        /** The seller has not asked the customer to agree yet. */
        NOT_PROPOSED,
        /** Asked, and not both have agreed the plan as it stands. */
        PROPOSED,
        /** Both organisations agreed the plan as it stands. */
        AGREED,
        /** Both agreed an earlier version; something changed since. */
        CHANGED_SINCE_AGREEMENT
    }

    public State state() {
        boolean sellerCurrent = seller.map(a -> a.termsVersion() == termsVersion).orElse(false);
        boolean customerCurrent = customer.map(a -> a.termsVersion() == termsVersion).orElse(false);
        if (sellerCurrent && customerCurrent) {
            return State.AGREED;
        }
        if (agreedAt.isPresent()) {
            return State.CHANGED_SINCE_AGREEMENT;
        }
        return proposedAt.isPresent() || seller.isPresent() || customer.isPresent() ? State.PROPOSED : State.NOT_PROPOSED;
    }

    public Optional<Proposal> openFor(long stepId) {
        return open.stream().filter(p -> p.stepId() == stepId).findFirst();
    }

    public boolean agreedBy(OrgSide side) {
        return (side == OrgSide.SELLER ? seller : customer).map(a -> a.termsVersion() == termsVersion).orElse(false);
    }

    /** Only what the customer may see: no proposal about an internal step. */
    public Commitment visibleIn(List<Step> steps) {
        List<Long> ids = steps.stream().map(Step::id).toList();
        return new Commitment(termsVersion, proposedAt, agreedAt, seller, customer,
                open.stream().filter(p -> ids.contains(p.stepId())).toList());
    }
}
