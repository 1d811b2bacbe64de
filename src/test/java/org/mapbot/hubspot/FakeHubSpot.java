package org.mapbot.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.mapbot.testkit.Await;

/**
 * HubSpot's CRM v3 API as its reference documents it, for one portal with one deal: account details, the deal, the
 * deal properties and groups (none exist until created), and deal updates. Requests without the portal's token get
 * HubSpot's 401.
 */
final class FakeHubSpot implements AutoCloseable {
    static final String TOKEN = "pat-na1-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";
    static final long PORTAL = 2345678;
    static final String DEAL = "18472659301";
    static final String DEAL_NAME = "Acme Corp - Enterprise rollout";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    FakeHubSpot() {
        server.start();
        reset();
    }

    String url() {
        return server.baseUrl();
    }

    WireMockServer wireMock() {
        return server;
    }

    void reset() {
        server.resetAll();
        server.stubFor(get(urlMatching("/.*")).atPriority(10).willReturn(error(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication.")));
        server.stubFor(patch(urlMatching("/.*")).atPriority(10).willReturn(error(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication.")));
        server.stubFor(post(urlMatching("/.*")).atPriority(10).willReturn(error(401, "INVALID_AUTHENTICATION",
                "Authentication credentials not found. This API supports OAuth 2.0 authentication.")));
        server.stubFor(get(urlEqualTo("/account-info/v3/details")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .atPriority(5).willReturn(json(200, "{\"portalId\":" + PORTAL + ",\"accountType\":\"STANDARD\",\"timeZone\":\"US/Eastern\","
                        + "\"companyCurrency\":\"USD\",\"additionalCurrencies\":[],\"utcOffset\":\"-05:00\","
                        + "\"utcOffsetMilliseconds\":-18000000,\"uiDomain\":\"app.hubspot.com\",\"dataHostingLocation\":\"na1\"}")));
        server.stubFor(get(urlPathMatching("/crm/v3/objects/deals/[0-9]+")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .atPriority(6).willReturn(error(404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.")));
        server.stubFor(get(urlEqualTo("/crm/v3/objects/deals/" + DEAL + "?properties=dealname"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)).atPriority(5)
                .willReturn(json(200, "{\"id\":\"" + DEAL + "\",\"properties\":{\"createdate\":\"2026-11-02T09:00:00.000Z\","
                        + "\"dealname\":\"" + DEAL_NAME + "\",\"hs_lastmodifieddate\":\"2026-11-27T16:12:40.000Z\",\"hs_object_id\":\""
                        + DEAL + "\"},\"createdAt\":\"2026-11-02T09:00:00.000Z\",\"updatedAt\":\"2026-11-27T16:12:40.000Z\",\"archived\":false}")));
        acceptToken(TOKEN);
    }

    /** Another portal's token that may write properties and deals (the property and deal endpoints only). */
    void acceptToken(String token) {
        server.stubFor(get(urlPathMatching("/crm/v3/properties/deals/.+")).withHeader("Authorization", equalTo("Bearer " + token))
                .atPriority(5).willReturn(error(404, "OBJECT_NOT_FOUND", "Unable to find property or group in the account")));
        server.stubFor(post(urlEqualTo("/crm/v3/properties/deals/groups")).withHeader("Authorization", equalTo("Bearer " + token))
                .atPriority(5).willReturn(json(201, "{\"name\":\"mapbot\",\"label\":\"MAP Bot\",\"displayOrder\":-1,\"archived\":false}")));
        server.stubFor(post(urlEqualTo("/crm/v3/properties/deals")).withHeader("Authorization", equalTo("Bearer " + token))
                .atPriority(5).willReturn(json(201, "{\"name\":\"mapbot_progress\",\"label\":\"Plan progress (%)\",\"type\":\"number\","
                        + "\"fieldType\":\"number\",\"groupName\":\"mapbot\",\"options\":[],\"createdAt\":\"2026-11-30T10:00:00Z\","
                        + "\"updatedAt\":\"2026-11-30T10:00:00Z\",\"hidden\":false,\"formField\":false,\"calculated\":false,"
                        + "\"externalOptions\":false,\"hasUniqueValue\":false,\"archived\":false}")));
        server.stubFor(patch(urlPathMatching("/crm/v3/objects/deals/[0-9]+")).withHeader("Authorization", equalTo("Bearer " + token))
                .atPriority(5).willReturn(json(200, "{\"id\":\"" + DEAL + "\",\"properties\":{\"hs_object_id\":\"" + DEAL
                        + "\"},\"createdAt\":\"2026-11-02T09:00:00.000Z\",\"updatedAt\":\"2026-11-30T10:00:01.000Z\",\"archived\":false}")));
    }

    /** The next deal updates get {@code response} (e.g. a 429) until {@link #reset()} or a new stub. */
    void answerUpdates(ResponseDefinitionBuilder response) {
        server.stubFor(patch(urlPathMatching("/crm/v3/objects/deals/[0-9]+")).atPriority(1).willReturn(response));
    }

    List<LoggedRequest> updates() {
        return server.findAll(patchRequestedFor(urlPathMatching("/crm/v3/objects/deals/[0-9]+")));
    }

    /** Waits for the {@code n}th deal update and gives its {@code properties}. */
    JsonNode awaitUpdate(int n) {
        LoggedRequest update = Await.until("HubSpot deal update " + n,
                () -> updates().size() >= n ? Optional.of(updates().get(n - 1)) : Optional.empty());
        return body(update).path("properties");
    }

    List<JsonNode> createdProperties() {
        return server.findAll(postRequestedFor(urlEqualTo("/crm/v3/properties/deals"))).stream().map(FakeHubSpot::body).toList();
    }

    List<JsonNode> createdGroups() {
        return server.findAll(postRequestedFor(urlEqualTo("/crm/v3/properties/deals/groups"))).stream().map(FakeHubSpot::body).toList();
    }

    int requestCount() {
        return server.getAllServeEvents().size();
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String category, String message) {
        return json(status, "{\"status\":\"error\",\"message\":\"" + message + "\",\"correlationId\":\"aeb5f871-7f07-4993-9211-075dc63e7cbf\","
                + "\"category\":\"" + category + "\"}");
    }

    @Override
    public void close() {
        server.stop();
    }
}
