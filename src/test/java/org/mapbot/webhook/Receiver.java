package org.mapbot.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.mapbot.testkit.Await;

/** A customer's webhook receiver, stood in for by WireMock: answers 200 unless told otherwise, and records what came. */
final class Receiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    Receiver() {
        server.start();
        reset();
    }

    void reset() {
        server.resetAll();
        server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)));
    }

    /** Plain http on localhost: the tests name localhost in MAP_WEBHOOK_TRUSTED_HOSTS. */
    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    void answers(String path, int status) {
        server.stubFor(post(urlEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(status)));
    }

    /** Answers each status in turn, then keeps answering the last. */
    void answersInTurn(String path, int... statuses) {
        for (int i = 0; i < statuses.length; i++) {
            server.stubFor(post(urlEqualTo(path)).atPriority(1).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willSetStateTo(i + 1 < statuses.length ? "answer " + (i + 1) : "answer " + i)
                    .willReturn(aResponse().withStatus(statuses[i])));
        }
    }

    List<LoggedRequest> received(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    List<LoggedRequest> awaitReceived(String path, int n) {
        return Await.until(n + " webhook requests to " + path, () -> {
            List<LoggedRequest> got = received(path);
            return got.size() >= n ? Optional.of(got) : Optional.empty();
        });
    }

    static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
