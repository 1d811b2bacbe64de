package org.mapbot.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.Extension;
import org.mapbot.testkit.Slackers;

/**
 * Slack's Web API as WireMock, answering every call after a fixed delay, as a distant Slack would. Keeps no journal
 * of requests, so a long run does not fill the heap it is measuring.
 */
final class SlowSlack implements AutoCloseable {
    private final WireMockServer server;

    SlowSlack(int delayMs, Extension... listeners) {
        server = new WireMockServer(options().dynamicPort()
                .extensions(listeners)
                .containerThreads(200)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(50)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false)));
        server.start();
        stub("/api/.*", "{\"ok\":true}", delayMs, 10, true);
        stub("/response/.*", "{\"ok\":true}", delayMs, 10, true);
        stub("/api/auth.test", "{\"ok\":true,\"url\":\"https://seller.slack.com/\",\"team\":\"Seller Inc\",\"user\":\"mapbot\","
                + "\"team_id\":\"" + Slackers.SELLER_TEAM + "\",\"user_id\":\"" + Slackers.BOT_USER + "\",\"bot_id\":\"B0BOT\"}",
                delayMs, 5, false);
        stub("/api/chat.postMessage", "{\"ok\":true,\"channel\":\"C0BENCH\",\"ts\":\"1700000000.000100\",\"message\":{\"text\":\"\"}}",
                delayMs, 5, false);
        stub("/api/chat.update", "{\"ok\":true,\"channel\":\"C0BENCH\",\"ts\":\"1700000000.000100\"}", delayMs, 5, false);
        stub("/api/views.publish", "{\"ok\":true,\"view\":{\"id\":\"V0HOME\"}}", delayMs, 5, false);
        stub("/api/conversations.info", "{\"ok\":true,\"channel\":{\"id\":\"C0BENCH\",\"is_ext_shared\":true,\"is_shared\":true}}",
                delayMs, 5, false);
        stub("/api/users.info", "{\"ok\":true,\"user\":{\"id\":\"" + Slackers.SELLER_USER + "\",\"team_id\":\"" + Slackers.SELLER_TEAM
                + "\",\"tz\":\"Europe/Berlin\",\"real_name\":\"Sam Seller\",\"profile\":{\"display_name\":\"Sam\"}}}", delayMs, 5, false);
    }

    private void stub(String path, String json, int delayMs, int priority, boolean pattern) {
        server.stubFor(post(pattern ? urlMatching(path) : urlEqualTo(path)).atPriority(priority)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(json).withFixedDelay(delayMs)));
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
    }
}
