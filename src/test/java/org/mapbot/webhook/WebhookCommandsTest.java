package org.mapbot.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.WEBHOOK_ATTEMPT;
import static org.mapbot.db.generated.Tables.WEBHOOK_DELIVERY;
import static org.mapbot.db.generated.Tables.WEBHOOK_ENDPOINT;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** {@code /map webhooks add|list|remove|test} as an admin, a colleague and a careless typist use them. */
class WebhookCommandsTest {
    static final Receiver receiver = new Receiver();

    @RegisterExtension
    static RunningApp app = new RunningApp().with("MAP_ENCRYPTION_KEY", AddToSlack.ENCRYPTION_KEY)
            .with(WebhookSettings.TRUSTED_HOSTS, "localhost");

    private final WebhookAdmin admin = new WebhookAdmin(app);

    @BeforeEach
    void freshReceiver() {
        receiver.reset();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void an_admin_sees_the_secret_once_and_the_database_keeps_it_only_encrypted() {
        WebhookAdmin.Added added = admin.add(receiver.url("/crm"), false);

        assertThat(added.answer()).contains(receiver.url("/crm")).contains("shown only this once").contains("`/map webhooks test 1`");
        var row = app.dsl().selectFrom(WEBHOOK_ENDPOINT).fetchOne();
        assertThat(row.getUrl()).isEqualTo(receiver.url("/crm"));
        assertThat(row.getCreatedBy()).isEqualTo(Slackers.SELLER_USER);
        assertThat(row.getSecretKeyId()).isNotBlank();
        String key = added.secret().substring("whsec_".length());
        byte[] raw = Base64.getDecoder().decode(key);
        String everything = row.formatCSV() + HexFormat.of().formatHex(row.getSecret());
        assertThat(everything).doesNotContain(added.secret()).doesNotContain(key).doesNotContain(HexFormat.of().formatHex(raw));
        assertThat(new String(row.getSecret(), StandardCharsets.ISO_8859_1)).doesNotContain(key);

        String listed = admin.command(Slackers.SELLER_USER, "list");
        assertThat(listed).contains("#1").contains(receiver.url("/crm")).contains("on").contains("no success yet")
                .doesNotContain(key);
    }

    @Test
    void someone_who_is_not_a_workspace_admin_is_refused_and_nothing_is_saved() {
        String answer = admin.command(Slackers.SELLER_COLLEAGUE, "add https://hooks.example.com/mapbot");

        assertThat(answer).contains("Only an admin or owner of this Slack workspace can manage webhooks");
        assertThat(app.dsl().fetchCount(WEBHOOK_ENDPOINT)).isZero();
        assertThat(admin.command(Slackers.SELLER_COLLEAGUE, "list")).contains("Only an admin or owner");
        assertThat(app.requests().command(Slackers.CUSTOMER_USER, Slackers.CUSTOMER_TEAM, Slackers.SHARED_CHANNEL,
                "webhooks list").statusCode()).isEqualTo(200);
    }

    @Test
    void urls_that_are_not_public_https_are_refused_with_an_example() {
        admin.sellerIsOwner();
        for (String bad : new String[] {"http://hooks.example.com/mapbot", "ftp://hooks.example.com/x",
                "https://user:secret@hooks.example.com/x", "https://127.0.0.1/hook", "https://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "not-a-url",
                "https://hooks.example.com/" + "a".repeat(WebhookUrls.MAX_LENGTH), "https://hooks.example.com/x#part"}) {
            String answer = admin.command(Slackers.SELLER_USER, "add " + bad);
            assertThat(answer).as(bad).contains("That URL cannot receive webhooks")
                    .contains("`/map webhooks add https://hooks.example.com/mapbot`");
        }
        assertThat(admin.command(Slackers.SELLER_USER, "add <https://10.0.0.1/x|<!channel>>")).contains("cannot receive webhooks")
                .doesNotContain("<!channel>");
        assertThat(app.dsl().fetchCount(WEBHOOK_ENDPOINT)).isZero();
    }

    @Test
    void unknown_webhook_commands_and_numbers_get_the_usage() {
        admin.sellerIsOwner();
        var unknown = app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, "webhooks please");
        assertThat(unknown.body()).contains("`/map webhooks add https://hooks.example.com/mapbot`").contains("`/map webhooks list`");
        var extra = app.requests().command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL,
                "webhooks add https://hooks.example.com/a sideways");
        assertThat(extra.body()).contains("not a webhooks command I know");

