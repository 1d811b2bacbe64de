package org.mapbot.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.app.MapBot;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningApp;
import org.mapbot.testkit.Slackers;

/** "Add to Slack" end to end: the install page, Slack's consent screen sending the browser back, oauth.v2.access. */
class AddToSlackTest {
    private static final String TOKEN = "xoxb-seller-installed-9f8e7d6c5b4a";

    @RegisterExtension
    static RunningApp app = new RunningApp().installable();

    private final AddToSlack browser = new AddToSlack();

    private void slackGrantsCode() {
        app.slack().stub("oauth.v2.access", AddToSlack.access(Slackers.SELLER_TEAM, "Seller <Inc>", null, TOKEN));
    }

    @Test
    void the_install_page_links_to_slacks_consent_screen_with_the_manifest_scopes_and_a_state_bound_to_the_browser() {
        AddToSlack.Started started = browser.start(app.baseUrl());

        assertThat(started.page().statusCode()).isEqualTo(200);
        assertThat(started.page().body()).contains("Add to Slack")
                .contains(app.slack().baseUrl() + "/oauth/v2/authorize?client_id=" + AddToSlack.CLIENT_ID)
                .contains("scope=commands%2Cchat%3Awrite%2Cim%3Awrite")
                .contains("redirect_uri=https%3A%2F%2Fmapbot.example.com%2Fslack%2Foauth_redirect");
        assertThat(started.page().headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/slack");
        assertThat(started.page().headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(started.cookie()).isEqualTo(started.state());
    }

    @Test
    void allowing_installs_the_workspace_with_the_code_exchanged_at_slack_and_the_page_says_where() {
        slackGrantsCode();
        AddToSlack.Started started = browser.start(app.baseUrl());

        HttpResponse<String> done = browser.allowed(app.baseUrl(), started, "code-123");

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("MAP Bot is installed in Seller &lt;Inc&gt;").doesNotContain("Seller <Inc>");
        Map<String, String> exchange = app.slack().calls("oauth.v2.access").get(0);
        assertThat(exchange).containsEntry("code", "code-123")
                .containsEntry("redirect_uri", "https://mapbot.example.com/slack/oauth_redirect");
        String basic = java.util.Base64.getEncoder().encodeToString((AddToSlack.CLIENT_ID + ":" + AddToSlack.CLIENT_SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(app.slack().wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/oauth.v2.access"))).get(0).getHeader("Authorization"))
                .as("the client's id and secret, as HTTP Basic").isEqualTo("Basic " + basic);
        Record row = app.dsl().fetchOne("select team_id, bot_user_id, bot_id, installer_user_id, bot_scopes, uninstalled_at "
                + "from installation");
        assertThat(row.get("team_id")).isEqualTo(Slackers.SELLER_TEAM);
        assertThat(row.get("bot_user_id")).isEqualTo("U0BOT");
        assertThat(row.get("bot_id")).as("from auth.test with the new token").isEqualTo("B0BOT");
        assertThat(row.get("installer_user_id")).isEqualTo("U0ADMIN");
        assertThat(row.get("uninstalled_at")).isNull();
    }

    @Test
    void no_text_or_bytes_column_of_the_database_holds_the_token_in_plain_text() {
        slackGrantsCode();
        browser.allowed(app.baseUrl(), browser.start(app.baseUrl()), "code-123");

        var columns = app.dsl().fetch("select table_name, column_name, data_type from information_schema.columns "
                + "where table_schema = current_schema() and data_type in ('text', 'character varying', 'bytea', 'character')");
        assertThat(columns).isNotEmpty();
        long found = 0;
        for (Record column : columns) {
            String table = "\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            String match = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to('" + TOKEN + "', 'UTF8') in " + name + ") > 0"
                    : name + " like '%" + TOKEN + "%'";
            found += app.dsl().fetchOne("select count(*) from " + table + " where " + match).get(0, Long.class);
        }
        assertThat(found).isZero();
        byte[] stored = app.dsl().fetchOne("select bot_token from installation").get(0, byte[].class);
        assertThat(stored).as("encrypted: nonce, ciphertext and tag").hasSizeGreaterThan(TOKEN.length() + 12);
    }

    @Test
    void cancelling_on_slacks_consent_screen_installs_nothing_and_says_so() {
        AddToSlack.Started started = browser.start(app.baseUrl());

        HttpResponse<String> back = browser.back(app.baseUrl(), "error=access_denied&state=" + started.state(), started.cookie());

        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("You chose not to allow MAP Bot");
        assertThat(app.slack().count("oauth.v2.access")).isZero();
        assertThat(app.dsl().fetchCount(app.dsl().selectFrom("installation"))).isZero();
    }

    @Test
    void a_state_from_another_browser_or_never_issued_is_refused_without_asking_slack() {
        slackGrantsCode();
        AddToSlack.Started mine = browser.start(app.baseUrl());
        AddToSlack.Started theirs = browser.start(app.baseUrl());

        HttpResponse<String> crossed = browser.back(app.baseUrl(), "code=c&state=" + theirs.state(), mine.cookie());
        HttpResponse<String> madeUp = browser.back(app.baseUrl(), "code=c&state=made-up", "made-up");
        HttpResponse<String> none = browser.back(app.baseUrl(), "code=c", null);

        for (HttpResponse<String> refused : java.util.List.of(crossed, madeUp, none)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("did not start in this browser");
        }
        assertThat(app.slack().count("oauth.v2.access")).isZero();
    }

    @Test
    void a_state_older_than_ten_minutes_is_refused() {
        slackGrantsCode();
        AddToSlack.Started started = browser.start(app.baseUrl());
        app.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

        HttpResponse<String> late = browser.allowed(app.baseUrl(), started, "code-123");

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("more than 10 minutes old");
        assertThat(app.slack().count("oauth.v2.access")).isZero();
    }

    @Test
    void a_state_is_spent_once_a_second_redirect_with_it_is_refused() {
        slackGrantsCode();
        AddToSlack.Started started = browser.start(app.baseUrl());
        assertThat(browser.allowed(app.baseUrl(), started, "code-123").statusCode()).isEqualTo(200);

        HttpResponse<String> again = browser.allowed(app.baseUrl(), started, "code-123");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("was used already");
        assertThat(app.slack().count("oauth.v2.access")).isEqualTo(1);
    }

    @Test
    void slack_refusing_the_code_installs_nothing_and_the_page_shows_slacks_error_escaped() {
        app.slack().stub("oauth.v2.access", "{\"ok\":false,\"error\":\"invalid_code<script>\"}");

        HttpResponse<String> back = browser.allowed(app.baseUrl(), browser.start(app.baseUrl()), "stale");

        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("Slack did not accept the install").contains("invalid_code&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(app.dsl().fetchCount(app.dsl().selectFrom("installation"))).isZero();
    }

    @Test
    void an_install_started_on_one_instance_finishes_on_another() {
        slackGrantsCode();
        AddToSlack.Started started = browser.start(app.baseUrl());

        try (MapBot other = app.startAnother()) {
            HttpResponse<String> done = browser.allowed("http://localhost:" + other.port(), started, "code-123");

            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("MAP Bot is installed");
        }
        assertThat(app.dsl().fetchCount(app.dsl().selectFrom("installation"))).isEqualTo(1);
    }
}
