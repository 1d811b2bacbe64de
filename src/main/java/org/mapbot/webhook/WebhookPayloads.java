package org.mapbot.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mapbot.api.PlanJson;
import org.mapbot.plan.domain.Change;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanEvent;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.PlanService;

/**
 * The JSON body of an event: {@code type}, a stable {@code id} ({@code evt_} + the history row's id, the same for
 * every endpoint and every retry), {@code timestamp} (when the change happened), {@code api_version}, and {@code data}
 * with the plan, the installation, the step as the REST API shows it, the change's from/to, and who made it.
 */
public final class WebhookPayloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private final PlanService plans;

    public WebhookPayloads(PlanService plans) {
        this.plans = plans;
    }

    public static String eventId(long planEventId) {
        return "evt_" + planEventId;
    }

    /** The body for a history row; empty when the row is not an event (or its plan is gone). */
    public Optional<String> of(PlanEvent event) {
        Optional<String> type = WebhookEvents.type(event.kind(), event.stepId() != null, event.oldValue(), event.newValue(),
                event.daysSlipped());
        Optional<PlanView> view = plans.view(event.planId());
        if (type.isEmpty() || view.isEmpty()) {
            return Optional.empty();
        }
        Plan plan = view.get().plan();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plan", plan(plan));
        data.put("installation", installation(plan.teamId(), plan.enterpriseId()));
        data.put("step", event.stepId() == null ? null : view.get().steps().stream().filter(s -> s.id() == event.stepId())
                .findFirst().map(PlanJson::step).orElseGet(() -> removedStep(event)));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", event.kind());
        change.put("from", event.oldValue());
        change.put("to", event.newValue());
        change.put("reason", event.reason());
        change.put("days_slipped", event.daysSlipped());
        data.put("change", change);
        if (type.get().equals("plan.closed")) {
            data.put("outcome", event.newValue());
        }
        if (event.kind().equals(Change.AGREED)) {
            data.put("organisation", event.oldValue()); // the side that agreed; the plan is agreed once both have
        }
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("user_id", event.actorUserId());
        actor.put("team_id", event.actorTeamId());
        data.put("actor", actor);
        return Optional.of(envelope(type.get(), eventId(event.id()), event.at(), data));
    }

    /** The body of {@code /map webhooks test}. */
    static String test(String id, Instant at, WebhookEndpoint endpoint, String requestedBy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("installation", installation(endpoint.teamId(), endpoint.enterpriseId()));
        data.put("endpoint_id", endpoint.id());
        data.put("requested_by", requestedBy);
        return envelope(WebhookEvents.TEST, id, at, data);
    }

    private static String envelope(String type, String id, Instant at, Map<String, Object> data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("id", id);
        json.put("timestamp", at.toString());
        json.put("api_version", WebhookEvents.API_VERSION);
        json.put("data", data);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload is plain maps and strings", e);
        }
    }

    private static Map<String, Object> plan(Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", plan.id());
        json.put("title", plan.title());
        json.put("customer", plan.customerName());
        json.put("channel_id", plan.channelId());
        json.put("status", plan.status().dbValue());
        json.put("target_date", plan.targetDate() == null ? null : plan.targetDate().toString());
        json.put("version", plan.version());
        return json;
    }

    private static Map<String, Object> installation(String teamId, String enterpriseId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team_id", teamId);
        json.put("enterprise_id", enterpriseId);
        return json;
    }

    private static Map<String, Object> removedStep(PlanEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.stepId());
        json.put("title", event.stepTitle());
        json.put("removed", true);
        return json;
    }
}
