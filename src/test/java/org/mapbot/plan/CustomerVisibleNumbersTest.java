package org.mapbot.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;

import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.home.HomeActions;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;
import org.mapbot.plan.slack.CardIds;

/**
 * Wherever the customer can see a number (card in the shared channel, Full plan, the Home plan modal, share page,
 * PDF), it is computed from the steps they can see: an internal step due later, or an internal slip, never shows.
 */
class CustomerVisibleNumbersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    /** Customer view: Technical test due 18 Dec after a 7-day slip; the average slip (7 days) pushes it to 25 Dec. */
    static final String CUSTOMER_PROJECTION = "2026-12-25";
    /** Seller view: the internal step, moved to 30 Apr 2027 (63 days), and 70 days over two steps push it to 4 Jun. */
    static final String SELLER_PROJECTION = "2027-06-04";

    @BeforeEach
    void aPlanWithAnInternalSlip() {
        app.slack().stub("users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.CUSTOMER_USER + "\",\"team_id\":\""
                + Slackers.CUSTOMER_TEAM + "\",\"real_name\":\"Casey Customer\"}}");
        app.requests().seller("new Acme rollout");
        app.requests().seller("add Technical test <@" + Slackers.CUSTOMER_USER + "|casey> by 2026-12-11");
        app.requests().seller("add Discount approval by 2027-02-26 internal");
        app.requests().seller("due 2 2027-04-30 pricing committee moved");
        app.requests().seller("due 1 2026-12-18 IT on holiday");
        app.settle();
    }

    private long planId() {
        return app.dsl().select(PLAN.ID).from(PLAN).fetchSingle(PLAN.ID);
    }

    @Test
    void the_card_in_the_shared_channel_counts_only_visible_slips_and_projects_from_visible_steps() {
        Map<String, String> card = app.slack().awaitCall("chat.update", c -> FakeSlack.isPlanCard(c)
                && FakeSlack.unescaped(c.get("blocks")).contains("Projected finish"));
        String blocks = FakeSlack.unescaped(app.slack().calls("chat.update").stream().filter(FakeSlack::isPlanCard)
                .reduce((a, b) -> b).orElse(card).get("blocks"));

        assertThat(blocks).contains("1 slip, 7 days").contains("|" + CUSTOMER_PROJECTION + ">")
                .doesNotContain(SELLER_PROJECTION).doesNotContain("70 days").doesNotContain("2 slips");
        assertThat(app.requests().seller("list").body()).as("the seller's own list counts everything")
                .contains("2 slips (70 days)").contains(SELLER_PROJECTION);
    }

    @Test
    void full_plan_and_the_home_plan_modal_give_the_customer_the_visible_numbers() {
        app.requests().blockAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "1700000000.000100", CardIds.FULL_PLAN, Long.toString(planId()));
        String fullPlan = FakeSlack.unescaped(app.slack().awaitCalls("views.open", 1).get(0).get("view"));
        assertThat(fullPlan).contains("0/1 done").doesNotContain("Discount approval");

        app.requests().viewAction(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, "home", "V0HOME", "offset=0",
                HomeActions.OPEN_PLAN, Long.toString(planId()));
        String modal = FakeSlack.unescaped(app.slack().awaitCalls("views.open", 2).get(1).get("view"));
        assertThat(modal).contains("slipped 1× (7 days)").contains("|" + CUSTOMER_PROJECTION + ">")
                .doesNotContain(SELLER_PROJECTION).doesNotContain("Discount approval");
    }

    @Test
    void the_share_page_and_the_pdf_project_the_finish_from_visible_steps() throws Exception {
        String link = app.requests().seller("share").body();
        String token = link.replaceAll("(?s).*https://mapbot\\.example\\.com/p/([A-Za-z0-9_-]+).*", "$1");
        String page = app.requests().get("/p/" + token).body();
        assertThat(page).contains("25 Dec 2026").doesNotContain("4 Jun 2027").doesNotContain("Discount approval");

        String upload = "/upload/v1/F0PDF";
        app.slack().stub("files.getUploadURLExternal", "{\"ok\":true,\"upload_url\":\"" + app.slack().baseUrl() + upload
                + "\",\"file_id\":\"F0PDF\"}");
        app.slack().stub("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F0PDF\"}]}");
        app.slack().wireMock().stubFor(post(urlEqualTo(upload)).willReturn(aResponse().withStatus(200).withBody("OK")));
        app.requests().seller("export pdf");
        app.slack().awaitCalls("files.completeUploadExternal", 1);
        byte[] pdf = app.slack().wireMock().findAll(postRequestedFor(urlEqualTo(upload))).get(0).getBody();
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(parsed).replaceAll("\\s+", " ");
            assertThat(text).contains("25 Dec 2026").doesNotContain("4 Jun 2027");
        }
    }
}
