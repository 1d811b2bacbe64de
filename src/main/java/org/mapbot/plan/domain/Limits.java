package org.mapbot.plan.domain;

/** Sizes we refuse beyond, with a clear message, rather than letting Slack or the database fail. */
public final class Limits {
    public static final int PLAN_TITLE = 150;
    public static final int CUSTOMER_NAME = 150;
    public static final int STEP_TITLE = 200;
    public static final int OWNER_NAME = 100;
    public static final int RESULT = 2_000;
    public static final int REASON = 500;
    public static final int COMMENT = 2_000;
    public static final int STEPS_PER_PLAN = 150;
    public static final int PLANS_PER_CHANNEL = 20;
    public static final int TEMPLATE_NAME = 40;

    /** Dates from every source (typed, picked, templates) stay within this many years of today. */
    public static final int MAX_YEARS_AWAY = org.mapbot.time.DateParser.MAX_YEARS_AWAY;

    private Limits() {
    }

    /**
     * A date within {@link #MAX_YEARS_AWAY} years of today in {@code zone}; a date picker happily offers 9999-12-31,
     * which would then show as the projected finish for ever.
     */
    public static java.time.LocalDate date(java.time.LocalDate date, java.time.Clock clock, java.time.ZoneId zone, String what) {
        if (date == null) {
            return null;
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
        java.time.LocalDate earliest = today.minusYears(MAX_YEARS_AWAY);
        java.time.LocalDate latest = today.plusYears(MAX_YEARS_AWAY);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new PlanException("The " + what + " " + date + " is more than " + MAX_YEARS_AWAY
                    + " years away. Pick a date from " + earliest + " to " + latest + ", e.g. " + today.plusWeeks(2) + ".");
        }
        return date;
    }

    /**
     * Text as it may be stored and shown: control characters (a NUL byte, which PostgreSQL refuses, escapes, bells)
     * removed, and invisible format characters that could disguise text (right-to-left overrides) too, but the joiners
     * that emoji and some scripts need; tabs become spaces, line breaks stay.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT || c == 0x200C || c == 0x200D) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    public static String require(String text, int max, String what, String example) {
        String trimmed = text == null ? "" : clean(text).strip();
        if (trimmed.isEmpty()) {
            throw new PlanException("The " + what + " is missing. Example: " + example);
        }
        if (trimmed.length() > max) {
            throw new PlanException("The " + what + " is too long (" + trimmed.length() + " characters; at most " + max
                    + "). Example: " + example);
        }
        return trimmed;
    }

    public static String optional(String text, int max, String what) {
        String trimmed = text == null ? "" : clean(text).strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new PlanException("The " + what + " is too long (" + trimmed.length() + " characters; at most " + max + ").");
        }
        return trimmed;
    }
}
