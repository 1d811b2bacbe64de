package org.mapbot.plan.domain;

/** A request the plan's rules refuse; the message is written for the person who asked, with an example where useful. */
public class PlanException extends RuntimeException {
    public PlanException(String message) {
        super(message);
    }
}
