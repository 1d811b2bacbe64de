package org.mapbot.plan.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Proposal;
import org.mapbot.plan.domain.Step;
import org.mapbot.slack.SlackText;

/** How the commitment reads in Slack: who agreed when, what changed since, and the proposals waiting for an answer. */
public final class CommitmentText {
    private CommitmentText() {
    }

    /** One line for the card: "Agreed by Casey (Acme) and Sam (Northwind) on 3 Dec", or what is still open. */
    public static String line(PlanView view) {
        Commitment c = view.commitment();
        Plan plan = view.plan();
        String customer = plan.customerName() == null ? "the customer" : SlackText.escape(plan.customerName());
        return switch (c.state()) {
            case NOT_PROPOSED -> ":memo: Not agreed with " + customer + " yet: *Agree to this plan* asks them.";
            case PROPOSED -> proposed(c, customer, plan.timeZone());
            case AGREED -> ":handshake: Agreed by " + who(c.customer()) + " and " + who(c.seller()) + " on "
                    + day(latest(c), plan.timeZone()) + waiting(c);
            case CHANGED_SINCE_AGREEMENT -> ":warning: Changed since agreement on " + day(c.agreedAt().orElseThrow(), plan.timeZone())
                    + changed(view) + waiting(c);
        };
    }

    private static String proposed(Commitment c, String customer, ZoneId zone) {
        if (c.agreedBy(org.mapbot.plan.domain.OrgSide.CUSTOMER)) {
            return ":hourglass_flowing_sand: " + who(c.customer()) + " agreed on " + day(c.customer().orElseThrow().at(), zone)
                    + "; waiting for the seller team to agree" + waiting(c);
        }
        return ":hourglass_flowing_sand: Proposed to " + customer + c.proposedAt().map(at -> " on " + day(at, zone)).orElse("")
                + ": waiting for their agreement" + waiting(c);
    }

    private static String waiting(Commitment c) {
        return c.open().isEmpty() ? "" : " · " + c.open().size() + (c.open().size() == 1 ? " proposal" : " proposals") + " to answer";
    }

    /** The visible steps whose date differs from the agreed one, or that nobody agreed yet. */
    private static String changed(PlanView view) {
        List<String> changed = view.steps().stream().filter(s -> s.isOpen() && !s.internalOnly() && !s.isDateAgreed())
                .map(s -> s.position() + (s.hasAgreedDate() ? " (date, without agreement)" : " (not agreed yet)")).toList();
        return changed.isEmpty() ? "" : ": step " + String.join(", ", changed);
    }

    /** A step's agreement mark: agreed, or changed without agreement (and when it had been agreed for). */
    public static String mark(Step step, ZoneId zone) {
        if (step.isDateAgreed()) {
            return " · :handshake: agreed";
        }
        if (step.hasAgreedDate()) {
            return " · :warning: _changed without agreement (agreed " + SlackText.date(step.agreedDueDate(), zone) + ")_";
        }
        return "";
    }

    public static String proposal(Proposal p, ZoneId zone) {
        String what = p.kind() == Proposal.Kind.DATE
                ? "New date proposed: " + SlackText.date(p.newDate(), zone) + (p.oldDate() == null ? "" : " (was " + SlackText.date(p.oldDate(), zone) + ")")
                : "New owner proposed: " + StepText.owner(p.newOwner());
        return ":speech_balloon: " + what + ", by " + SlackText.mention(p.proposedBy())
                + (p.reason() == null ? "" : " — “" + SlackText.escape(p.reason(), 300) + "”");
    }

    private static String who(Optional<Agreement> agreement) {
        return agreement.map(a -> SlackText.mention(a.userId()) + (a.orgName() == null ? "" : " (" + SlackText.escape(a.orgName(), 100) + ")"))
                .orElse("—");
    }

    private static Instant latest(Commitment c) {
        Instant seller = c.seller().map(Agreement::at).orElse(Instant.EPOCH);
        Instant customer = c.customer().map(Agreement::at).orElse(Instant.EPOCH);
        return seller.isAfter(customer) ? seller : customer;
    }

    private static String day(Instant at, ZoneId zone) {
        return SlackText.date(LocalDate.ofInstant(at, zone), zone);
    }
}
