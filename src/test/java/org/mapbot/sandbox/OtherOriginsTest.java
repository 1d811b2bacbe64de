package org.mapbot.sandbox;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mapbot.testkit.RunningSandbox;

/**
 * A web page open in the same browser as the sandbox must not drive it: browsers send a foreign page's text/plain,
 * form and multipart POSTs without asking first, so the sandbox itself refuses them; and it must not read it.
 */
class OtherOriginsTest {
    @RegisterExtension
    static RunningSandbox sandbox = new RunningSandbox();

    private static final String COMMAND = "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"/map help\"}";

    /** Every POST endpoint of the page, with a body that would do something if it were accepted. */
    private static final List<List<String>> PAGE_POSTS = List.of(
            List.of("/sandbox/command", COMMAND),
            List.of("/sandbox/message", "{\"as\":\"U0SELLER\",\"channel\":\"C0SHARED\",\"text\":\"hello\"}"),
            List.of("/sandbox/action", "{\"as\":\"U0SELLER\",\"source\":{\"type\":\"message\",\"channel\":\"C0SHARED\",\"ts\":\"1.1\"},\"action\":{\"type\":\"button\"}}"),
            List.of("/sandbox/submit", "{\"as\":\"U0SELLER\",\"viewId\":\"V1\"}"),
            List.of("/sandbox/close", "{\"as\":\"U0SELLER\",\"viewId\":\"V1\"}"),
            List.of("/sandbox/home", "{\"as\":\"U0SELLER\"}"),
            List.of("/sandbox/arrive", "{\"as\":\"U0CUSTOMER\"}"),
            List.of("/sandbox/clock", "{\"move\":\"day\"}"),
            List.of("/sandbox/demo", "{}"),
            List.of("/sandbox/reset", "{}"));

    static Stream<Arguments> pagePostsWithContentTypesBrowsersSendWithoutAsking() {
        return PAGE_POSTS.stream().flatMap(post -> Stream.of("text/plain", "text/plain;charset=UTF-8",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")
                .map(type -> Arguments.of(post.get(0), type, post.get(1))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pagePostsWithContentTypesBrowsersSendWithoutAsking")
    void a_page_post_that_is_not_json_is_refused_with_415_and_does_nothing(String path, String contentType, String body) {
        Before before = Before.now();

        HttpResponse<String> response = sandbox.send(sandbox.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        before.assertNothingHappened();
    }

    @Test
    void a_page_post_without_a_content_type_is_refused_with_415() {
        Before before = Before.now();

        HttpResponse<String> response = sandbox.send(sandbox.request("/sandbox/clock")
                .POST(HttpRequest.BodyPublishers.ofString("{\"move\":\"day\"}")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        before.assertNothingHappened();
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {"http://evil.example", "http://localhost:1", "http://127.0.0.1", "null"})
    void a_json_post_from_a_foreign_origin_is_refused_with_403_and_does_nothing(String origin) {
        Before before = Before.now();

        HttpResponse<String> response = sandbox.send(json("/sandbox/command", COMMAND).header("Origin", origin).build());

        assertThat(response.statusCode()).isEqualTo(403);
        before.assertNothingHappened();
    }

    /** {@code same-site} too: another server on another port of localhost is the same site but not the sandbox. */
    @ParameterizedTest(name = "Sec-Fetch-Site: {0}")
    @ValueSource(strings = {"cross-site", "same-site"})
    void a_json_post_the_browser_marks_as_from_another_origin_is_refused_with_403(String site) {
        Before before = Before.now();

        HttpResponse<String> response = sandbox.send(json("/sandbox/clock", "{\"move\":\"day\"}").header("Sec-Fetch-Site", site).build());

        assertThat(response.statusCode()).isEqualTo(403);
        before.assertNothingHappened();
    }

    @Test
    void a_json_post_from_the_sandboxs_own_origin_is_carried_out() {
        HttpResponse<String> response = sandbox.send(json("/sandbox/command", COMMAND)
                .header("Origin", sandbox.baseUrl()).header("Sec-Fetch-Site", "same-origin").build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sandbox.state("U0SELLER").getAsJsonArray("appRequests")).hasSize(1);
    }

    @Test
    void the_state_is_refused_without_the_pages_same_origin_marker() {
        HttpResponse<String> response = sandbox.get("/sandbox/state?as=U0SELLER");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("apiCalls");
    }

    @Test
    void the_state_is_refused_to_a_foreign_origin_even_with_the_marker() {
        HttpResponse<String> foreign = sandbox.send(stateRequest().header("Origin", "http://evil.example").build());
        HttpResponse<String> crossSite = sandbox.send(stateRequest().header("Sec-Fetch-Site", "cross-site").build());
        HttpResponse<String> own = sandbox.send(stateRequest().header("Sec-Fetch-Site", "same-origin").build());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("apiCalls");
    }

    @Test
    void no_answer_allows_another_origin_to_read_it() {
        HttpResponse<String> preflight = sandbox.send(sandbox.request("/sandbox/state?as=U0SELLER")
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-sandbox-page")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> state = sandbox.send(stateRequest().header("Origin", "http://evil.example").build());

        for (HttpResponse<String> response : List.of(preflight, state)) {
            assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        }
    }

    /**
     * DNS rebinding: a site whose name is made to resolve to 127.0.0.1 is, to the browser, its own origin. The sandbox
     * answers only requests addressed to it by IP address or as localhost.
     */
    @Test
    void a_request_addressed_to_another_host_name_is_refused() throws IOException {
        int port = URI.create(sandbox.baseUrl()).getPort();

        assertThat(statusLine("/sandbox/state?as=U0SELLER", "rebound.example:" + port)).contains(" 403 ");
        assertThat(statusLine("/sandbox/state?as=U0SELLER", "localhost:" + port)).contains(" 200 ");
        assertThat(statusLine("/sandbox/state?as=U0SELLER", "127.0.0.1:" + port)).contains(" 200 ");
    }

    @Test
    void the_slack_api_stand_in_refuses_a_foreign_origin() {
        HttpResponse<String> response = sandbox.send(sandbox.request("/sandbox/api/chat.postMessage")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("token=xoxb-x&channel=C0SHARED&text=phished")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sandbox.state("U0SELLER").getAsJsonObject("messages").getAsJsonArray("C0SHARED")).isEmpty();
    }

    @Test
    void the_page_may_not_be_framed_by_another_site() {
        HttpResponse<String> page = sandbox.get("/sandbox");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    private static HttpRequest.Builder json(String path, String body) {
        return sandbox.request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder stateRequest() {
        return sandbox.request("/sandbox/state?as=U0SELLER").header("X-Sandbox-Page", "1").GET();
    }

    /** The status line of a GET sent with a Host header of our choosing, which java.net.http does not allow. */
    private static String statusLine(String path, String host) throws IOException {
        URI base = URI.create(sandbox.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Sandbox-Page: 1\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    /** What the sandbox looked like before a refused request: afterwards nothing may have changed. */
    private record Before(long version, Instant clock) {
        static Before now() {
            return new Before(sandbox.state("U0SELLER").get("version").getAsLong(), sandbox.clock().instant());
        }

        void assertNothingHappened() {
            JsonObject state = sandbox.state("U0SELLER");
            assertThat(sandbox.clock().instant()).isEqualTo(clock);
            assertThat(state.getAsJsonArray("appRequests")).isEmpty();
            assertThat(state.get("version").getAsLong()).isEqualTo(version);
        }
    }
}
