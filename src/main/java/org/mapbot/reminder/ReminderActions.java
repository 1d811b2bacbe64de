package org.mapbot.reminder;

/** Action and callback ids of the reminder messages and modals; button values carry the reminder row's id. */
public final class ReminderActions {
    public static final String DONE = "reminder_done";
    public static final String NEW_DATE = "reminder_new_date";
    public static final String BLOCKED = "reminder_blocked";
    public static final String NOT_NEEDED = "reminder_not_needed";

    public static final String NEW_DATE_MODAL = "reminder_new_date_modal";
    public static final String BLOCKED_MODAL = "reminder_blocked_modal";
    public static final String SETTINGS_MODAL = "reminder_settings_modal";

    public static final String DATE_BLOCK = "date";
    public static final String DATE_INPUT = "date_input";
    public static final String REASON_BLOCK = "reason";
    public static final String REASON_INPUT = "reason_input";
    public static final String KINDS_BLOCK = "kinds";
    public static final String KINDS_INPUT = "kinds_input";
    public static final String LEAD_BLOCK = "lead";
    public static final String LEAD_INPUT = "lead_input";

    private ReminderActions() {
    }
}
