package org.mapbot.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A change one organisation asks of the other for one step: another date (for a date both agreed, or suggested while
 * reviewing the plan), another owner, or both. It takes effect only when the other organisation accepts it.
 * {@code withAgreement}: the proposer agrees to the plan once their open proposals are accepted.
 */
public record Proposal(long id, long planId, long stepId, Kind kind, LocalDate oldDate, LocalDate newDate, Owner newOwner,
                       String reason, String proposedBy, OrgSide proposedSide, State state, Instant createdAt,
                       boolean withAgreement) {

    /** {@code kind} is {@code DATE} when a new date is asked (perhaps with a new owner), {@code OWNER} for an owner only. */
    public Proposal {
        if (newDate == null && newOwner == null) {
            throw new IllegalArgumentException("a proposal asks for a new date or a new owner");
        }
        kind = newDate != null ? Kind.DATE : Kind.OWNER;
    }

    public static Proposal open(long planId, Step step, LocalDate newDate, Owner newOwner, String reason, Actor by, OrgSide side,
                                Instant now, boolean withAgreement) {
        return new Proposal(0, planId, step.id(), null, newDate == null ? null : step.dueDate(), newDate, newOwner, reason,
                by.userId(), side, State.OPEN, now, withAgreement);
    }

    public enum Kind {
        DATE, OWNER;

        public String dbValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromDb(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public enum State {
        OPEN, ACCEPTED, DECLINED, COUNTERED, WITHDRAWN;

        public String dbValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromDb(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** The organisation that answers: always the other one. */
    public OrgSide answeredBy() {
        return proposedSide.other();
    }
}
