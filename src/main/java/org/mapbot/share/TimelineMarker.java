package org.mapbot.share;

import org.mapbot.plan.domain.Step;

/**
 * How a step shows on the timeline. Each kind differs in shape and label as well as colour,
 * so the picture still reads when printed in grey.
 */
public enum TimelineMarker {
    DONE("Done", "#15803d"),
    OPEN("Open", "#2563eb"),
    OVERDUE("Overdue", "#dc2626");

    private final String label;
    private final String colour;

    TimelineMarker(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** CSS hex colour, shared by the SVG and the PDF so both pictures match. */
    public String colour() {
        return colour;
    }

    static TimelineMarker of(Step step, java.time.LocalDate today) {
        if (!step.isOpen()) {
            return DONE;
        }
        return step.isOverdue(today) ? OVERDUE : OPEN;
    }
}
