package org.mapbot.home;

import java.util.List;

/** A page of the viewer's open steps, most urgent first, with counts over all of them. */
public record OwnedSteps(List<OwnedStep> page, int offset, int total, int overdue) {
    public static final OwnedSteps NONE = new OwnedSteps(List.of(), 0, 0, 0);
}
