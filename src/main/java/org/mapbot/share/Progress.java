package org.mapbot.share;

/** How many of the steps that still count are done. */
public record Progress(int done, int total) {

    /** Whole percent, rounded down so a plan never shows 100% before its last step is done. */
    public int percent() {
        return total == 0 ? 0 : done * 100 / total;
    }

    public String summary() {
        return done + " of " + total + " steps done (" + percent() + "%)";
    }
}
