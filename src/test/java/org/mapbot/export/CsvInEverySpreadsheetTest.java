package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.SamplePlans;

/**
 * Reads the CSV as a spreadsheet does in every locale: Excel splits on the locale's list separator (";" in de, fr,
 * nl), Google Sheets and LibreOffice may sniff ";" or tab, and all of them honour double quotes. No cell may then
 * start a formula, not even after blanks, invisible characters or in fullwidth forms.
 */
class CsvInEverySpreadsheetTest {

    static final List<String> HOSTILE = List.of(
            ";=1+1;", ",=1+1,", "x\t=1+1\t", "a;b;=cmd|' /C calc'!A0", "\";=1+1;\"", "Q3 \";-2+3;\"",
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1", "@SUM(A1)",
            " =1+1", "\t=1+1", "\r=1+1", "\n=1+1", "\u0000=1+1", "\u00A0=1+1", "\u3000=1+1", "\u200B=1+1",
            "\uFEFF=1+1", "\u202E=1+1", "\uFF1D1+1", "\uFF0B1+1", "\uFF0D1+1", "\uFF20SUM(A1)", "\uFE661+1",
            "\u22121+1");

    @ParameterizedTest(name = "list separator {0}")
    @ValueSource(chars = {';', ',', '\t'})
    void no_cell_starts_a_formula_whatever_list_separator_the_spreadsheet_splits_on(char separator) {
        String csv = new String(CsvExport.render(hostileDocument()), StandardCharsets.UTF_8).substring(1);

        List<String> cells = new ArrayList<>();
        for (String row : splitOutsideQuotes(csv, "\r\n")) {
            splitOutsideQuotes(row, String.valueOf(separator)).forEach(cell -> cells.add(valueOf(cell)));
        }

        assertThat(cells).hasSizeGreaterThan(HOSTILE.size());
        assertThat(cells.stream().filter(CsvInEverySpreadsheetTest::startsFormula).toList())
                .as("cells that start a formula when split on %s", separator == '\t' ? "tab" : separator).isEmpty();
    }

    private static PlanDocument hostileDocument() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            steps.add(SamplePlans.step(i + 1, i + 1, text, Side.CUSTOMER, Owner.named(text), null, StepStatus.TODO,
                    text, false));
        }
        return PlanDocument.forCustomer(SamplePlans.plan("Deal"), steps, SamplePlans.TODAY, null, Map.of());
    }

    /** Splits where {@code separator} stands outside double quotes; a doubled quote inside quotes stays inside. */
    private static List<String> splitOutsideQuotes(String text, String separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            } else if (!quoted && text.startsWith(separator, i)) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** What the cell holds: a leading quoted part is unquoted, anything after its closing quote is kept as typed. */
    private static String valueOf(String cell) {
        if (!cell.startsWith("\"")) {
            return cell;
        }
        StringBuilder value = new StringBuilder();
        int i = 1;
        while (i < cell.length()) {
            char c = cell.charAt(i);
            if (c == '"' && i + 1 < cell.length() && cell.charAt(i + 1) == '"') {
                value.append('"');
                i += 2;
            } else if (c == '"') {
                return value.append(cell.substring(i + 1)).toString();
            } else {
                value.append(c);
                i++;
            }
        }
        return value.toString();
    }

    /** Spreadsheets skip blanks and invisible characters and read fullwidth signs as their ASCII forms. */
    private static boolean startsFormula(String value) {
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                    && type != Character.FORMAT) {
                String sign = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
                return c == '\u2212' || (sign.length() == 1 && "=+-@".indexOf(sign.charAt(0)) >= 0);
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
