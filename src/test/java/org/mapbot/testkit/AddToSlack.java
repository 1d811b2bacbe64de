package org.mapbot.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser going through "Add to Slack": opens {@code /slack/install}, keeps its cookie, and comes back to
 * {@code /slack/oauth_redirect} as Slack's consent screen sends it; and the answers of {@code oauth.v2.access}.
 */
public final class AddToSlack {
    public static final String CLIENT_ID = "1111111111.2222222222";
    public static final String CLIENT_SECRET = "test-client-secret-abcdef";
    /** 32 bytes in base64. */
    public static final String ENCRYPTION_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
    private static final Pattern STATE = Pattern.compile("[?&;]state=([^&\"]+)");
    private static final Pattern COOKIE = Pattern.compile("mapbot-install-state=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The install page a browser opened: its state (from the link) and its cookie. */
    public record Started(HttpResponse<String> page, String state, String cookie) {
    }

    public Started start(String baseUrl) {
        HttpResponse<String> page = get(baseUrl + "/slack/install", null);
        Matcher state = STATE.matcher(page.body().replace("&amp;", "&"));
        String setCookie = page.headers().firstValue("Set-Cookie").orElse("");
        Matcher cookie = COOKIE.matcher(setCookie);
        if (!state.find() || !cookie.find()) {
            throw new AssertionError("The install page had no state link or cookie: " + page.body() + " / " + setCookie);
        }
        return new Started(page, URLDecoder.decode(state.group(1), StandardCharsets.UTF_8), cookie.group(1));
    }

    /** Slack's consent screen sending the browser back with a code (the person allowed). */
    public HttpResponse<String> allowed(String baseUrl, Started started, String code) {
        return back(baseUrl, "code=" + enc(code) + "&state=" + enc(started.state()), started.cookie());
    }

    /** The browser coming back with whatever query and cookie a test chooses. */
    public HttpResponse<String> back(String baseUrl, String query, String cookie) {
        return get(baseUrl + "/slack/oauth_redirect?" + query, cookie);
    }

    /** What {@code oauth.v2.access} answers for a workspace's install ({@code enterpriseId} null: not on Grid). */
    public static String access(String teamId, String teamName, String enterpriseId, String botToken) {
        return "{\"ok\":true,\"app_id\":\"A0MAPBOT\",\"authed_user\":{\"id\":\"U0ADMIN\"},\"scope\":\"commands,chat:write\","
                + "\"token_type\":\"bot\",\"access_token\":\"" + botToken + "\",\"bot_user_id\":\"U0BOT\","
                + "\"team\":{\"id\":\"" + teamId + "\",\"name\":\"" + teamName + "\"},"
                + "\"enterprise\":" + (enterpriseId == null ? "null" : "{\"id\":\"" + enterpriseId + "\",\"name\":\"Grid\"}")
                + ",\"is_enterprise_install\":false}";
    }

    /**
     * What {@code oauth.v2.access} answers for an org-wide install on Enterprise Grid, as Slack documents it: the
     * enterprise, {@code team: null} and {@code is_enterprise_install: true}.
     */
    public static String orgWideAccess(String enterpriseId, String enterpriseName, String botToken) {
        return "{\"ok\":true,\"app_id\":\"A0MAPBOT\",\"authed_user\":{\"id\":\"U0ADMIN\"},\"scope\":\"commands,chat:write\","
                + "\"token_type\":\"bot\",\"access_token\":\"" + botToken + "\",\"bot_user_id\":\"U0BOT\",\"team\":null,"
                + "\"enterprise\":{\"id\":\"" + enterpriseId + "\",\"name\":\"" + enterpriseName + "\"},\"is_enterprise_install\":true}";
    }

    /** The same with token rotation on: the bot token expires in {@code expiresIn} seconds and comes with a refresh token. */
    public static String rotatingAccess(String teamId, String teamName, String botToken, String refreshToken, int expiresIn) {
        String plain = access(teamId, teamName, null, botToken);
        return plain.substring(0, plain.length() - 1) + ",\"refresh_token\":\"" + refreshToken + "\",\"expires_in\":" + expiresIn + "}";
    }

    /**
     * A workspace installs MAP Bot through {@code app}'s install pages: {@code oauth.v2.access} answers with
     * {@code access}, and {@code auth.test} with that token names the workspace. Returns the page Slack's redirect shows.
     */
    public HttpResponse<String> installs(RunningApp app, String teamId, String teamName, String access, String token) {
        app.slack().stub("oauth.v2.access", access);
        app.slack().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/auth.test"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":true,\"team\":\""
                        + teamName + "\",\"team_id\":\"" + teamId + "\",\"user_id\":\"" + Slackers.BOT_USER
                        + "\",\"bot_id\":\"B0" + teamId.substring(1) + "\"}")));
        return allowed(app.baseUrl(), start(app.baseUrl()), "code-" + teamId);
    }

    private HttpResponse<String> get(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", "mapbot-install-state=" + cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
