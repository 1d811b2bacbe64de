package org.mapbot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mapbot.plan.domain.Step;
import org.apache.commons.csv.QuoteMode;
import org.mapbot.share.PlanDocument;

/**
 * The plan's steps as CSV, with the date both organisations agreed (empty when none; a due date that differs from it
 * was changed without agreement) and the step's result: RFC 4180 (commas, CRLF), every cell in double quotes, UTF-8 with a byte order mark.
 * The BOM is what makes Excel read the file as UTF-8 instead of the local code page, so accents such as
 * "Jürgen Weiß" survive; other tools (Sheets, Numbers, pandas with utf-8-sig) skip it.
 *
 * <p>Every cell is quoted because Excel splits on the locale's list separator, ";" in German, French or Dutch, and
 * other tools sniff ";" or tab: an unquoted {@code ;=1+1;} would become a cell of its own there and run. Inside
 * quotes no separator splits, and {@link SpreadsheetCell} keeps each cell from starting a formula.
 */
public final class CsvExport {

    public static final String[] HEADER = {"Position", "Step", "Side", "Owner", "Due date", "Agreed date", "Status",
        "Result"};
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    public static byte[] render(PlanDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setQuoteMode(QuoteMode.ALL).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // Before the printer exists: it writes the header row as soon as it is created.
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(writer, format);
            for (Step step : document.steps()) {
                csv.printRecord(
                        step.position(),
                        SpreadsheetCell.safe(step.title()),
                        step.side().label(),
                        SpreadsheetCell.safe(document.ownerLabel(step)),
                        step.dueDate() == null ? "" : step.dueDate().toString(),
                        step.agreedDueDate() == null ? "" : step.agreedDueDate().toString(),
                        step.status().label(),
                        SpreadsheetCell.safe(step.result()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return out.toByteArray();
    }
}
