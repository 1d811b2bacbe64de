package org.mapbot.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;

/**
 * How the commitment reads in the share page and the PDF, so both say the same: where the agreement stands, who
 * agreed for each organisation and when, and per step whether its date is the agreed one, was changed without the
 * other side's agreement, or has a new date proposed.
 */
public final class DocumentCommitment {
    public static final String AGREED = "Agreed";
    public static final String UNILATERAL = "Changed without agreement";

    private DocumentCommitment() {
    }

    /** Where the agreement of the two organisations stands, in one sentence. */
    public static String state(PlanDocument document) {
        Commitment c = document.commitment();
        return switch (c.state()) {
            case NOT_PROPOSED -> "Not yet proposed for agreement.";
            case PROPOSED -> c.agreedBy(OrgSide.CUSTOMER) ? "Agreed by " + organisation(document, OrgSide.CUSTOMER)
                    + ", waiting for " + organisation(document, OrgSide.SELLER) + "."
                    : "Proposed to " + organisation(document, OrgSide.CUSTOMER)
                    + c.proposedAt().map(at -> " on " + day(document, at)).orElse("") + ", waiting for their agreement.";
            case AGREED -> "Agreed by both organisations.";
            case CHANGED_SINCE_AGREEMENT -> "Changed since both organisations agreed on "
                    + day(document, c.agreedAt().orElseThrow()) + ".";
        };
    }

    /** One line per organisation that agreed: "Acme Corp: Casey Customer, 3 Dec 2026", the customer first. */
    public static List<String> agreements(PlanDocument document) {
        Commitment c = document.commitment();
        List<String> lines = new ArrayList<>();
        for (OrgSide side : List.of(OrgSide.CUSTOMER, OrgSide.SELLER)) {
            Optional<Agreement> agreement = side == OrgSide.CUSTOMER ? c.customer() : c.seller();
            agreement.ifPresent(a -> lines.add(capitalised(organisation(document, side)) + ": agreed by " + document.personLabel(a.userId())
                    + " on " + day(document, a.at()) + (c.agreedBy(side) ? "" : " (an earlier version of the plan)")));
        }
        return lines;
    }

    /** The notes under the agreement: dates changed without agreement and proposals waiting for an answer. */
    public static List<String> notes(PlanDocument document) {
        List<String> notes = new ArrayList<>();
        long unilateral = document.steps().stream().filter(DocumentCommitment::changedWithoutAgreement).count();
        if (unilateral > 0) {
            notes.add(unilateral + (unilateral == 1 ? " date was" : " dates were")
                    + " changed without the other organisation's agreement (marked in the steps).");
        }
        int open = document.commitment().open().size();
        if (open > 0) {
            notes.add(open + (open == 1 ? " proposal is" : " proposals are") + " waiting for an answer.");
        }
        return notes;
    }

    /** The step's agreement mark: agreed, changed without agreement (and the date agreed), or nothing. */
    public static String dateMark(Step step) {
        if (step.isDateAgreed()) {
            return AGREED;
        }
        return changedWithoutAgreement(step) ? UNILATERAL + " (agreed " + DocumentText.date(step.agreedDueDate()) + ")" : "";
    }

    public static boolean changedWithoutAgreement(Step step) {
        return step.hasAgreedDate() && !step.isDateAgreed();
    }

    /** The step's open proposal, as the document says it: "New date proposed: 14 Jan 2027, by Casey — “legal”". */
    public static Optional<String> proposal(PlanDocument document, Step step) {
        return document.commitment().openFor(step.id()).map(p -> (p.kind() == Proposal.Kind.DATE
                ? "New date proposed: " + DocumentText.date(p.newDate())
                : "New owner proposed: " + (p.newOwner().isSlackUser() ? document.personLabel(p.newOwner().userId())
                        : DocumentText.orEmpty(p.newOwner().name())))
                + ", by " + document.personLabel(p.proposedBy()) + (p.reason() == null ? "" : " — “" + p.reason() + "”"));
    }

    private static String organisation(PlanDocument document, OrgSide side) {
        Optional<Agreement> agreement = side == OrgSide.CUSTOMER ? document.commitment().customer() : document.commitment().seller();
        String named = agreement.map(Agreement::orgName).filter(n -> !n.isBlank())
                .orElse(side == OrgSide.CUSTOMER ? document.plan().customerName() : null);
        return named != null ? named : side == OrgSide.CUSTOMER ? "the customer" : "the seller";
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static String day(PlanDocument document, Instant at) {
        return DocumentText.date(LocalDate.ofInstant(at, document.plan().timeZone()));
    }
}
