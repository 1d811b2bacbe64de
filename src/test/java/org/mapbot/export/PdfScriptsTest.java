package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.share.PlanDocument;
import org.mapbot.share.SamplePlans;

/** Every character a user typed reaches the PDF, whatever the script, read back by PDFBox; emoji become a visible mark. */
class PdfScriptsTest {

    static final Map<String, String> TITLES = Map.of(
            "Latin", "Łódź site visit with Jürgen Weiß",
            "Greek", "Σύμβαση υπογραφή",
            "Cyrillic", "Подписание договора",
            "Arabic", "مراجعة العقد",
            "Hebrew", "סקירת חוזה",
            "Chinese", "合同审查会议",
            "Japanese", "契約書のレビュー",
            "Korean", "계약 검토 회의");
    static final String OWNER = "Ярослав Ковальчук";
    static final String PLAN_TITLE = "東京 rollout — مشروع طوكيو";

    private static String text;
    private static List<String> embeddedFonts;

    @BeforeAll
    static void render_and_read_back() throws Exception {
        List<Step> steps = new ArrayList<>();
        int position = 1;
        for (String script : TITLES.keySet().stream().sorted().toList()) {
            steps.add(SamplePlans.step(position, position, TITLES.get(script), Side.CUSTOMER, Owner.named(OWNER),
                    SamplePlans.TODAY.plusDays(position), StepStatus.TODO, script + " result", false));
            position++;
        }
        steps.add(SamplePlans.step(position, position, "Kick-off 🎉 party", Side.BOTH, Owner.named("Team 👨‍👩‍👧"),
                SamplePlans.TODAY.plusDays(position), StepStatus.TODO, null, false));
        PlanDocument document = PlanDocument.forCustomer(SamplePlans.plan(PLAN_TITLE), steps, SamplePlans.TODAY, null,
                Map.of());

        byte[] pdf = PdfExport.render(document);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("plan-scripts.pdf"), pdf);
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(parsed), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
            embeddedFonts = new ArrayList<>();
            for (var page : parsed.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embeddedFonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
        }
    }

    @Test
    void every_script_a_user_typed_is_in_the_text_of_the_pdf() {
        TITLES.forEach((script, title) -> assertThat(text).as(script).contains(title));
        assertThat(text).contains(OWNER, "東京 rollout", "مشروع طوكيو");
    }

    @Test
    void an_emoji_no_bundled_font_draws_becomes_one_replacement_mark_not_nothing() {
        assertThat(text).contains("Kick-off \uFFFD party", "Team \uFFFD");
    }

    @Test
    void every_font_is_embedded_so_the_pdf_reads_the_same_on_any_machine() {
        assertThat(embeddedFonts).isNotEmpty().noneMatch(font -> font.endsWith("(not embedded)"));
    }
}
