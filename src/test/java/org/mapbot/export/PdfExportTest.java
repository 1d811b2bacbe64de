package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mapbot.share.SamplePlans;

class PdfExportTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render_and_read_back() throws Exception {
        pdf = PdfExport.render(SamplePlans.document());
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve("plan.pdf");
        Files.write(out, pdf);
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            // Table cells wrap long names onto two lines; compare words, not line breaks.
            text = new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
        }
    }

    @Test
    void output_is_a_pdf() {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void pdf_shows_title_parties_target_and_progress() {
        assertThat(text).contains("Acme Corp — Enterprise rollout", "Acme Corp", "Dana Seller",
                "18 Apr 2025", "25 Apr 2025", "2 of 7 steps done (28%)", "1 overdue");
    }

    @Test
    void pdf_lists_every_customer_step_with_owner_and_due_date() {
        SamplePlans.customerSteps().forEach(step -> assertThat(text).contains(step.title()));
        assertThat(text).contains("Jürgen Weiß (IT)", "Customer – Security", "Jane Doe (CFO)",
                SamplePlans.QUOTED_OWNER, "Slack user", "Unassigned", "7 Mar 2025", "28 Mar 2025", "4 Apr 2025");
    }

    @Test
    void pdf_timeline_is_drawn_from_the_shared_layout_with_labelled_markers() {
        assertThat(text).contains("Today 26 Mar", "Target 18 Apr", "Done · 7 Mar", "Overdue · 21 Mar",
                "Open · 28 Mar");
    }

    @Test
    void internal_steps_never_reach_the_pdf() {
        assertThat(text).doesNotContain(SamplePlans.INTERNAL_TITLE).doesNotContain("Finance says 12% max");
    }
}
