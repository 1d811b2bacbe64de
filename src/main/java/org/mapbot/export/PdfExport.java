package org.mapbot.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.share.DocumentText;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.Progress;
import org.mapbot.share.TimelineLayout;

/** The plan as an A4 PDF with the same content as the share page: facts, progress, commitment, timeline, steps. */
public final class PdfExport {

    private static final float MARGIN = 36;
    private static final Color LINE = Color.decode("#e5e7eb");
    private static final Color DONE = Color.decode("#15803d");
    private static final Color OVERDUE = Color.decode("#b91c1c");
    private static final Color OVERDUE_ROW = Color.decode("#fef2f2");

    private PdfExport() {
    }

    public static byte[] render(PlanDocument document) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.plan().title());
            pdf.addSubject("Mutual action plan");
            pdf.open();
            float width = pdf.getPageSize().getWidth() - 2 * MARGIN;

            pdf.add(new Paragraph("MUTUAL ACTION PLAN", fonts.regular(8, PdfFonts.MUTED)));
            pdf.add(title(document.plan().title(), fonts));
            pdf.add(facts(document, fonts));
            pdf.add(progress(document.progress(), document.overdueSteps().size(), fonts, width));
            pdf.add(heading("Commitment", fonts));
            pdf.add(PdfCommitment.block(document, fonts));

            TimelineLayout layout = TimelineLayout.of(document);
            pdf.add(heading("Timeline", fonts));
            pdf.add(new PdfTimeline(fonts, width).draw(writer.getDirectContent(), layout));
            if (!layout.undated().isEmpty()) {
                pdf.add(new Paragraph("Not dated yet: " + layout.undated().size()
                        + (layout.undated().size() == 1 ? " step" : " steps") + " (see the table).",
                        fonts.regular(8, PdfFonts.MUTED)));
            }
            pdf.add(heading("Steps", fonts));
            pdf.add(steps(document, fonts));

            Paragraph footer = new Paragraph("As of " + DocumentText.date(document.today())
                    + ". Dates are in the plan's time zone (" + document.plan().timeZone().getId() + ").",
                    fonts.regular(7.5f, PdfFonts.MUTED));
            footer.setSpacingBefore(12);
            pdf.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the PDF of plan " + document.plan().id(), e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    /** In a table cell, not a paragraph: only cells and columns lay out right-to-left text and join Arabic letters. */
    private static PdfPTable title(String title, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        PdfPCell cell = userTextCell(fonts.boldText(title, 18, PdfFonts.INK), title);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable facts(PlanDocument document, PdfFonts fonts) {
        var plan = document.plan();
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        fact(table, fonts, "Customer", plan.customerName());
        fact(table, fonts, "Seller owner", document.sellerOwnerLabel());
        fact(table, fonts, "Start", DocumentText.date(plan.startDate()));
        fact(table, fonts, "Target date", DocumentText.date(plan.targetDate()));
        fact(table, fonts, "Projected finish", DocumentText.date(document.projectedFinish()));
        fact(table, fonts, "Status", plan.status().label());
        return table;
    }

    private static void fact(PdfPTable table, PdfFonts fonts, String name, String value) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(name.toUpperCase(java.util.Locale.ROOT) + "\n", fonts.regular(7, PdfFonts.MUTED)));
        phrase.add(fonts.boldText(value, 10, PdfFonts.INK));
        PdfPCell cell = userTextCell(phrase, value);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(LINE);
        cell.setBorderWidth(2);
        cell.setPaddingLeft(8);
        cell.setPaddingBottom(8);
        table.addCell(cell);
    }

    /** A two-cell bar: the done share filled, the rest outlined, so it reads in grey print too. */
    private static PdfPTable progress(Progress progress, int overdue, PdfFonts fonts, float width) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(10);
        Phrase summary = new Phrase(progress.summary(), fonts.regular(9, PdfFonts.INK));
        if (overdue > 0) {
            summary.add(new Chunk("   ·   " + overdue + " overdue", fonts.bold(9, OVERDUE)));
        }
        PdfPCell label = new PdfPCell(summary);
        label.setBorder(Rectangle.NO_BORDER);
        label.setPaddingBottom(4);
        block.addCell(label);

        float done = Math.max(0.001f, progress.percent());
        float left = Math.max(0.001f, 100 - progress.percent());
        PdfPTable bar = new PdfPTable(new float[] {done, left});
        bar.setTotalWidth(width);
        PdfPCell filled = new PdfPCell();
        filled.setBackgroundColor(DONE);
        filled.setBorderColor(PdfFonts.MUTED);
        filled.setFixedHeight(8);
        bar.addCell(filled);
        PdfPCell rest = new PdfPCell();
        rest.setBorderColor(PdfFonts.MUTED);
        rest.setFixedHeight(8);
        bar.addCell(rest);
        PdfPCell barCell = new PdfPCell(bar);
        barCell.setBorder(Rectangle.NO_BORDER);
        block.addCell(barCell);
        return block;
    }

    private static Paragraph heading(String text, PdfFonts fonts) {
        Paragraph heading = new Paragraph(text, fonts.bold(12, PdfFonts.INK));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static PdfPTable steps(PlanDocument document, PdfFonts fonts) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {4, 20, 11, 18, 12, 13, 22});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"#", "Step", "Side", "Owner", "Due date", "Status", "Result"}) {
            PdfPCell cell = cell(new Phrase(header.toUpperCase(java.util.Locale.ROOT), fonts.regular(7, PdfFonts.MUTED)), "", null);
            cell.setBorderWidthBottom(1);
            table.addCell(cell);
        }
        for (Step step : document.steps()) {
            boolean overdue = step.isOverdue(document.today());
            Color background = overdue ? OVERDUE_ROW : null;
            Color ink = step.status() == StepStatus.CANCELLED ? PdfFonts.MUTED : PdfFonts.INK;
            String status = overdue ? step.status().label() + " · Overdue" : step.status().label();
            Color statusInk = overdue ? OVERDUE : step.status() == StepStatus.DONE ? DONE : PdfFonts.INK;
            table.addCell(cell(fonts.text(String.valueOf(step.position()), 8.5f, ink), "", background));
            table.addCell(cell(fonts.text(step.title(), 8.5f, ink), step.title(), background));
            table.addCell(cell(fonts.text(step.side().label(), 8.5f, ink), "", background));
            table.addCell(cell(fonts.text(document.ownerLabel(step), 8.5f, ink), document.ownerLabel(step), background));
            table.addCell(cell(PdfCommitment.dueDate(document, step, fonts, ink), "", background));
            table.addCell(cell(fonts.boldText(status, 8.5f, statusInk), "", background));
            table.addCell(cell(fonts.text(step.result(), 8.5f, ink), step.result(), background));
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase, String text, Color background) {
        PdfPCell cell = userTextCell(phrase, text);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(LINE);
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** A cell laid out in the direction of {@code text}, the part a user typed, with Arabic letters joined. */
    private static PdfPCell userTextCell(Phrase phrase, String text) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(PdfFonts.direction(text));
        return cell;
    }
}
