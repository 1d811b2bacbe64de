package org.mapbot.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** What the share page and the calendar feed answer over real HTTP: types, browser protections, and one 404 for every miss. */
class ShareResponseHeadersTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    private static final Pattern FEED = Pattern.compile("https://mapbot\\.example\\.com(/ics/[A-Za-z0-9_-]+)");

    private String pagePath;

    @BeforeEach
    void setUp() {
        new Deals(app.plans()).acmeDeal("Acme rollout");
        pagePath = "/p/" + ShareLinkTest.token(app.requests().seller("share").body());
    }

    @Test
    void the_share_page_is_utf8_html_that_browsers_neither_sniff_nor_frame_and_that_leaks_no_referrer() {
        HttpResponse<String> page = app.requests().get(pagePath);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(mediaType(page)).isEqualTo("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"));
    }

    @Test
    void the_calendar_feed_is_utf8_text_calendar_and_not_sniffed() {
        HttpResponse<String> feed = app.requests().get(feedPath());

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(mediaType(feed)).isEqualTo("text/calendar; charset=utf-8");
        assertThat(feed.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(feed.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void every_link_that_opens_nothing_gets_the_same_404_byte_for_byte_with_the_same_headers() throws IOException {
        String feedPath = feedPath();
        List<String> misses = List.of("/p/" + "A".repeat(ShareTokens.TOKEN_LENGTH), "/p/not-a-token", "/p/", "/p", "/p/%00",
                "/p/%2e%2e", "/p/a%2Fb", "/p/a/b", "/p/%C3%28", feedPath.replace("/ics/", "/p/"),
                "/ics/" + "A".repeat(ShareTokens.TOKEN_LENGTH), "/ics/", "/ics/%00", "/ics/%C3%28", pagePath.replace("/p/", "/ics/"));
        HttpResponse<String> reference = app.requests().get(misses.get(0));

        assertThat(reference.statusCode()).isEqualTo(404);
        assertThat(reference.body()).isEqualTo(SharePageView.notFoundPage());
        assertThat(mediaType(reference)).isEqualTo("text/html; charset=utf-8");
        assertThat(reference.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reference.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        String referenceBytes = rawAnswerWithoutDate(misses.get(0));
        assertThat(referenceBytes).startsWith("HTTP/1.1 404 ");
        for (String miss : misses) {
            assertThat(rawAnswerWithoutDate(miss)).as(miss).isEqualTo(referenceBytes);
        }
    }

    /** The Content-Type as type and parameters, whitespace around ";" ignored as RFC 9110 says; Jetty writes none. */
    private static String mediaType(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return String.join("; ", type.toLowerCase(java.util.Locale.ROOT).split("\\s*;\\s*"));
    }

    private String feedPath() {
        String reply = JsonParser.parseString(app.requests().seller("export ics").body()).getAsJsonObject().get("text").getAsString();
        Matcher link = FEED.matcher(reply);
        assertThat(link.find()).as(reply).isTrue();
        return link.group(1);
    }

    /**
     * The whole answer as sent on the wire, status line, headers in order and body, less the Date header. The request
     * is a browser's (kept alive): a refused request line is answered before Jetty reads any request header.
     */
    private static String rawAnswerWithoutDate(String path) throws IOException {
        URI base = URI.create(app.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            DataInputStream in = new DataInputStream(socket.getInputStream());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                head.write(in.readUnsignedByte());
            }
            String headers = head.toString(StandardCharsets.US_ASCII);
            Matcher length = Pattern.compile("(?i)\r\nContent-Length: (\\d+)").matcher(headers);
            assertThat(length.find()).as("a Content-Length in %s", headers).isTrue();
            byte[] body = new byte[Integer.parseInt(length.group(1))];
            in.readFully(body);
            return headers.replaceFirst("\r\nDate: [^\r]*", "") + new String(body, StandardCharsets.UTF_8);
        }
    }
}
