package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.SamplePlans;

class CsvExportTest {

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void file_starts_with_a_utf8_byte_order_mark_for_excel() {
        byte[] csv = CsvExport.render(SamplePlans.document());

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void every_row_matches_a_customer_step_in_plan_order() throws Exception {
        PlanDocument document = SamplePlans.document();
        List<CSVRecord> rows = parse(CsvExport.render(document));

        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(CsvExport.HEADER);
        assertThat(rows).hasSize(document.steps().size());
        for (int i = 0; i < rows.size(); i++) {
            Step step = document.steps().get(i);
            assertThat(rows.get(i).values()).containsExactly(
                    String.valueOf(step.position()), step.title(), step.side().label(), document.ownerLabel(step),
                    step.dueDate() == null ? "" : step.dueDate().toString(),
                    step.agreedDueDate() == null ? "" : step.agreedDueDate().toString(), step.status().label(),
                    step.result() == null ? "" : step.result());
        }
    }

    @Test
    void internal_steps_never_reach_the_csv() {
        String text = new String(CsvExport.render(SamplePlans.document()), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain(SamplePlans.INTERNAL_TITLE).doesNotContain("Finance says 12% max");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() throws Exception {
        Step hostile = SamplePlans.step(1, 1, "=HYPERLINK(\"http://evil.example\",\"click\")", Side.CUSTOMER,
                Owner.named("@SUM(1+1)*cmd|' /C calc'!A0"), null, StepStatus.TODO, "+1 more, \"quoted\"\nnext line", false);
        PlanDocument document = PlanDocument.forCustomer(SamplePlans.plan("Deal"), List.of(hostile),
                SamplePlans.TODAY, null, java.util.Map.of());

        CSVRecord row = parse(CsvExport.render(document)).get(0);

        assertThat(row.get("Step")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get("Owner")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.get("Result")).isEqualTo("'+1 more, \"quoted\"\nnext line");
    }

    @Test
    void the_guard_covers_every_dangerous_first_character_and_leaves_plain_text_alone() {
        assertThat(List.of("=1", "+1", "-1", "@A1", "\tx", "\rx", " =1", "\u00A0=1", "\u200B=1", "\uFF1D1", "\uFF20A1",
                "\u22121"))
                .allSatisfy(cell -> assertThat(SpreadsheetCell.safe(cell)).isEqualTo("'" + cell));
        assertThat(List.of("Signing on 2025-04-18 = done", "東京オフィス", "مراجعة العقد", "🎉 Kick-off", "'quoted"))
                .allSatisfy(cell -> assertThat(SpreadsheetCell.safe(cell)).isEqualTo(cell));
        assertThat(SpreadsheetCell.safe(null)).isEmpty();
    }

    @Test
    void every_cell_is_quoted_so_no_list_separator_splits_it() {
        String text = new String(CsvExport.render(SamplePlans.document()), StandardCharsets.UTF_8);

        assertThat(text.lines().skip(1).findFirst()).hasValue(
                "\"1\",\"Discovery call\",\"Seller\",\"Dana Seller\",\"2025-03-07\",\"\",\"Done\",\"Pain: manual quarterly reporting\"");
    }
}
