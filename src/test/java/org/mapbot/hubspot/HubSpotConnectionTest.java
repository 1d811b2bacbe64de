package org.mapbot.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.HUBSPOT_CONNECTION;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Who may connect HubSpot, how the token is checked and kept, and how the connection is looked at and removed. */
class HubSpotConnectionTest {
    static final FakeHubSpot hubspot = new FakeHubSpot();
    @RegisterExtension
    static RunningApp app = new RunningApp().with("HUBSPOT_API_URL", hubspot.url()).with("MAP_ENCRYPTION_KEY", AddToSlack.ENCRYPTION_KEY);

    private final HubSpotFixture fixture = new HubSpotFixture(app, hubspot);

    @BeforeEach
    void freshHubSpot() {
        hubspot.reset();
    }

    @AfterAll
    static void stop() {
        hubspot.close();
    }

    @Test
    void connect_opens_a_form_for_the_token_instead_of_taking_it_in_the_command() {
        var answer = app.requests().seller("hubspot connect");

        assertThat(answer.statusCode()).isEqualTo(200);
        var opened = app.slack().awaitCalls("views.open", 1).get(0);
        assertThat(opened.get("view")).contains(ConnectForm.CALLBACK).contains("crm.objects.deals.write").contains("Access token");
    }

    @Test
    void a_token_typed_into_the_command_is_refused_and_not_repeated() {
        var answer = app.requests().seller("hubspot connect " + FakeHubSpot.TOKEN);

        assertThat(answer.body()).contains("not a HubSpot command I know").contains("`/map hubspot connect`")
                .doesNotContain(FakeHubSpot.TOKEN);
        assertThat(app.slack().count("views.open")).isZero();
        assertThat(hubspot.requestCount()).isZero();
    }

    @Test
    void an_admin_connects_with_a_token_hubspot_accepts_and_only_its_ciphertext_is_stored() {
        fixture.sellerIsAdmin();

        var submitted = fixture.submitToken(Slackers.SELLER_USER, FakeHubSpot.TOKEN);

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).doesNotContain("errors");
        assertThat(fixture.connectAnswer(Slackers.SELLER_USER)).contains("HubSpot account " + FakeHubSpot.PORTAL + " is connected")
                .doesNotContain(FakeHubSpot.TOKEN);
        hubspot.wireMock().verify(1, getRequestedFor(urlEqualTo("/account-info/v3/details"))
                .withHeader("Authorization", equalTo("Bearer " + FakeHubSpot.TOKEN)));
        var row = app.dsl().selectFrom(HUBSPOT_CONNECTION).fetchOne();
        assertThat(row.getTeamId()).isEqualTo(Slackers.SELLER_TEAM);
        assertThat(row.getPortalId()).isEqualTo(FakeHubSpot.PORTAL);
        assertThat(row.getConnectedBy()).isEqualTo(Slackers.SELLER_USER);
        assertThat(row.formatCSV()).doesNotContain(FakeHubSpot.TOKEN).doesNotContain("1a2b3c4d");
        assertThat(new String(row.getTokenSealed(), StandardCharsets.ISO_8859_1)).doesNotContain("1a2b3c4d");

        String status = fixture.seller(Slackers.SHARED_CHANNEL, "hubspot status");
        assertThat(status).contains("account " + FakeHubSpot.PORTAL).contains("<@" + Slackers.SELLER_USER + ">")
                .doesNotContain(FakeHubSpot.TOKEN);
    }

    @Test
    void someone_who_is_not_a_workspace_admin_cannot_connect_and_nothing_is_stored() {
        fixture.submitToken(Slackers.SELLER_COLLEAGUE, FakeHubSpot.TOKEN);

        assertThat(fixture.connectAnswer(Slackers.SELLER_COLLEAGUE)).contains("Only an admin or owner of this Slack workspace");
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isZero();
        assertThat(hubspot.requestCount()).isZero();
    }

    @Test
    void a_token_hubspot_refuses_is_not_stored() {
        fixture.sellerIsAdmin();

        fixture.submitToken(Slackers.SELLER_USER, "pat-na1-00000000-0000-0000-0000-000000000000");

        assertThat(fixture.connectAnswer(Slackers.SELLER_USER)).contains("HubSpot refused that token (401)").contains("nothing was saved");
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isZero();
    }

    @Test
    void something_that_is_not_a_token_is_refused_in_the_form_itself() {
        fixture.sellerIsAdmin();

        var submitted = fixture.submitToken(Slackers.SELLER_USER, "my token <!channel>");

        assertThat(submitted.body()).contains("\"response_action\":\"errors\"").contains(ConnectForm.TOKEN_BLOCK)
                .contains("pat-na1-").doesNotContain("<!channel>");
        assertThat(hubspot.requestCount()).isZero();
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isZero();
    }

    @Test
    void an_admin_disconnects_and_the_token_is_deleted() {
        fixture.connect();
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isEqualTo(1);

        assertThat(fixture.seller(Slackers.SHARED_CHANNEL, "hubspot disconnect")).contains("disconnected and its token deleted");

        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isZero();
        assertThat(fixture.seller(Slackers.SHARED_CHANNEL, "hubspot status")).contains("not connected");
    }

    @Test
    void a_colleague_who_is_not_an_admin_cannot_disconnect() {
        fixture.connect();

        String answer = fixture.later(Slackers.SELLER_COLLEAGUE, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "hubspot disconnect");

        assertThat(answer).contains("Only an admin or owner");
        assertThat(app.dsl().fetchCount(HUBSPOT_CONNECTION)).isEqualTo(1);
    }

    @Test
    void an_unknown_hubspot_command_gets_the_ones_that_exist() {
        assertThat(app.requests().seller("hubspot sync now").body()).contains("`/map hubspot connect`")
                .contains("`/map hubspot status`").contains("`/map hubspot disconnect`");
    }
}
