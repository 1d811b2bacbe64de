package org.mapbot.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The few calls of HubSpot's CRM v3 API that the deal sync makes, as documented: account details (to check a token and
 * learn the portal), one deal, the deal properties and their group, and the deal update. Every call carries the
 * installation's private-app token as a bearer token; answers other than 2xx become a {@link HubSpotFailure}.
 */
public final class HubSpotApi {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;

    public HubSpotApi(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** The HubSpot account a token opens. */
    public record Account(long portalId, String uiDomain) {
    }

    public Account account(String token) throws HubSpotFailure {
        JsonNode body = send(token, "GET", "/account-info/v3/details", null);
        String domain = body.path("uiDomain").asText("app.hubspot.com");
        return new Account(body.path("portalId").asLong(), domain.matches("[a-z0-9.-]{1,100}") ? domain : "app.hubspot.com");
    }

    /** The deal's name, or empty when HubSpot has no such deal. */
    public Optional<String> dealName(String token, String dealId) throws HubSpotFailure {
        try {
            JsonNode body = send(token, "GET", "/crm/v3/objects/deals/" + dealId + "?properties=dealname", null);
            return Optional.of(body.path("properties").path("dealname").asText(""));
        } catch (HubSpotFailure e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether a deal property (or, with {@code groups/}, a property group) of this name exists. */
    boolean exists(String token, String path) throws HubSpotFailure {
        try {
            send(token, "GET", "/crm/v3/properties/deals/" + path, null);
            return true;
        } catch (HubSpotFailure e) {
            if (e.notFound()) {
                return false;
            }
            throw e;
        }
    }

    void createGroup(String token, String name, String label) throws HubSpotFailure {
        ObjectNode group = JSON.createObjectNode().put("name", name).put("label", label).put("displayOrder", -1);
        createOrKeep(token, "/crm/v3/properties/deals/groups", group);
    }

    void createProperty(String token, DealProperty property) throws HubSpotFailure {
        createOrKeep(token, "/crm/v3/properties/deals", property.definition(JSON));
    }

    /** Writes the properties of one deal ({@code PATCH /crm/v3/objects/deals/{dealId}}). */
    void updateDeal(String token, String dealId, Map<String, String> properties) throws HubSpotFailure {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("properties");
        properties.forEach(values::put);
        send(token, "PATCH", "/crm/v3/objects/deals/" + dealId, body);
    }

    /** 409: another instance (or an earlier run) created it in the meantime, which is what we wanted. */
    private void createOrKeep(String token, String path, ObjectNode body) throws HubSpotFailure {
        try {
            send(token, "POST", path, body);
        } catch (HubSpotFailure e) {
            if (e.status() != 409) {
                throw e;
            }
        }
    }

    private JsonNode send(String token, String method, String path, JsonNode body) throws HubSpotFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HubSpotFailure(0, "HubSpot did not answer: " + e.getClass().getSimpleName(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubSpotFailure(0, "interrupted", Optional.empty());
        }
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (status / 100 == 2) {
            return answer;
        }
        String message = answer.path("message").asText("");
        String category = answer.path("category").asText(answer.path("errorType").asText(""));
        throw new HubSpotFailure(status, "HubSpot answered " + status + (category.isEmpty() ? "" : " " + category)
                + (message.isEmpty() ? "" : ": " + cut(message)), retryAfter(response));
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.strip());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 3600)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
