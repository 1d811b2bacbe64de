package org.mapbot.testkit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Optional;
import org.mapbot.sandbox.ApiParams;
import org.mapbot.sandbox.limits.Refusal;
import org.mapbot.sandbox.limits.SlackLimits;

/**
 * Makes the WireMock Slack refuse what real Slack refuses: a Web API call or a response-URL post that breaks Slack's
 * documented limits gets Slack's error instead of the stubbed answer, and is recorded so the test fails.
 */
final class SlackLimitsCheck implements ResponseDefinitionTransformerV2 {
    private final SlackRefusals refusals;

    SlackLimitsCheck(SlackRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Optional<Refusal> refusal = check(event.getRequest());
        if (refusal.isEmpty()) {
            return event.getResponseDefinition();
        }
        refusals.record(refusal.get());
        // Web API errors come with HTTP 200 and ok:false; a refused response-URL post is a client error.
        return ResponseDefinitionBuilder.responseDefinition().withStatus(isApi(event.getRequest()) ? 200 : 400)
                .withHeader("Content-Type", "application/json").withBody(refusal.get().json().toString()).build();
    }

    private static Optional<Refusal> check(Request request) {
        String path = request.getUrl().split("\\?", 2)[0];
        if (isApi(request)) {
            String contentType = request.containsHeader("Content-Type") ? request.getHeader("Content-Type") : null;
            return SlackLimits.webApiCall(path.substring("/api/".length()), ApiParams.parse(contentType, request.getBody()).json());
        }
        if (path.startsWith("/response/")) {
            JsonElement body = JsonParser.parseString(request.getBodyAsString());
            return body.isJsonObject() ? SlackLimits.messageBody("response_url", body.getAsJsonObject()) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isApi(Request request) {
        return request.getUrl().startsWith("/api/");
    }

    @Override
    public String getName() {
        return "slack-limits";
    }
}
