package org.mapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** The Monday digest says which proposals wait for an answer, and from whom, within Slack's limits for a section. */
class ProposalDigestTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Instant THURSDAY_AFTERNOON = Instant.parse("2026-12-03T14:00:00Z");

    private ProposalFixture fx;

    @BeforeEach
    void agreed() {
        fx = new ProposalFixture(app);
        fx.agreedPlan(ReminderKind.DIGEST);
    }

    @Test
    void the_digest_lists_the_open_date_proposals_of_both_organisations_and_nothing_internal() {
        fx.customerProposes(2, fx.due(2).plusDays(7), "waiting for legal", THURSDAY_AFTERNOON);
        fx.sellerProposes(3, fx.due(3).plusDays(10), "quote needs approval", THURSDAY_AFTERNOON);

        Map<String, String> digest = digestOnMonday();

        String text = FakeSlack.unescaped(String.join("\n", sections(digest)));
        assertThat(text).contains("2 date proposals waiting for an answer:", "Internal pitch by the customer", "waiting for legal",
                "by <@" + Slackers.CUSTOMER_USER + ">", "<@" + Slackers.SELLER_USER + ">'s team to answer",
                "Quote", "quote needs approval").doesNotContain("Discount approval");
        assertThat(digest.get("text")).contains("2 waiting for an answer");
        assertThat(sections(digest)).allSatisfy(section -> assertThat(section.length()).isLessThanOrEqualTo(3000));
    }

    @Test
    void an_answered_proposal_is_not_in_the_digest() {
        fx.customerProposes(2, fx.due(2).plusDays(7), "waiting for legal", THURSDAY_AFTERNOON);
        fx.click(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, ProposalFixture.CARD_TS,
                org.mapbot.plan.slack.CardIds.DECLINE, fx.openProposal().getId());

        assertThat(String.join("\n", sections(digestOnMonday()))).doesNotContain("waiting for an answer");
    }

    /** Monday 7 December, 09:00 in the plan's zone: the digest in the channel, not in a thread. */
    private Map<String, String> digestOnMonday() {
        fx.sweepAt(ZonedDateTime.of(LocalDate.of(2026, 12, 7), LocalTime.of(9, 0), fx.planZone()).toInstant());
        List<Map<String, String>> posts = app.slack().callsBesidesCard("chat.postMessage");
        return posts.stream().filter(p -> Slackers.SHARED_CHANNEL.equals(p.get("channel")) && p.get("thread_ts") == null)
                .filter(p -> p.getOrDefault("blocks", "").contains("Week ahead")).findFirst()
                .orElseThrow(() -> new AssertionError("No digest among " + posts));
    }

    private static List<String> sections(Map<String, String> digest) {
        return StreamSupport.stream(JsonParser.parseString(digest.get("blocks")).getAsJsonArray().spliterator(), false)
                .map(JsonElement::getAsJsonObject).filter(b -> b.get("type").getAsString().equals("section"))
                .map(b -> b.getAsJsonObject("text").get("text").getAsString()).toList();
    }
}
