package org.mapbot.share;

import static org.mapbot.share.HtmlText.escape;

import java.time.LocalDate;
import java.util.Locale;
import org.mapbot.text.TextCut;

/** Draws a {@link TimelineLayout} as inline SVG: one row per dated step, a calendar axis, today and target lines. */
public final class TimelineSvg {

    static final int WIDTH = 1000;
    private static final int LABEL_LEFT = 8;
    private static final int AXIS_LEFT = 330;
    private static final int AXIS_RIGHT = 975;
    private static final int HEADER = 56;
    private static final int ROW = 32;
    private static final int FOOTER = 58;
    private static final int TITLE_CHARS = 40;
    private static final int TODAY_Y = 14;
    private static final int TARGET_Y = 30;
    private static final int PROJECTED_Y = 46;
    private static final String TARGET_DASH = "7 4";
    private static final String PROJECTED_DASH = "2 3";
    private static final String TODAY_COLOUR = "#b45309";
    private static final String GRID_COLOUR = "#e5e7eb";
    private static final String INK = "#111827";
    private static final String MUTED = "#6b7280";

    private TimelineSvg() {
    }

    public static String render(TimelineLayout layout) {
        int rows = Math.max(1, layout.rows().size());
        int bottom = HEADER + rows * ROW;
        int height = bottom + FOOTER;
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-labelledby=\"timeline-title\" "
                        + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"13\">",
                WIDTH, height));
        svg.append("<title id=\"timeline-title\">Timeline of the plan's steps from ")
                .append(DocumentText.date(layout.axisStart())).append(" to ")
                .append(DocumentText.date(layout.axisEnd())).append("</title>");
        rowStripes(svg, rows);
        ticks(svg, layout, bottom);
        if (layout.rows().isEmpty()) {
            svg.append(text(AXIS_LEFT, HEADER + 21, "start", MUTED, "No dated steps yet"));
        }
        // Lines first, then markers and labels on top, so no line runs through a label.
        dayLine(svg, layout, layout.projectedFinish(), MUTED, PROJECTED_DASH, PROJECTED_Y, bottom);
        dayLine(svg, layout, layout.target(), INK, TARGET_DASH, TARGET_Y, bottom);
        dayLine(svg, layout, layout.today(), TODAY_COLOUR, null, TODAY_Y, bottom);
        for (int i = 0; i < layout.rows().size(); i++) {
            row(svg, layout.rows().get(i), HEADER + i * ROW + ROW / 2);
        }
        dayLabel(svg, layout, layout.projectedFinish(), "Projected finish", MUTED, PROJECTED_Y);
        dayLabel(svg, layout, layout.target(), "Target", INK, TARGET_Y);
        dayLabel(svg, layout, layout.today(), "Today", TODAY_COLOUR, TODAY_Y);
        legend(svg, height - 14);
        return svg.append("</svg>").toString();
    }

    private static void rowStripes(StringBuilder svg, int rows) {
        for (int i = 0; i < rows; i += 2) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f8fafc\"/>",
                    HEADER + i * ROW, WIDTH, ROW));
        }
    }

    private static void ticks(StringBuilder svg, TimelineLayout layout, int bottom) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                AXIS_LEFT, bottom, AXIS_RIGHT, bottom, MUTED));
        for (LocalDate tick : layout.ticks()) {
            double x = x(layout.position(tick));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>",
                    x, HEADER, x, bottom + 5, GRID_COLOUR));
            svg.append(text(x, bottom + 19, "middle", MUTED, DocumentText.shortDate(tick)));
        }
    }

    private static void row(StringBuilder svg, TimelineRow row, int y) {
        String title = row.number() + ". " + TextCut.shorten(row.title(), TITLE_CHARS);
        svg.append(text(LABEL_LEFT, y + 4, "start", INK, title));
        double x = x(row.position());
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-opacity=\"0.35\"/>",
                AXIS_LEFT, y, x, y, row.marker().colour()));
        svg.append(marker(row.marker(), x, y));
        String label = row.marker().label() + " · " + DocumentText.shortDate(row.due());
        boolean roomOnRight = x < AXIS_RIGHT - 130;
        svg.append("<g stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">")
                .append(text(roomOnRight ? x + 13 : x - 13, y + 4, roomOnRight ? "start" : "end",
                        row.marker().colour(), label))
                .append("</g>");
    }

    /** Filled circle with a tick, hollow circle, or diamond with "!": shapes differ, not just colours. */
    static String marker(TimelineMarker marker, double x, double y) {
        String colour = marker.colour();
        return switch (marker) {
            case DONE -> String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/>"
                            + "<path d=\"M%.1f %.1f l3 3 l5 -6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>",
                    x, y, colour, x - 4, y);
            case OPEN -> String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"3\"/>",
                    x, y, colour);
            case OVERDUE -> String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f l9 9 l-9 9 l-9 -9 z\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"700\" font-size=\"12\">!</text>",
                    x, y - 9, colour, x, y + 4.5);
        };
    }

    private static void dayLine(StringBuilder svg, TimelineLayout layout, LocalDate day,
            String colour, String dash, int labelY, int bottom) {
        if (day == null) {
            return;
        }
        double x = x(layout.position(day));
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                x, labelY + 4, x, bottom, colour,
                dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
    }

    /** A white halo keeps the label readable where another line crosses it. */
    private static void dayLabel(StringBuilder svg, TimelineLayout layout, LocalDate day, String name,
            String colour, int labelY) {
        if (day == null) {
            return;
        }
        double x = x(layout.position(day));
        String anchor = x > AXIS_RIGHT - 90 ? "end" : x < AXIS_LEFT + 90 ? "start" : "middle";
        svg.append("<g font-weight=\"600\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">")
                .append(text(x, labelY, anchor, colour, name + " " + DocumentText.shortDate(day)))
                .append("</g>");
    }

    private static void legend(StringBuilder svg, int y) {
        double x = AXIS_LEFT;
        for (TimelineMarker marker : TimelineMarker.values()) {
            svg.append(marker(marker, x + 8, y - 4));
            svg.append(text(x + 22, y, "start", INK, marker.label()));
            x += 110;
        }
        x = legendLine(svg, x, y, TODAY_COLOUR, null, "Today");
        x = legendLine(svg, x, y, INK, TARGET_DASH, "Target");
        legendLine(svg, x, y, MUTED, PROJECTED_DASH, "Projected finish");
    }

    private static double legendLine(StringBuilder svg, double x, int y, String colour, String dash, String name) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
                x + 8, y - 14, x + 8, y + 4, colour, dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        svg.append(text(x + 16, y, "start", INK, name));
        return x + 30 + name.length() * 7.5;
    }

    private static double x(double position) {
        return AXIS_LEFT + position * (AXIS_RIGHT - AXIS_LEFT);
    }

    private static String text(double x, double y, String anchor, String colour, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, anchor, colour, escape(content));
    }
}
