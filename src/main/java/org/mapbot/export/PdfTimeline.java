package org.mapbot.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.time.LocalDate;
import org.mapbot.share.DocumentText;
import org.mapbot.share.TimelineLayout;
import org.mapbot.share.TimelineMarker;
import org.mapbot.share.TimelineRow;
import org.mapbot.text.TextCut;

/** Draws the same {@link TimelineLayout} as the share page's SVG, in PDF points (y grows upwards). */
final class PdfTimeline {

    private static final float LABEL_WIDTH = 150;
    private static final float AXIS_LEFT = 160;
    private static final float HEADER = 40;
    private static final float ROW = 18;
    private static final float FOOTER = 36;
    private static final float FONT_SIZE = 7.5f;
    private static final float TODAY_Y = 10;
    private static final float TARGET_Y = 22;
    private static final float PROJECTED_Y = 34;
    private static final float[] TARGET_DASH = {4, 3};
    private static final float[] PROJECTED_DASH = {1.5f, 2};
    private static final Color TODAY = Color.decode("#b45309");
    private static final Color GRID = Color.decode("#e5e7eb");
    private static final Color STRIPE = Color.decode("#f8fafc");

    private final PdfFonts fonts;
    private final float width;
    private final float axisRight;

    PdfTimeline(PdfFonts fonts, float width) {
        this.fonts = fonts;
        this.width = width;
        this.axisRight = width - 12;
    }

    Image draw(PdfContentByte canvas, TimelineLayout layout) throws BadElementException {
        int rows = Math.max(1, layout.rows().size());
        float height = HEADER + rows * ROW + FOOTER;
        PdfTemplate t = canvas.createTemplate(width, height);
        float bottom = height - HEADER - rows * ROW;

        for (int i = 0; i < rows; i += 2) {
            t.setColorFill(STRIPE);
            t.rectangle(0, height - HEADER - (i + 1) * ROW, width, ROW);
            t.fill();
        }
        t.setLineWidth(0.5f);
        for (LocalDate tick : layout.ticks()) {
            float x = x(layout.position(tick));
            line(t, x, height - HEADER, x, bottom - 3, GRID, null);
            text(t, DocumentText.shortDate(tick), x, bottom - 12, Element.ALIGN_CENTER, PdfFonts.MUTED);
        }
        line(t, AXIS_LEFT, bottom, axisRight, bottom, PdfFonts.MUTED, null);
        if (layout.rows().isEmpty()) {
            text(t, "No dated steps yet", AXIS_LEFT, height - HEADER - 12, Element.ALIGN_LEFT, PdfFonts.MUTED);
        }
        // Same drawing order as the SVG: lines, then markers and labels on top.
        dayLine(t, layout, layout.projectedFinish(), PdfFonts.MUTED, PROJECTED_DASH, height - PROJECTED_Y, bottom);
        dayLine(t, layout, layout.target(), PdfFonts.INK, TARGET_DASH, height - TARGET_Y, bottom);
        dayLine(t, layout, layout.today(), TODAY, null, height - TODAY_Y, bottom);
        for (int i = 0; i < layout.rows().size(); i++) {
            row(t, layout.rows().get(i), height - HEADER - i * ROW - ROW / 2);
        }
        dayLabel(t, layout, layout.projectedFinish(), "Projected finish", PdfFonts.MUTED, height - PROJECTED_Y);
        dayLabel(t, layout, layout.target(), "Target", PdfFonts.INK, height - TARGET_Y);
        dayLabel(t, layout, layout.today(), "Today", TODAY, height - TODAY_Y);
        legend(t, 8);
        return Image.getInstance(t);
    }

    private void row(PdfTemplate t, TimelineRow row, float y) {
        String title = fit(row.number() + ". " + row.title(), LABEL_WIDTH - 6);
        text(t, title, 4, y - 2.5f, Element.ALIGN_LEFT, PdfFonts.INK);
        float x = x(row.position());
        Color colour = Color.decode(row.marker().colour());
        t.setLineWidth(1.2f);
        line(t, AXIS_LEFT, y, x, y, blend(colour), null);
        marker(t, row.marker(), x, y);
        String label = row.marker().label() + " · " + DocumentText.shortDate(row.due());
        boolean roomOnRight = x < axisRight - 75;
        haloText(t, label, roomOnRight ? x + 8 : x - 8, y - 2.5f,
                roomOnRight ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, colour);
    }

