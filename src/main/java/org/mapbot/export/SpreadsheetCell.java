package org.mapbot.export;

/**
 * Guards against CSV formula injection: a spreadsheet runs a cell that starts with = + - or @ (and,
 * in some, tab or carriage return) as a formula. A leading apostrophe makes it plain text, as OWASP
 * recommends, at the cost of a visible apostrophe in other tools.
 */
final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
