package org.mapbot.home;

/** Action ids of the Home tab's buttons, in one place. */
public final class HomeActions {
    public static final String STEP_DONE = "home_step_done";
    public static final String STEPS_PAGE = "home_steps_page";
    public static final String OPEN_PLAN = "home_open_plan";

    private HomeActions() {
    }
}
