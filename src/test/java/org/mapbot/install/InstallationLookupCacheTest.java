package org.mapbot.install;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.STEP;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.slack.CardIds;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;

/**
 * Which installation serves a workspace is read (and its tokens decrypted) once per 30 seconds on an instance, not on
 * every request and Web API call; an uninstall on this instance is obeyed at once, and after the 30 seconds the
 * database is read again, so what another instance changed is seen by then.
 */
class InstallationLookupCacheTest {
    private static final String TOKEN = "xoxb-cached-5555";
    private static final String CARD_TS = "1700000000.000100";

    @RegisterExtension
    static RunningApp app = new RunningApp().with("MAP_INSTALLATION_CACHE_SECONDS", "30").installable();

    @BeforeEach
    void theSellerInstallsAndStartsAPlan() {
        new AddToSlack().installs(app, Slackers.SELLER_TEAM, "Seller Inc", AddToSlack.access(Slackers.SELLER_TEAM, "Seller Inc", null, TOKEN),
                TOKEN);
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "new Rollout with quick");
        app.settle();
    }

    private static long installationReads() {
        return app.statements().statements().stream().filter(sql -> sql.contains("from \"installation\"")
                || sql.contains("from installation")).count();
    }

    private static void clickDone(int position) {
        long step = app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.ID);
        app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS, CardIds.DONE,
                Long.toString(step));
        app.settle();
    }

    private static String status(int position) {
        return app.dsl().select(STEP.STATUS).from(STEP).where(STEP.POSITION.eq(position)).fetchOne(STEP.STATUS);
    }

    @Test
    void a_done_click_and_the_card_update_after_it_read_no_installation_row_within_the_thirty_seconds() {
        app.statements().reset();

        clickDone(1);

        assertThat(status(1)).isEqualTo("done");
        assertThat(app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/chat.update"))))
                .extracting((LoggedRequest r) -> r.getHeader("Authorization")).isNotEmpty().containsOnly("Bearer " + TOKEN);
        assertThat(installationReads()).as("statements:\n%s", String.join("\n", app.statements().statements())).isZero();
    }

    @Test
    void after_thirty_seconds_the_installation_is_read_again_once() {
        app.clock().advance(Duration.ofSeconds(31));
        app.statements().reset();

        clickDone(1);

        assertThat(status(1)).isEqualTo("done");
        assertThat(installationReads()).isEqualTo(1);
    }

    @Test
    void after_an_uninstall_on_this_instance_the_revoked_token_is_never_used_again() {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_uninstalled");
        JsonObject envelope = SlackRequests.eventEnvelope(event);
        envelope.addProperty("team_id", Slackers.SELLER_TEAM);
        app.requests().event(envelope);
        app.settle();
        app.slack().wireMock().resetRequests();

        app.requests().blockAction(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, CARD_TS, CardIds.DONE,
                Long.toString(app.dsl().select(STEP.ID).from(STEP).where(STEP.POSITION.eq(2)).fetchOne(STEP.ID)));
        app.settle();

        assertThat(status(2)).isEqualTo("todo");
        assertThat(app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/chat.update")))).isEmpty();
        List<String> used = app.slack().wireMock().getAllServeEvents().stream()
                .map(e -> e.getRequest().getHeader("Authorization")).filter(h -> h != null).toList();
        assertThat(used).doesNotContain("Bearer " + TOKEN);
    }
}
