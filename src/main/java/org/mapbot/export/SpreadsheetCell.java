package org.mapbot.export;

import java.text.Normalizer;

/**
 * Guards against CSV formula injection. Spreadsheets run a cell as a formula when it starts with = + - or @, and
 * some get there after skipping blanks and invisible characters or by reading the fullwidth and small forms
 * (＝ ＋ － ＠ ﹦ …) as the ASCII signs. A cell that starts with any of these, or with a blank, control or invisible
 * character, gets a leading apostrophe, which makes it plain text, as OWASP recommends (at the cost of a visible
 * apostrophe in other tools). Separators inside a cell are handled by quoting every cell (see {@link CsvExport}).
 */
final class SpreadsheetCell {
    private static final String FORMULA_SIGNS = "=+-@";
    private static final int MINUS_SIGN = '\u2212';

    private SpreadsheetCell() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        return invisible(first) || formulaSign(first) ? "'" + text : text;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
    }

    private static boolean formulaSign(int c) {
        String ascii = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        return c == MINUS_SIGN || (ascii.length() == 1 && FORMULA_SIGNS.indexOf(ascii.charAt(0)) >= 0);
    }
}
