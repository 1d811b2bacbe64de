package org.mapbot.export;

import java.util.Locale;
import java.util.Optional;
import org.mapbot.share.PlanDocument;

/** The file exports {@code /map export} uploads to Slack. */
public enum ExportFormat {
    PDF("PDF", "pdf"), CSV("CSV", "csv");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public byte[] render(PlanDocument document) {
        return this == PDF ? PdfExport.render(document) : CsvExport.render(document);
    }

    public static Optional<ExportFormat> parse(String word) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
