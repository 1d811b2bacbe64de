package org.mapbot.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.HUBSPOT_CONNECTION;
import static org.mapbot.db.generated.Tables.HUBSPOT_SYNC;
import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.TokenCipher;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.Await;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/**
 * What is written to a linked deal and when: the properties created once, the plan's numbers after a Done click and a
 * slip, HubSpot's rate limit honoured, a refused token or a deleted deal told once, each workspace with its own token.
 */
class DealSyncTest {
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

    private long stepId(int position) {
        return app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
    }

    private void sellerClicksDone(int position) {
        app.settle();
        app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "1700000000.000100",
                CardIds.DONE, Long.toString(stepId(position)));
        app.settle();
    }

    /** The sender has run for everything that was due: the queue holds nothing due now. */
    private void awaitSenderDone() {
        app.settle();
        app.mapBot().scheduler().runNow(DealSyncJob.class);
        Await.until("the HubSpot sender to finish", () -> app.dsl().fetchCount(HUBSPOT_SYNC,
                HUBSPOT_SYNC.DUE_AT.le(app.clock().instant().atOffset(java.time.ZoneOffset.UTC))) == 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void the_group_and_the_properties_are_created_once_with_hubspot_types() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);

        assertThat(hubspot.createdGroups()).hasSize(1);
        assertThat(hubspot.createdGroups().get(0).path("name").asText()).isEqualTo("mapbot");
        Map<String, String> types = new java.util.TreeMap<>();
        for (JsonNode property : hubspot.createdProperties()) {
            assertThat(property.path("groupName").asText()).isEqualTo("mapbot");
            assertThat(property.path("name").asText()).startsWith("mapbot_");
            types.put(property.path("name").asText(), property.path("type").asText() + "/" + property.path("fieldType").asText());
        }
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of(
                "mapbot_progress", "number/number", "mapbot_next_step", "string/text", "mapbot_next_step_date", "date/date",
                "mapbot_target_date", "date/date", "mapbot_projected_finish", "date/date", "mapbot_slips", "number/number",
                "mapbot_slip_days", "number/number", "mapbot_commitment", "enumeration/select"));
        JsonNode commitment = hubspot.createdProperties().stream().filter(p -> p.path("name").asText().equals("mapbot_commitment"))
                .findFirst().orElseThrow();
        assertThat(commitment.path("options").findValuesAsText("value"))
                .containsExactly("not_proposed", "proposed", "agreed", "changed_since_agreement");

        sellerClicksDone(1);
        hubspot.awaitUpdate(2);

        assertThat(hubspot.createdGroups()).hasSize(1);
        assertThat(hubspot.createdProperties()).hasSize(DealProperties.ALL.size());
        assertThat(app.dsl().select(HUBSPOT_CONNECTION.PROPERTIES_READY).from(HUBSPOT_CONNECTION).fetchOne(HUBSPOT_CONNECTION.PROPERTIES_READY))
                .isTrue();
    }

    @Test
    void a_done_click_writes_the_progress_next_step_and_dates_to_the_deal() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        JsonNode first = hubspot.awaitUpdate(1);
        assertThat(first.path("mapbot_progress").asText()).isEqualTo("0");
        assertThat(first.path("mapbot_next_step").asText()).isEqualTo("Demo");

        sellerClicksDone(1);
        JsonNode after = hubspot.awaitUpdate(2);

        assertThat(hubspot.updates().get(1).getUrl()).isEqualTo("/crm/v3/objects/deals/" + FakeHubSpot.DEAL);
        assertThat(hubspot.updates().get(1).getHeader("Authorization")).isEqualTo("Bearer " + FakeHubSpot.TOKEN);
        assertThat(after.path("mapbot_progress").asText()).isEqualTo("25");
        // HubSpot is the seller's own system: the internal discount approval, due 10 Dec, is the next step there.
        assertThat(after.path("mapbot_next_step").asText()).isEqualTo("Discount approval");
        assertThat(after.path("mapbot_next_step_date").asText()).isEqualTo("2026-12-10");
        assertThat(after.path("mapbot_target_date").asText()).isEqualTo("2027-01-29");
        assertThat(after.path("mapbot_projected_finish").asText()).isEqualTo("2026-12-18");
        assertThat(after.path("mapbot_slips").asText()).isEqualTo("0");
        assertThat(after.path("mapbot_slip_days").asText()).isEqualTo("0");
        assertThat(after.path("mapbot_commitment").asText()).isEqualTo("not_proposed");
    }

    @Test
    void a_slip_writes_the_slips_and_the_later_projected_finish() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);

        app.requests().seller("due 3 2026-12-28 legal needs another week");
        JsonNode after = hubspot.awaitUpdate(2);

        assertThat(after.path("mapbot_slips").asText()).isEqualTo("1");
        assertThat(after.path("mapbot_slip_days").asText()).isEqualTo("10");
        // The last open date, 28 Dec, pushed out by the average slip per dated step (10 days over 4 steps: 3 days).
        assertThat(after.path("mapbot_projected_finish").asText()).isEqualTo("2026-12-31");
        assertThat(after.path("mapbot_progress").asText()).isEqualTo("0");
    }

    @Test
    void a_rate_limit_is_waited_out_as_hubspot_asks_and_the_latest_state_is_written_then() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        var limited = hubspot.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/crm/v3/objects/deals/[0-9]+")).atPriority(1)
                .willReturn(FakeHubSpot.error(429, "RATE_LIMITS", "You have reached your secondly limit.").withHeader("Retry-After", "30")));

        sellerClicksDone(1);
        hubspot.awaitUpdate(2);
        var waiting = Await.until("the update to wait", () -> Optional.ofNullable(app.dsl().selectFrom(HUBSPOT_SYNC).fetchOne())
                .filter(r -> r.getAttempts() == 1));
        assertThat(waiting.getDueAt().toInstant()).isEqualTo(app.clock().instant().plusSeconds(30));

        app.mapBot().scheduler().runNow(DealSyncJob.class); // not due yet: nothing is sent
        sellerClicksDone(2); // a change meanwhile does not cut HubSpot's wait short
        assertThat(app.dsl().selectFrom(HUBSPOT_SYNC).fetchOne().getDueAt().toInstant()).isEqualTo(app.clock().instant().plusSeconds(30));
        assertThat(hubspot.updates()).hasSize(2);

        hubspot.wireMock().removeStub(limited);
        app.clock().advance(Duration.ofSeconds(31));
        app.mapBot().scheduler().runNow(DealSyncJob.class);
        JsonNode written = hubspot.awaitUpdate(3);

        assertThat(written.path("mapbot_progress").asText()).isEqualTo("50");
        awaitSenderDone();
        assertThat(app.dsl().fetchCount(HUBSPOT_SYNC)).isZero();
        assertThat(hubspot.updates()).hasSize(3);
    }

    @Test
    void a_token_hubspot_refuses_stops_the_sync_and_the_admin_is_told_once() {
        fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        hubspot.answerUpdates(FakeHubSpot.error(401, "INVALID_AUTHENTICATION", "The OAuth token used to make this call expired."));

        sellerClicksDone(1);
        var told = app.slack().awaitCall("chat.postMessage", call -> Slackers.SELLER_USER.equals(call.get("channel")));
        assertThat(told.get("text")).contains("HubSpot refused").contains("`/map hubspot connect`");
        awaitSenderDone();
        assertThat(app.dsl().select(HUBSPOT_CONNECTION.BROKEN_AT).from(HUBSPOT_CONNECTION).fetchOne(HUBSPOT_CONNECTION.BROKEN_AT)).isNotNull();

        sellerClicksDone(2);
        awaitSenderDone();

        assertThat(hubspot.updates()).hasSize(2);
        assertThat(app.slack().calls("chat.postMessage").stream().filter(c -> Slackers.SELLER_USER.equals(c.get("channel")))).hasSize(1);
        assertThat(fixture.seller(Slackers.SHARED_CHANNEL, "hubspot status")).contains("HubSpot refused the token");

        hubspot.reset();
        fixture.connect(); // connecting again mends it
        sellerClicksDone(3);
        assertThat(hubspot.awaitUpdate(1).path("mapbot_progress").asText()).isEqualTo("75");
    }

    @Test
    void a_deal_deleted_in_hubspot_breaks_the_link_and_the_plan_owner_is_told_once() {
        long planId = fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        hubspot.answerUpdates(FakeHubSpot.error(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric."));

        sellerClicksDone(1);
        var told = app.slack().awaitCall("chat.postMessage", call -> Slackers.SELLER_USER.equals(call.get("channel")));
        assertThat(told.get("text")).contains("no deal " + FakeHubSpot.DEAL).contains("`/map link hubspot");
        awaitSenderDone();
        assertThat(app.dsl().select(PLAN.HUBSPOT_LINK_BROKEN).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.HUBSPOT_LINK_BROKEN)).isTrue();

        sellerClicksDone(2);
        awaitSenderDone();

        assertThat(hubspot.updates()).hasSize(2);
        assertThat(app.slack().calls("chat.postMessage").stream().filter(c -> Slackers.SELLER_USER.equals(c.get("channel")))).hasSize(1);
    }

    @Test
    void another_workspaces_plan_is_never_written_with_this_workspaces_token() {
        long planId = fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        app.dsl().update(PLAN).set(PLAN.TEAM_ID, "T0ELSEWHERE").where(PLAN.ID.eq(planId)).execute();

        app.plans().refresh(planId);
        awaitSenderDone();
        assertThat(hubspot.updates()).hasSize(1);

        String theirToken = "pat-eu1-99999999-8888-7777-6666-555555555555";
        hubspot.acceptToken(theirToken);
        connectDirectly("T0ELSEWHERE", theirToken, FakeHubSpot.PORTAL); // a sister workspace on the same HubSpot account
        app.plans().refresh(planId);
        hubspot.awaitUpdate(2);

        assertThat(hubspot.updates().get(0).getHeader("Authorization")).isEqualTo("Bearer " + FakeHubSpot.TOKEN);
        assertThat(hubspot.updates().get(1).getHeader("Authorization")).isEqualTo("Bearer " + theirToken);
    }

    @Test
    void after_another_hubspot_account_is_connected_the_old_accounts_deal_is_not_written() {
        long planId = fixture.linkedPlan(Slackers.SHARED_CHANNEL);
        String otherToken = "pat-eu1-99999999-8888-7777-6666-555555555555";
        hubspot.acceptToken(otherToken);
        connectDirectly(Slackers.SELLER_TEAM, otherToken, 777);

        app.plans().refresh(planId);
        awaitSenderDone();

        assertThat(hubspot.updates()).hasSize(1);
        assertThat(app.dsl().fetchCount(HUBSPOT_SYNC)).isZero();
    }

    /** A connection saved as {@code /map hubspot connect} saves it, for a workspace or an account the tests cannot click. */
    private static void connectDirectly(String teamId, String token, long portalId) {
        EncryptionKeys keys = new EncryptionKeys(Base64.getDecoder().decode(AddToSlack.ENCRYPTION_KEY), Optional.empty());
        new HubSpotConnections(app.dsl(), new TokenCipher(keys, new SecureRandom())).save(new Installation(teamId, null, "U0BOT2"),
                token, new HubSpotApi.Account(portalId, "app.hubspot.com"), "U0THEIRADMIN", app.clock().instant());
    }
}
