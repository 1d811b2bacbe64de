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

    private Limits() {
    }

    public static String require(String text, int max, String what, String example) {
        String trimmed = text == null ? "" : text.strip();
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
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new PlanException("The " + what + " is too long (" + trimmed.length() + " characters; at most " + max + ").");
        }
        return trimmed;
    }
}