    /** Same shapes as the SVG: filled circle with a tick, hollow circle, diamond with "!". */
    private void marker(PdfTemplate t, TimelineMarker marker, float x, float y) {
        Color colour = Color.decode(marker.colour());
        switch (marker) {
            case DONE -> {
                t.setColorFill(colour);
                t.circle(x, y, 4.8f);
                t.fill();
                t.setColorStroke(Color.WHITE);
                t.setLineWidth(1.2f);
                t.moveTo(x - 2.4f, y);
                t.lineTo(x - 0.6f, y - 1.8f);
                t.lineTo(x + 2.4f, y + 1.8f);
                t.stroke();
            }
            case OPEN -> {
                t.setColorFill(Color.WHITE);
                t.setColorStroke(colour);
                t.setLineWidth(1.8f);
                t.circle(x, y, 4.2f);
                t.fillStroke();
            }
            case OVERDUE -> {
                t.setColorFill(colour);
                t.moveTo(x, y + 5.5f);
                t.lineTo(x + 5.5f, y);
                t.lineTo(x, y - 5.5f);
                t.lineTo(x - 5.5f, y);
                t.closePath();
                t.fill();
                text(t, "!", x, y - 2.6f, Element.ALIGN_CENTER, Color.WHITE);
            }
        }
    }

    private void dayLine(PdfTemplate t, TimelineLayout layout, LocalDate day, Color colour, float[] dash,
            float labelY, float bottom) {
        if (day != null) {
            float x = x(layout.position(day));
            t.setLineWidth(1.2f);
            line(t, x, labelY - 3, x, bottom, colour, dash);
        }
    }

    private void dayLabel(PdfTemplate t, TimelineLayout layout, LocalDate day, String name, Color colour, float y) {
        if (day != null) {
            float x = x(layout.position(day));
            int align = x > axisRight - 55 ? Element.ALIGN_RIGHT : x < AXIS_LEFT + 55 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER;
            haloText(t, name + " " + DocumentText.shortDate(day), x, y, align, colour);
        }
    }

    private void legend(PdfTemplate t, float y) {
        float x = AXIS_LEFT;
        for (TimelineMarker marker : TimelineMarker.values()) {
            marker(t, marker, x + 5, y + 2.5f);
            text(t, marker.label(), x + 13, y, Element.ALIGN_LEFT, PdfFonts.INK);
            x += 62;
        }
        t.setLineWidth(1.2f);
        x = legendLine(t, x, y, TODAY, null, "Today");
        x = legendLine(t, x, y, PdfFonts.INK, TARGET_DASH, "Target");
        legendLine(t, x, y, PdfFonts.MUTED, PROJECTED_DASH, "Projected finish");
    }

    private float legendLine(PdfTemplate t, float x, float y, Color colour, float[] dash, String name) {
        line(t, x + 4, y - 3, x + 4, y + 8, colour, dash);
        text(t, name, x + 9, y, Element.ALIGN_LEFT, PdfFonts.INK);
        return x + 20 + fonts.width(name, FONT_SIZE);
    }

    /** A white box behind the text keeps it readable where a line crosses it, like the SVG's halo. */
    private void haloText(PdfTemplate t, String text, float x, float y, int align, Color colour) {
        float textWidth = fonts.width(text, FONT_SIZE);
        float left = align == Element.ALIGN_LEFT ? x : align == Element.ALIGN_RIGHT ? x - textWidth : x - textWidth / 2;
        t.setColorFill(Color.WHITE);
        t.rectangle(left - 1.5f, y - 2, textWidth + 3, FONT_SIZE + 2);
        t.fill();
        text(t, text, x, y, align, colour);
    }

    private void line(PdfTemplate t, float x1, float y1, float x2, float y2, Color colour, float[] dash) {
        t.saveState();
        t.setColorStroke(colour);
        if (dash != null) {
            t.setLineDash(dash, 0);
        }
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
        t.restoreState();
    }

    /** Through ColumnText, not showText: only it draws a run of several fonts and lays out right-to-left text. */
    private void text(PdfTemplate t, String text, float x, float y, int align, Color colour) {
        ColumnText.showTextAligned(t, align, fonts.text(text, FONT_SIZE, colour), x, y, 0, PdfFonts.direction(text), 0);
    }

    private String fit(String text, float maxWidth) {
        return TextCut.shorten(text, candidate -> fonts.width(candidate, FONT_SIZE) <= maxWidth);
    }

    private float x(double position) {
        return (float) (AXIS_LEFT + position * (axisRight - AXIS_LEFT));
    }

    /** The faint lead-in line of a row: the marker colour at about a third of its strength. */
    private static Color blend(Color colour) {
        return new Color((colour.getRed() + 2 * 255) / 3, (colour.getGreen() + 2 * 255) / 3, (colour.getBlue() + 2 * 255) / 3);
    }
}