        assertThat(admin.command(Slackers.SELLER_USER, "remove 42")).contains("no webhook `42`").contains("`/map webhooks list`");
        assertThat(admin.command(Slackers.SELLER_USER, "test <@U0EVIL>")).contains("no webhook").doesNotContain("<@U0EVIL>");
        assertThat(admin.command(Slackers.SELLER_USER, "list")).contains("no webhooks");
    }

    @Test
    void test_sends_a_signed_webhook_test_event_now_and_reports_the_status_code() {
        WebhookAdmin.Added added = admin.add(receiver.url("/crm"), false);
        receiver.answers("/crm", 202);

        String answer = admin.command(Slackers.SELLER_USER, "test " + added.id());

        assertThat(answer).contains("`webhook.test`").contains("answered 202");
        LoggedRequest request = receiver.received("/crm").get(0);
        assertThat(Receiver.json(request).get("type").asText()).isEqualTo("webhook.test");
        assertThat(Receiver.json(request).get("data").get("requested_by").asText()).isEqualTo(Slackers.SELLER_USER);
        assertThat(StandardWebhooksVerifier.verify(added.secret(), request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBodyAsString(), app.clock().instant().getEpochSecond())).isTrue();
        assertThat(app.dsl().selectFrom(WEBHOOK_ATTEMPT).fetchOne().getStatusCode()).isEqualTo(202);

        receiver.answers("/crm", 500);
        assertThat(admin.command(Slackers.SELLER_USER, "test " + receiver.url("/crm"))).contains("answered HTTP 500");
    }

    @Test
    void remove_stops_what_was_still_to_be_sent_and_the_endpoint_gets_nothing_more() {
        admin.add(receiver.url("/crm"), false);
        receiver.answers("/crm", 500);
        app.requests().seller("new Acme rollout");
        Plan plan = app.plans().requireCurrentPlan(Slackers.SHARED_CHANNEL);
        receiver.awaitReceived("/crm", 1);
        app.settle();

        assertThat(admin.command(Slackers.SELLER_USER, "remove 1")).contains("Removed webhook #1");

        assertThat(app.dsl().select(WEBHOOK_DELIVERY.STATE).from(WEBHOOK_DELIVERY).fetch(WEBHOOK_DELIVERY.STATE)).containsOnly("stopped");
        app.plans().addStep(Actors.SELLER, plan, "Kick-off", Owner.NOBODY, Side.BOTH, LocalDate.parse("2026-12-03"), false);
        app.settle();
        app.mapBot().scheduler().runNow(WebhookJob.class);
        assertThat(app.dsl().fetchCount(WEBHOOK_DELIVERY)).isEqualTo(1);
        assertThat(admin.command(Slackers.SELLER_USER, "list")).contains("no webhooks");
        assertThat(receiver.received("/crm")).hasSize(1);
    }

    @Test
    void a_workspace_has_at_most_five_webhooks_and_never_the_same_url_twice() {
        for (int i = 1; i <= Webhooks.MAX_PER_INSTALLATION; i++) {
            admin.add(receiver.url("/crm" + i), false);
        }

        assertThat(admin.command(Slackers.SELLER_USER, "add " + receiver.url("/crm1"))).contains("already sends webhooks to that URL");
        assertThat(admin.command(Slackers.SELLER_USER, "add " + receiver.url("/crm6"))).contains("at most 5 webhooks")
                .contains("`/map webhooks remove 1`");
        assertThat(app.dsl().fetchCount(WEBHOOK_ENDPOINT)).isEqualTo(Webhooks.MAX_PER_INSTALLATION);
    }
}
