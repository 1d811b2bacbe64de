package org.mapbot.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A change one organisation asks of the other: another date for a step whose date both agreed, or another owner.
 * It takes effect only when the other organisation accepts it.
 */
public record Proposal(long id, long planId, long stepId, Kind kind, LocalDate oldDate, LocalDate newDate, Owner newOwner,
                       String reason, String proposedBy, OrgSide proposedSide, State state, Instant createdAt) {

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
