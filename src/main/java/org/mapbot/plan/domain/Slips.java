package org.mapbot.plan.domain;

/** How often and by how many days due dates moved later: the slip log in two numbers. */
public record Slips(int count, int days) {
    public static final Slips NONE = new Slips(0, 0);
}
