package org.mapbot.share;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Wording shared by the share page and the PDF, so both documents say the same thing.
 * Dates are spelled out ("3 Mar 2025") because the reader's locale is unknown and 03/04 is ambiguous.
 */
public final class DocumentText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    public static final String NO_DATE = "—";

    private DocumentText() {
    }

    public static String date(LocalDate date) {
        return date == null ? NO_DATE : DAY.format(date);
    }

    public static String shortDate(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
