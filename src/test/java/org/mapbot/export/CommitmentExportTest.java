package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.share.CommittedDeal;
import org.mapbot.share.DocumentCommitment;
import org.mapbot.share.DocumentText;
import org.mapbot.testkit.RunningApp;

/** The exported PDF and CSV of an agreed plan: who agreed when, agreed and unilateral dates, results, no internal step. */
class CommitmentExportTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private CommittedDeal deal;

    @BeforeEach
    void setUp() {
        SlackUploads.accept(app);
        deal = new CommittedDeal(app);
    }

    @Test
    void the_pdf_says_who_agreed_when_marks_agreed_and_unilateral_dates_and_shows_results() throws Exception {
        app.requests().seller("export pdf");

        SlackUploads.awaitCompleted(app);
        try (PDDocument parsed = Loader.loadPDF(SlackUploads.uploadedBytes(app))) {
            String text = new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
            assertThat(text).contains("Commitment", "Changed since both organisations agreed on",
                    "The customer: agreed by Casey on", "Seller Inc: agreed by Sam on",
                    "1 date was changed without the other organisation's agreement",
                    DocumentCommitment.AGREED, DocumentCommitment.UNILATERAL + " (agreed " + DocumentText.date(deal.agreedQuote) + ")",
                    "New date proposed: " + DocumentText.date(deal.proposedPitch), CommittedDeal.RESULT);
            assertThat(text).as("internal steps never appear").doesNotContain(CommittedDeal.INTERNAL);
        }
    }

    @Test
    void the_csv_has_the_agreed_date_and_the_result_of_every_customer_step() throws Exception {
        app.requests().seller("export csv");

        SlackUploads.awaitCompleted(app);
        String csv = new String(SlackUploads.uploadedBytes(app), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("Step")).containsExactly("Diagnosis by the salesperson",
                "Internal pitch by the customer to management", "Quote", "Kick-off");
        CSVRecord quote = rows.get(2);
        assertThat(quote.get("Due date")).isEqualTo(deal.movedQuote.toString());
        assertThat(quote.get("Agreed date")).as("the date both agreed, which the due date no longer is")
                .isEqualTo(deal.agreedQuote.toString());
        assertThat(rows.get(1).get("Agreed date")).isEqualTo(rows.get(1).get("Due date"));
        assertThat(rows.get(0).get("Result")).isEqualTo(CommittedDeal.RESULT);
        assertThat(csv).doesNotContain(CommittedDeal.INTERNAL);
    }
}
