package org.mapbot.plan.slack;

/** Action and callback ids of the plan card and its modals, in one place. */
public final class CardIds {
    public static final String DONE = "card_done";
    public static final String REOPEN = "card_reopen";
    public static final String MORE = "card_more";
    public static final String ADD_STEP = "card_add_step";
    public static final String FULL_PLAN = "card_full_plan";
    public static final String CONFIRM_REMOVE = "confirm_remove";
    public static final String CANCEL_REMOVE = "cancel_remove";
    /** Commitment: agree to the plan (the seller's also asks the customer), and answers to a proposal. */
    public static final String AGREE = "card_agree";
    public static final String SUGGEST = "plan_suggest";
    public static final String YOUR_SIDE = "plan_your_side";
    public static final String ACCEPT = "proposal_accept";
    public static final String DECLINE = "proposal_decline";
    public static final String COUNTER = "proposal_counter";
    public static final String ADD_RESULT = "step_add_result";

    /** Overflow option values are {@code <verb>:<step id>}. */
    public static final String NEW_DATE = "date";
    public static final String REASSIGN = "assign";
    public static final String BLOCKED = "block";
    public static final String COMMENT = "comment";
    public static final String EDIT = "edit";

    public static final String MODAL_NEW_PLAN = "modal_new_plan";
    public static final String MODAL_ADD_STEP = "modal_add_step";
    public static final String MODAL_NEW_DATE = "modal_new_date";
    public static final String MODAL_REASSIGN = "modal_reassign";
    public static final String MODAL_BLOCKED = "modal_blocked";
    public static final String MODAL_COMMENT = "modal_comment";
    public static final String MODAL_EDIT_STEP = "modal_edit_step";
    public static final String MODAL_COUNTER = "modal_counter";
    public static final String MODAL_SUGGEST = "modal_suggest";
    public static final String MODAL_YOUR_SIDE = "modal_your_side";
    public static final String MODAL_RESULT = "modal_result";

    private CardIds() {
    }
}
