package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;

/** The served share page says who agreed when, which dates are agreed, what changed without agreement, and results. */
class SharedCommitmentTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void the_share_page_shows_who_agreed_when_the_agreed_and_unilateral_dates_the_open_proposal_and_the_results() {
        CommittedDeal deal = new CommittedDeal(app);

        String html = app.requests().get("/p/" + deal.shareToken()).body();

        String commitment = html.substring(html.indexOf("<h2 id=\"commitment\">"), html.indexOf("<h2>Timeline</h2>"));
        assertThat(commitment).contains("Changed since both organisations agreed on",
                "The customer: agreed by Casey on", "(an earlier version of the plan)", "Seller Inc: agreed by Sam on",
                "1 date was changed without the other organisation", "1 proposal is waiting for an answer");
        String steps = html.substring(html.indexOf("<h2>Steps</h2>"));
        assertThat(steps).contains("Agreed</span>", DocumentCommitment.UNILATERAL + " (agreed " + DocumentText.date(deal.agreedQuote) + ")",
                DocumentText.date(deal.movedQuote), "New date proposed: " + DocumentText.date(deal.proposedPitch),
                "waiting for legal", CommittedDeal.RESULT);
        assertThat(html).as("internal steps never appear").doesNotContain(CommittedDeal.INTERNAL, "Discount");
    }

    @Test
    void a_result_recorded_after_done_reads_on_the_card_and_in_the_history_too() {
        CommittedDeal deal = new CommittedDeal(app);

        assertThat(deal.handshake().lastCard()).contains(CommittedDeal.RESULT);
        assertThat(FakeSlack.unescaped(app.requests().seller("history 1").body())).contains("result: " + CommittedDeal.RESULT);
    }
}
