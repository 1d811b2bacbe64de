package org.mapbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mapbot.db.generated.Tables.INSTALLATION;
import static org.mapbot.db.generated.Tables.PLAN;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.app.OAuthSettings;
import org.mapbot.testkit.AddToSlack;
import org.mapbot.testkit.RunningSandbox;

/**
 * "Add to Slack" in the sandbox, over plain HTTP as a browser walks it: the app's install page, the stand-in's consent
 * page, the redirect back with a code, and the stand-in's {@code oauth.v2.access} answering as Slack does.
 */
class SandboxAddToSlackTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+/oauth/v2/authorize[^\"]*)\"");
    private final AddToSlack browser = new AddToSlack();

    @Test
    void allowing_the_install_brings_the_browser_back_with_a_code_and_the_app_installs_globex_with_its_own_token() {
        AddToSlack.Started started = browser.start(selfUrl());
        HttpResponse<String> consent = sandbox.send(HttpRequest.newBuilder(URI.create(authorizeLink(started))).GET().build());
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("Install MAP Bot in").contains("<option value=\"T0GLOBEX\" selected>Globex Sales</option>");

        Map<String, String> back = decide(started, "T0GLOBEX", "allow");
        assertThat(back).containsEntry("state", started.state()).containsKey("code");
        HttpResponse<String> finished = browser.allowed(selfUrl(), started, back.get("code"));

        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).contains("MAP Bot is installed in Globex Sales");
        var row = sandbox.mapBot().database().dsl().selectFrom(INSTALLATION).where(INSTALLATION.TEAM_ID.eq("T0GLOBEX")).fetchOne();
        assertThat(row.getTeamName()).isEqualTo("Globex Sales");
        assertThat(row.getInstallerUserId()).isEqualTo("U0GINA");
        assertThat(new String(row.getBotToken(), StandardCharsets.ISO_8859_1)).doesNotContain("xoxb-"); // encrypted at rest
        JsonObject globex = workspace("T0GLOBEX");
        assertThat(globex.get("installed").getAsBoolean()).isTrue();
        assertThat(sandbox.state("U0GINA").get("me").getAsString()).as("Globex's people can be acted as now").isEqualTo("U0GINA");
    }

    @Test
    void cancelling_on_the_consent_page_shows_the_apps_failure_page_and_installs_nothing() {
        AddToSlack.Started started = browser.start(selfUrl());

        Map<String, String> back = decide(started, "T0GLOBEX", "cancel");
        assertThat(back).containsEntry("error", "access_denied").containsEntry("state", started.state()).doesNotContainKey("code");
        HttpResponse<String> page = browser.back(selfUrl(), "error=access_denied&state=" + enc(started.state()), started.cookie());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("MAP Bot was not installed").contains("You chose not to allow MAP Bot");
        assertThat(sandbox.mapBot().database().dsl().fetchCount(INSTALLATION, INSTALLATION.TEAM_ID.eq("T0GLOBEX"))).isZero();
        assertThat(workspace("T0GLOBEX").get("installed").getAsBoolean()).isFalse();
    }

    @Test
    void oauth_v2_access_answers_a_good_code_in_slacks_shape_and_refuses_a_bad_or_reused_one_with_slacks_errors() {
        String code = decide(browser.start(selfUrl()), "T0GLOBEX", "allow").get("code");

        JsonObject issued = access(code, oauth().clientSecret());
        assertThat(issued.get("ok").getAsBoolean()).isTrue();
        assertThat(issued.get("access_token").getAsString()).startsWith("xoxb-").isNotEqualTo("xoxb-sandbox");
        assertThat(issued.get("token_type").getAsString()).isEqualTo("bot");
        assertThat(issued.get("bot_user_id").getAsString()).isEqualTo("U0BOT");
        assertThat(issued.get("app_id").getAsString()).isEqualTo("A0MAPBOT");
        assertThat(issued.getAsJsonObject("team").get("id").getAsString()).isEqualTo("T0GLOBEX");
        assertThat(issued.getAsJsonObject("team").get("name").getAsString()).isEqualTo("Globex Sales");
        assertThat(issued.get("enterprise").isJsonNull()).isTrue();
        assertThat(issued.getAsJsonObject("authed_user").get("id").getAsString()).isEqualTo("U0GINA");
        assertThat(issued.get("scope").getAsString()).isEqualTo(String.join(",", OAuthSettings.MANIFEST_SCOPES));
        assertThat(issued.get("is_enterprise_install").getAsBoolean()).isFalse();

        assertThat(access(code, oauth().clientSecret()).get("error").getAsString()).isEqualTo("code_already_used");
        assertThat(access("sandbox.not-a-code", oauth().clientSecret()).get("error").getAsString()).isEqualTo("invalid_code");
        String another = decide(browser.start(selfUrl()), "T0GLOBEX", "allow").get("code");
        assertThat(access(another, "not-the-secret").get("error").getAsString()).isEqualTo("bad_client_secret");
        assertThat(access(another, oauth().clientSecret()).get("ok").getAsBoolean()).as("a refused secret spends no code").isTrue();
    }

    @Test
    void each_workspaces_token_reaches_only_its_own_channels_and_a_revoked_one_none() {
        String code = decide(browser.start(selfUrl()), "T0GLOBEX", "allow").get("code");
        String globexToken = access(code, oauth().clientSecret()).get("access_token").getAsString();

        assertThat(call(globexToken, "chat.postMessage", "{\"channel\":\"C0GLOBEXSHARED\",\"text\":\"hello\"}").get("ok").getAsBoolean()).isTrue();
        assertThat(call(globexToken, "chat.postMessage", "{\"channel\":\"C0SHARED\",\"text\":\"hello\"}").get("error").getAsString())
                .isEqualTo("channel_not_found");
        assertThat(call("xoxb-sandbox", "chat.postMessage", "{\"channel\":\"C0GLOBEXSHARED\",\"text\":\"hello\"}").get("error").getAsString())
                .isEqualTo("channel_not_found");
        assertThat(call(globexToken, "auth.test", "{}").get("team_id").getAsString()).isEqualTo("T0GLOBEX");
        assertThat(call("xoxb-made-up", "auth.test", "{}").get("error").getAsString()).isEqualTo("invalid_auth");

        sandbox.postForJson("/sandbox/uninstall", "{\"team\":\"T0GLOBEX\"}");

        assertThat(call(globexToken, "auth.test", "{}").get("error").getAsString()).isEqualTo("invalid_auth");
        assertThat(call("xoxb-sandbox", "auth.test", "{}").get("team_id").getAsString()).isEqualTo("T0SELLER");
    }

    @Test
    void uninstalling_globex_from_the_panel_tells_the_app_as_slack_does_and_pauses_only_globexs_plans() {
        installGlobex();
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0GINA\",\"channel\":\"C0GLOBEXSHARED\",\"text\":\"/map new Initech rollout with enterprise\"}");
        sandbox.postForJson("/sandbox/command", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map new Acme rollout with enterprise\"}");
        sandbox.settle();

        JsonObject answer = sandbox.postForJson("/sandbox/uninstall", "{\"team\":\"T0GLOBEX\"}");
        sandbox.settle();

        assertThat(answer.get("ok").getAsBoolean()).isTrue();
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("appRequests").toString())
                .contains("tokens_revoked").contains("app_uninstalled");
        var db = sandbox.mapBot().database().dsl();
        assertThat(db.select(PLAN.TITLE, PLAN.STATUS).from(PLAN).orderBy(PLAN.TITLE).fetch().map(r -> r.value1() + " " + r.value2()))
                .containsExactly("Acme rollout active", "Initech rollout paused");
        assertThat(db.fetchOne(INSTALLATION, INSTALLATION.TEAM_ID.eq("T0GLOBEX")).getUninstalledAt()).isNotNull();
        assertThat(workspace("T0GLOBEX").get("installed").getAsBoolean()).isFalse();
    }

    private void installGlobex() {
        AddToSlack.Started started = browser.start(selfUrl());
        Map<String, String> back = decide(started, "T0GLOBEX", "allow");
        assertThat(browser.allowed(selfUrl(), started, back.get("code")).statusCode()).isEqualTo(200);
    }

    private static String selfUrl() {
        return sandbox.mapBot().config().selfUrl();
    }

    private static OAuthSettings oauth() {
        return sandbox.mapBot().config().oauth().orElseThrow();
    }

    private static String authorizeLink(AddToSlack.Started started) {
        Matcher link = LINK.matcher(started.page().body());
        assertThat(link.find()).as("the install page links to the consent page").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** Allow or Cancel on the consent page: where it sends the browser back to, as query parameters. */
    private static Map<String, String> decide(AddToSlack.Started started, String team, String decision) {
        Map<String, String> link = query(URI.create(authorizeLink(started)).getRawQuery());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", link.get("client_id"));
        form.put("redirect_uri", link.get("redirect_uri"));
        form.put("state", link.get("state"));
        form.put("scope", link.get("scope"));
        form.put("team", team);
        form.put("decision", decision);
        HttpResponse<String> answer = sandbox.send(HttpRequest.newBuilder(URI.create(selfUrl() + "/sandbox/oauth/v2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        assertThat(answer.statusCode()).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(oauth().redirectUri() + "?");
        return query(URI.create(location).getRawQuery());
    }

    private static JsonObject access(String code, String secret) {
        String form = encode(Map.of("client_id", oauth().clientId(), "client_secret", secret, "code", code,
                "redirect_uri", oauth().redirectUri()));
        HttpResponse<String> answer = sandbox.send(sandbox.request("/sandbox/api/oauth.v2.access")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static JsonObject call(String token, String method, String json) {
        HttpResponse<String> answer = sandbox.send(sandbox.request("/sandbox/api/" + method).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static JsonObject workspace(String teamId) {
        for (var w : sandbox.state("U0SELLER").getAsJsonArray("workspaces")) {
            if (w.getAsJsonObject().get("teamId").getAsString().equals(teamId)) {
                return w.getAsJsonObject();
            }
        }
        throw new AssertionError("no workspace " + teamId);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
