package org.mapbot.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.mapbot.plan.domain.Step;
import org.mapbot.share.DocumentCommitment;
import org.mapbot.share.DocumentText;
import org.mapbot.share.PlanDocument;

/** The PDF's commitment, worded as on the share page: who agreed when, and each step's agreement mark. */
final class PdfCommitment {
    private static final Color AGREED = Color.decode("#15803d");
    private static final Color UNILATERAL = Color.decode("#b91c1c");

    private PdfCommitment() {
    }

    /** Where the agreement stands, one line per organisation that agreed, then the notes. */
    static PdfPTable block(PlanDocument document, PdfFonts fonts) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        List<Phrase> lines = new ArrayList<>();
        lines.add(fonts.boldText(DocumentCommitment.state(document), 9.5f, PdfFonts.INK));
        DocumentCommitment.agreements(document).forEach(line -> lines.add(fonts.text(line, 9, PdfFonts.INK)));
        DocumentCommitment.notes(document).forEach(note -> lines.add(fonts.text(note, 8.5f, PdfFonts.MUTED)));
        for (Phrase line : lines) {
            PdfPCell cell = new PdfPCell(line);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingLeft(0);
            cell.setPaddingBottom(3);
            cell.setRunDirection(PdfFonts.direction(line.getContent()));
            table.addCell(cell);
        }
        return table;
    }

    /** The due date, its agreement mark and any new date proposed for it, one under the other. */
    static Phrase dueDate(PlanDocument document, Step step, PdfFonts fonts, Color ink) {
        Phrase phrase = new Phrase(DocumentText.date(step.dueDate()), fonts.regular(8.5f, ink));
        String mark = DocumentCommitment.dateMark(step);
        if (!mark.isEmpty()) {
            phrase.add(new Chunk("\n" + mark, fonts.bold(7, step.isDateAgreed() ? AGREED : UNILATERAL)));
        }
        DocumentCommitment.proposal(document, step).ifPresent(p -> {
            phrase.add(new Chunk("\n", fonts.regular(7, PdfFonts.INK)));
            phrase.addAll(fonts.text(p, 7, PdfFonts.INK));
        });
        return phrase;
    }
}
