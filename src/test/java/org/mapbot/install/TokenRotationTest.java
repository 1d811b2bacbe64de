package org.mapbot.install;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.PLAN;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.slack.SlackClients;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** Token rotation: refreshed before it expires, for background work too, once however many instances need it. */
class TokenRotationTest {
    private static final String FIRST = "xoxe.xoxb-first-token-aaaa";
    private static final String ROTATED = "xoxe.xoxb-rotated-token-bbbb";
    private static final String REFRESH = "xoxe-1-refresh-cccc";

    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    @BeforeEach
    void installedWithATokenValidForTenMinutes() {
        app.slack().stub("oauth.v2.access", AddToSlack.rotatingAccess(Slackers.SELLER_TEAM, "Seller Inc", FIRST, REFRESH, 600));
        AddToSlack browser = new AddToSlack();
        assertThat(browser.allowed(app.baseUrl(), browser.start(app.baseUrl()), "code-1").statusCode()).isEqualTo(200);
    }

    /** The refreshes the app asked Slack for (the install's own code exchange is not one). */
    private static List<Map<String, String>> refreshes() {
        return app.slack().calls("oauth.v2.access").stream().filter(call -> "refresh_token".equals(call.get("grant_type"))).toList();
    }

    private static void slackRotates(int delayMs) {
        app.slack().stub("oauth.v2.access", FakeSlack.json(200, "{\"ok\":true,\"token_type\":\"bot\",\"access_token\":\"" + ROTATED
                + "\",\"refresh_token\":\"xoxe-1-refresh-next\",\"expires_in\":43200}").withFixedDelay(delayMs), 1);
    }

    private static List<String> tokensOf(String method) {
        return app.slack().wireMock().findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map(r -> r.getHeader("Authorization")).toList();
    }

    private TokenRefresher anotherInstancesRefresher() {
        byte[] key = Base64.getDecoder().decode(AddToSlack.ENCRYPTION_KEY);
        InstallationRepository repository = new InstallationRepository(app.dsl(),
                new TokenCipher(new EncryptionKeys(key, Optional.empty()), new SecureRandom()));
        return new TokenRefresher(app.dsl(), repository, new SlackClients(app.slack().apiUrl(), "xoxb-unused").slack().methods(),
                AddToSlack.CLIENT_ID, AddToSlack.CLIENT_SECRET, app.clock());
    }

    @Test
    void a_token_far_from_expiry_is_used_as_it_is() {
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "new Rollout with quick");
        app.settle();

        assertThat(refreshes()).isEmpty();
        assertThat(tokensOf("chat.postMessage")).containsOnly("Bearer " + FIRST);
    }

    @Test
    void a_token_near_expiry_is_refreshed_before_a_background_card_update_and_the_new_one_is_stored_encrypted() {
        app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "new Rollout with quick");
        app.settle();
        slackRotates(0);
        app.clock().advance(Duration.ofMinutes(6));

        long planId = app.dsl().select(PLAN.ID).from(PLAN).fetchOne(PLAN.ID);
        app.plans().refresh(planId); // the card is updated by the pipeline, off any request
        app.settle();

        assertThat(refreshes()).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", REFRESH));
        org.mapbot.testkit.Await.until("the card updated with the rotated token",
                () -> tokensOf("chat.update").contains("Bearer " + ROTATED) ? Optional.of(true) : Optional.empty());
        assertThat(app.dsl().fetchOne("select bot_token_expires_at from installation").get(0, java.time.OffsetDateTime.class)
                .toInstant()).isEqualTo(app.clock().instant().plusSeconds(43200));
        byte[] stored = app.dsl().fetchOne("select bot_token from installation").get(0, byte[].class);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ROTATED);
    }

    @Test
    void two_instances_needing_a_refresh_at_once_spend_the_refresh_token_once() throws Exception {
        slackRotates(400);
        app.clock().advance(Duration.ofMinutes(6));
        TokenRefresher one = anotherInstancesRefresher();
        TokenRefresher two = anotherInstancesRefresher();
        CountDownLatch go = new CountDownLatch(1);

        CompletableFuture<Optional<StoredInstallation>> a = CompletableFuture.supplyAsync(() -> await(go, one));
        CompletableFuture<Optional<StoredInstallation>> b = CompletableFuture.supplyAsync(() -> await(go, two));
        go.countDown();

        assertThat(a.get().orElseThrow().botToken()).isEqualTo(ROTATED);
        assertThat(b.get().orElseThrow().botToken()).isEqualTo(ROTATED);
        app.slack().awaitCalls("oauth.v2.access", 2); // the install's code exchange and one refresh, both recorded
        assertThat(refreshes()).hasSize(1);
        assertThat(one.refreshes() + two.refreshes()).isEqualTo(1);
    }

    @Test
    void a_failed_refresh_is_counted_keeps_the_token_that_still_works_and_is_tried_again_on_the_next_use() {
        app.slack().stub("oauth.v2.access", FakeSlack.json(200, "{\"ok\":false,\"error\":\"invalid_refresh_token\"}"), 1);
        app.clock().advance(Duration.ofMinutes(6));
        TokenRefresher refresher = anotherInstancesRefresher();

        assertThat(refresher.current(null, Slackers.SELLER_TEAM).orElseThrow().botToken()).isEqualTo(FIRST);
        assertThat(refresher.failures()).isEqualTo(1);
        assertThat(refresher.current(null, Slackers.SELLER_TEAM).orElseThrow().botToken()).isEqualTo(FIRST);
        assertThat(refresher.failures()).isEqualTo(2);
        app.slack().awaitCalls("oauth.v2.access", 3);
        assertThat(refreshes()).hasSize(2);
    }

    private static Optional<StoredInstallation> await(CountDownLatch go, TokenRefresher refresher) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return refresher.current(null, Slackers.SELLER_TEAM);
    }
}
