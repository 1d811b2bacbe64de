package org.mapbot.export;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.Await;
import org.mapbot.share.Deals;
import org.mapbot.share.SharePageView;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

class ExportToSlackTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    static final Pattern FEED = Pattern.compile("https://mapbot\\.example\\.com(/ics/[A-Za-z0-9_-]+)");

    private Deals deals;

    @BeforeEach
    void setUp() {
        deals = new Deals(app.plans());
        SlackUploads.accept(app);
    }

    @Test
    void export_pdf_acks_at_once_and_uploads_a_real_pdf_of_the_plan_to_the_askers_dm() throws Exception {
        deals.acmeDeal("Acme rollout");

        HttpResponse<String> reply = app.requests().seller("export pdf");

        assertThat(reply.body()).contains("Preparing your PDF");
        Map<String, String> completed = SlackUploads.awaitCompleted(app);
        byte[] pdf = SlackUploads.uploadedBytes(app);
        assertThat(completed.get("channel_id")).isEqualTo("D0DM");
        assertThat(completed.get("files")).contains("F0EXPORT", "Acme rollout");
        Map<String, String> asked = app.slack().calls("files.getUploadURLExternal").get(0);
        assertThat(asked.get("filename")).isEqualTo("acme-rollout-mutual-action-plan.pdf");
        assertThat(asked.get("length")).isEqualTo(Integer.toString(pdf.length));
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
            assertThat(text).contains("Acme rollout", "Discovery call", "Technical test", "Contract review", "Jane Doe (Legal)");
            assertThat(text).doesNotContain(Deals.INTERNAL_TITLE);
        }
    }

    @Test
    void export_csv_channel_posts_the_customer_csv_to_the_channel() throws Exception {
        deals.acmeDeal("Acme rollout");

        app.requests().seller("export csv channel");

        Map<String, String> completed = SlackUploads.awaitCompleted(app);
        assertThat(completed.get("channel_id")).isEqualTo(Slackers.SHARED_CHANNEL);
        String csv = new String(SlackUploads.uploadedBytes(app), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("Step")).containsExactly("Discovery call", "Technical test", "Contract review");
        assertThat(rows).extracting(r -> r.get("Owner")).containsExactly("Sam", "Sam", "Jane Doe (Legal)");
        assertThat(rows).extracting(r -> r.get("Due date")).containsExactly("2026-11-27", "2026-12-11", "2027-01-15");
    }

    @Test
    void export_ics_gives_a_feed_url_serving_one_all_day_event_per_open_step_until_revoked() {
        deals.acmeDeal("Acme rollout");

        String reply = JsonParser.parseString(app.requests().seller("export ics").body()).getAsJsonObject().get("text").getAsString();
        Matcher link = FEED.matcher(reply);
        assertThat(link.find()).as(reply).isTrue();
        HttpResponse<String> feed = app.requests().get(link.group(1));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.headers().firstValue("Cache-Control")).hasValue("no-store");
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertThat(calendar.getEvents()).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder(
                "Discovery call — Acme rollout", "Technical test — Acme rollout", "Contract review — Acme rollout");
        VEvent technical = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().startsWith("Technical")).findFirst().orElseThrow();
        assertThat(technical.getDateStart().getValue().hasTime()).isFalse();
        assertThat(technical.getUid().getValue()).as("this workspace, this deployment's domain")
                .endsWith("." + Slackers.SELLER_TEAM + "@mapbot.example.com");
        assertThat(app.requests().get(link.group(1).replace("/ics/", "/p/")).statusCode()).as("a calendar token opens no page").isEqualTo(404);

        app.requests().seller("share revoke");
        HttpResponse<String> revoked = app.requests().get(link.group(1));
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(SharePageView.notFoundPage());
    }

    @Test
    void an_unknown_export_format_gets_a_helpful_reply() {
        deals.acmeDeal("Acme rollout");

        assertThat(app.requests().seller("export docx").body()).contains("Which export?", "/map export pdf");
        assertThat(app.slack().count("files.getUploadURLExternal")).isZero();
    }

    @Test
    void a_failed_upload_is_reported_to_the_person_who_asked() {
        deals.acmeDeal("Acme rollout");
        app.slack().stub("files.getUploadURLExternal", "{\"ok\":false,\"error\":\"ratelimited\"}");

        app.requests().seller("export pdf");

        Map<String, String> told = Await.until("an ephemeral note", () -> app.slack().calls("chat.postEphemeral").stream().findFirst());
        assertThat(told.get("user")).isEqualTo(Slackers.SELLER_USER);
        assertThat(told.get("text")).contains("could not be uploaded", "ratelimited");
    }
}
