package org.mapbot.share;

import java.time.LocalDate;

/** One dated step on the timeline: its own row, a marker at its due date. */
public record TimelineRow(int number, String title, LocalDate due, TimelineMarker marker, double position) {
}
