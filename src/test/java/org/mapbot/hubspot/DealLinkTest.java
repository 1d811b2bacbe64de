package org.mapbot.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Linking a plan to its deal: what is accepted, what HubSpot confirms, and where the link shows (never to the customer). */
class DealLinkTest {
    static final FakeHubSpot hubspot = new FakeHubSpot();
    @RegisterExtension
    static RunningApp app = new RunningApp().with("HUBSPOT_API_URL", hubspot.url()).with("MAP_ENCRYPTION_KEY", AddToSlack.ENCRYPTION_KEY);

    private static final String DEAL_URL = "https://app.hubspot.com/contacts/" + FakeHubSpot.PORTAL + "/record/0-3/" + FakeHubSpot.DEAL;
    private final HubSpotFixture fixture = new HubSpotFixture(app, hubspot);

    @BeforeEach
    void freshHubSpot() {
        hubspot.reset();
    }

    @AfterAll
    static void stop() {
        hubspot.close();
    }

    private String linkedDeal() {
        return app.dsl().select(PLAN.HUBSPOT_DEAL_ID).from(PLAN).fetchOne(PLAN.HUBSPOT_DEAL_ID);
    }

    @Test
    void a_plan_is_linked_by_deal_id_and_the_answer_names_the_deal_hubspot_confirmed() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);

        String answer = fixture.seller(Slackers.SHARED_CHANNEL, "link hubspot " + FakeHubSpot.DEAL);

        assertThat(answer).contains("linked to the HubSpot deal <" + DEAL_URL + "|" + FakeHubSpot.DEAL_NAME + ">");
        var plan = app.dsl().selectFrom(PLAN).fetchOne();
        assertThat(plan.getHubspotDealId()).isEqualTo(FakeHubSpot.DEAL);
        assertThat(plan.getHubspotDealName()).isEqualTo(FakeHubSpot.DEAL_NAME);
        assertThat(plan.getHubspotDealUrl()).isEqualTo(DEAL_URL);
    }

    @Test
    void a_plan_is_linked_by_any_of_the_deal_addresses_hubspot_shows() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);
        List<String> addresses = List.of(
                "https://app.hubspot.com/contacts/" + FakeHubSpot.PORTAL + "/deal/" + FakeHubSpot.DEAL + "/",
                "<https://app.hubspot.com/contacts/" + FakeHubSpot.PORTAL + "/record/0-3/" + FakeHubSpot.DEAL + "/view/1>",
                "https://app-eu1.hubspot.com/contacts/" + FakeHubSpot.PORTAL + "/record/0-3/" + FakeHubSpot.DEAL + "?tab=overview");

        for (String address : addresses) {
            app.requests().seller("unlink hubspot");
            assertThat(linkedDeal()).isNull();

            assertThat(fixture.seller(Slackers.SHARED_CHANNEL, "link hubspot " + address)).as(address).contains("linked to the HubSpot deal");
            assertThat(linkedDeal()).as(address).isEqualTo(FakeHubSpot.DEAL);
        }
    }

    @Test
    void wrong_or_missing_deals_get_an_example_and_nothing_is_asked_or_saved() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);
        int asked = hubspot.requestCount();

        for (String typed : List.of("link", "link hubspot", "link salesforce 123", "link hubspot deal-42", "link hubspot 1234567890123456789",
                "link hubspot https://evil.example.com/contacts/1/deal/2", "link hubspot <!channel>", "link hubspot 12 34")) {
            String answer = app.requests().seller(typed).body();
            assertThat(answer).as(typed).contains("`/map link hubspot 18472659301`").doesNotContain("<!channel>");
        }
        assertThat(app.requests().seller("unlink salesforce").body()).contains("`/map unlink hubspot`");
        assertThat(hubspot.requestCount()).isEqualTo(asked);
        assertThat(linkedDeal()).isNull();
    }

    @Test
    void a_deal_hubspot_does_not_have_is_not_linked() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);

        String answer = fixture.seller(Slackers.SHARED_CHANNEL, "link hubspot 999");

        assertThat(answer).contains("has no deal 999").contains("nothing was linked");
        assertThat(linkedDeal()).isNull();
    }

    @Test
    void a_deal_of_another_hubspot_account_is_refused() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);

        String answer = fixture.seller(Slackers.SHARED_CHANNEL, "link hubspot https://app.hubspot.com/contacts/999/record/0-3/" + FakeHubSpot.DEAL);

        assertThat(answer).contains("deal of HubSpot account 999").contains("connected to account " + FakeHubSpot.PORTAL);
        assertThat(linkedDeal()).isNull();
    }

    @Test
    void linking_before_hubspot_is_connected_says_an_admin_connects_first() {
        fixture.plan(Slackers.SHARED_CHANNEL);

        assertThat(fixture.seller(Slackers.SHARED_CHANNEL, "link hubspot " + FakeHubSpot.DEAL)).contains("`/map hubspot connect` first");
        assertThat(linkedDeal()).isNull();
    }

    @Test
    void the_customer_can_never_link_a_plan_to_a_deal() {
        fixture.connect();
        fixture.plan(Slackers.SHARED_CHANNEL);
        int asked = hubspot.requestCount();

        var answer = app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "link hubspot " + FakeHubSpot.DEAL);
        app.settle();

        assertThat(answer.body() + app.slack().responses()).doesNotContain("linked to the HubSpot deal");
        assertThat(linkedDeal()).isNull();
        assertThat(hubspot.requestCount()).isEqualTo(asked);
    }

    @Test
    void the_card_in_a_shared_channel_never_carries_the_deal_link() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        app.settle();

        List<Map<String, String>> cards = app.slack().calls("chat.postMessage").stream().filter(FakeSlack::isPlanCard).toList();
        List<Map<String, String>> updates = app.slack().calls("chat.update");
        assertThat(updates).isNotEmpty();
        for (Map<String, String> card : concat(cards, updates)) {
            String blocks = FakeSlack.unescaped(card.get("blocks"));
            assertThat(blocks).doesNotContain("hubspot").doesNotContain("HubSpot").doesNotContain(FakeHubSpot.DEAL)
                    .doesNotContain(FakeHubSpot.DEAL_NAME);
            assertThat(card.get("text")).doesNotContain("HubSpot");
        }
    }

    @Test
    void the_card_in_an_internal_channel_shows_the_deal_link_and_unlinking_removes_it() {
        app.slack().wireMock().stubFor(post(urlEqualTo("/api/conversations.info")).withRequestBody(containing(Slackers.INTERNAL_CHANNEL))
                .atPriority(1).willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"" + Slackers.INTERNAL_CHANNEL
                        + "\",\"is_ext_shared\":false,\"is_shared\":false}}")));
        fixture.linkedPlan(Slackers.INTERNAL_CHANNEL);
        app.settle();

        String card = FakeSlack.unescaped(app.slack().calls("chat.update").get(app.slack().count("chat.update") - 1).get("blocks"));
        assertThat(card).contains("<" + DEAL_URL + "|" + FakeHubSpot.DEAL_NAME + ">");

        assertThat(app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.INTERNAL_CHANNEL, "unlink hubspot").body())
                .contains("no longer linked");
        app.settle();
        String after = FakeSlack.unescaped(app.slack().calls("chat.update").get(app.slack().count("chat.update") - 1).get("blocks"));
        assertThat(after).doesNotContain(DEAL_URL).doesNotContain("HubSpot");
    }

    @Test
    void the_sellers_home_shows_the_deal_link_in_the_plan_block() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);

        var home = app.slack().awaitCall("views.publish", call -> Slackers.SELLER_USER.equals(call.get("user_id"))
                && FakeSlack.unescaped(call.get("view")).contains(DEAL_URL));

        assertThat(FakeSlack.unescaped(home.get("view"))).contains("<" + DEAL_URL + "|" + FakeHubSpot.DEAL_NAME + ">");
        app.settle();
        assertThat(app.slack().calls("views.publish").stream().filter(c -> !Slackers.SELLER_USER.equals(c.get("user_id")))
                .map(c -> FakeSlack.unescaped(c.get("view")))).noneMatch(view -> view.contains(DEAL_URL));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
