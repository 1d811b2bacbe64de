package org.mapbot.testkit;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.mapbot.http.SlackSignature;
import org.mapbot.sandbox.limits.Refusal;
import org.mapbot.sandbox.limits.SlackLimits;

/**
 * Builds slash-command, interactivity and Events API requests as Slack sends them, signs them with the
 * app's signing secret, and posts them to the app over real HTTP.
 */
public final class SlackRequests {
    private static final Gson GSON = new Gson();
    private static final String FORM = "application/x-www-form-urlencoded";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String signingSecret;
    private final Clock clock;
    private final String responseUrlBase;
    private final AtomicLong triggers = new AtomicLong();
    private final Consumer<Refusal> refused;

    public SlackRequests(String baseUrl, String signingSecret, Clock clock, String responseUrlBase) {
        this(baseUrl, signingSecret, clock, responseUrlBase, refusal -> { });
    }

    /** @param refused told when the app answers a request with something Slack would refuse (a reply, a view, options) */
    public SlackRequests(String baseUrl, String signingSecret, Clock clock, String responseUrlBase, Consumer<Refusal> refused) {
        this.baseUrl = baseUrl;
        this.signingSecret = signingSecret;
        this.clock = clock;
        this.responseUrlBase = responseUrlBase;
        this.refused = refused;
    }

    // ---- slash commands ----

    public HttpResponse<String> command(String userId, String teamId, String channelId, String text) {
        return postForm(commandForm(userId, teamId, channelId, text));
    }

    /** The form fields of a {@code /map} slash command, as Slack posts them. */
    public Map<String, String> commandForm(String userId, String teamId, String channelId, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-token-unused");
        form.put("team_id", teamId);
        form.put("team_domain", "seller");
        form.put("channel_id", channelId);
        form.put("channel_name", "deal-room");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", "/map");
        form.put("text", text);
        form.put("api_app_id", "A0MAPBOT");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrlBase + "/response/commands/" + triggers.incrementAndGet());
        form.put("trigger_id", nextTriggerId());
        return form;
    }

    /** A seller-side command in the shared channel. */
    public HttpResponse<String> seller(String text) {
        return command(Slackers.SELLER_USER, Slackers.SELLER_TEAM, Slackers.SHARED_CHANNEL, text);
    }

    // ---- interactivity ----

    /** A button click on a message in a channel (the plan card, a reminder). */
    public HttpResponse<String> blockAction(String userId, String teamId, String channelId, String messageTs,
                                            String actionId, String value) {
        return postForm(blockActionForm(userId, teamId, channelId, messageTs, actionId, value));
    }

    /** The form of a button click on a message: one {@code payload} field holding the JSON. */
    public Map<String, String> blockActionForm(String userId, String teamId, String channelId, String messageTs,
                                               String actionId, String value) {
        return blockActionForm(userId, teamId, channelId, messageTs, actionId, value, false);
    }

    /** An entry picked in a step's ⋯ menu (an overflow) on a message: the form Slack posts. */
    public Map<String, String> overflowPick(String userId, String teamId, String channelId, String messageTs, String actionId,
                                            String value) {
        JsonObject payload = com.google.gson.JsonParser.parseString(blockActionForm(userId, teamId, channelId, messageTs, actionId,
                value).get("payload")).getAsJsonObject();
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("type", "overflow");
        JsonObject option = new JsonObject();
        option.addProperty("value", value);
        option.add("text", com.google.gson.JsonParser.parseString("{\"type\":\"plain_text\",\"text\":\"entry\"}"));
        action.add("selected_option", option);
        return Map.of("payload", payload.toString());
    }

    /** A button click on an ephemeral message (a confirmation only the clicker sees). */
    public HttpResponse<String> ephemeralAction(String userId, String teamId, String channelId, String actionId, String value) {
        return postForm(blockActionForm(userId, teamId, channelId, "1700000099.000001", actionId, value, true));
    }

    private Map<String, String> blockActionForm(String userId, String teamId, String channelId, String messageTs,
                                                String actionId, String value, boolean ephemeral) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", team(teamId));
        payload.add("user", user(userId, teamId));
        payload.addProperty("api_app_id", "A0MAPBOT");
        payload.addProperty("token", "legacy-token-unused");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", ephemeral);
        payload.add("container", container);
        payload.addProperty("trigger_id", nextTriggerId());
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", "deal-room");
        payload.add("channel", channel);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", messageTs);
        message.addProperty("text", "");
        payload.add("message", message);
        payload.addProperty("response_url", responseUrlBase + "/response/actions/" + triggers.incrementAndGet());
        payload.add("actions", actions(actionId, value));
        payload.addProperty("is_enterprise_install", false);
        return Map.of("payload", GSON.toJson(payload));
    }

    /** A button click inside the App Home tab or a modal. */
    public HttpResponse<String> viewAction(String userId, String teamId, String viewType, String viewId,
                                           String privateMetadata, String actionId, String value) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("team", team(teamId));
        payload.add("user", user(userId, teamId));
        payload.addProperty("api_app_id", "A0MAPBOT");
        payload.addProperty("token", "legacy-token-unused");
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", viewId);
        payload.add("container", container);
        payload.addProperty("trigger_id", nextTriggerId());
        JsonObject view = new JsonObject();
        view.addProperty("id", viewId);
        view.addProperty("type", viewType);
        view.addProperty("team_id", Slackers.SELLER_TEAM);
        view.addProperty("private_metadata", privateMetadata == null ? "" : privateMetadata);
        view.addProperty("callback_id", "");
        view.addProperty("hash", "1.abc");
        view.add("state", new JsonObject());
        view.addProperty("app_installed_team_id", Slackers.SELLER_TEAM);
        payload.add("view", view);
        payload.add("actions", actions(actionId, value));
        payload.addProperty("is_enterprise_install", false);
        return postPayload(payload);
    }

    /**
     * A modal submitted. {@code values} maps block id → action id → the element's state as Slack sends it,
     * e.g. {@code {"type":"plain_text_input","value":"Legal review"}} — see {@link #text(String)} and friends.
     */
    public HttpResponse<String> viewSubmission(String userId, String teamId, String callbackId, String privateMetadata,
                                               Map<String, Map<String, JsonObject>> values) {
        // The app signs the metadata of every modal it opens; a form comes back with what the app wrote there.
        return viewSubmissionAsSent(userId, teamId, callbackId,
                new org.mapbot.interaction.SignedMetadata(signingSecret).sign(callbackId, privateMetadata), values);
    }

    /** A modal submitted with {@code privateMetadata} exactly as given: for forms whose metadata was tampered with. */
    public HttpResponse<String> viewSubmissionAsSent(String userId, String teamId, String callbackId, String privateMetadata,
                                                     Map<String, Map<String, JsonObject>> values) {
        return viewSubmissionThrough(Slackers.SELLER_TEAM, userId, teamId, callbackId, privateMetadata, values);
    }

    /**
     * A modal submitted as Slack sends it when MAP Bot is installed in several workspaces: {@code installedTeamId} is
     * the installation Slack names in {@code view.app_installed_team_id}, {@code privateMetadata} exactly as given.
     */
    public HttpResponse<String> viewSubmissionThrough(String installedTeamId, String userId, String teamId, String callbackId,
                                                      String privateMetadata, Map<String, Map<String, JsonObject>> values) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.add("team", team(teamId));
        payload.add("user", user(userId, teamId));
        payload.addProperty("api_app_id", "A0MAPBOT");
        payload.addProperty("token", "legacy-token-unused");
        payload.addProperty("trigger_id", nextTriggerId());
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0VIEW");
        view.addProperty("team_id", teamId);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata == null ? "" : privateMetadata);
        view.addProperty("hash", "1.abc");
        view.addProperty("app_installed_team_id", installedTeamId);
        view.addProperty("bot_id", "B0BOT");
        JsonObject state = new JsonObject();
        JsonObject stateValues = new JsonObject();
        values.forEach((blockId, actions) -> {
            JsonObject block = new JsonObject();
            actions.forEach(block::add);
            stateValues.add(blockId, block);
        });
        state.add("values", stateValues);
        view.add("state", state);
        payload.add("view", view);
        payload.add("response_urls", new JsonArray());
        payload.addProperty("is_enterprise_install", false);
        return postPayload(payload);
    }

    public static JsonObject text(String value) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "plain_text_input");
        o.addProperty("value", value);
        return o;
    }

    public static JsonObject datePicked(String isoDate) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "datepicker");
        o.addProperty("selected_date", isoDate);
        return o;
    }

    public static JsonObject userPicked(String userId) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "users_select");
        o.addProperty("selected_user", userId);
        return o;
    }

    public static JsonObject optionPicked(String value) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "static_select");
        JsonObject option = new JsonObject();
        option.addProperty("value", value);
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", value);
        option.add("text", text);
        o.add("selected_option", option);
        return o;
    }

    public static JsonObject checked(String... values) {
        JsonObject o = new JsonObject();
        o.addProperty("type", "checkboxes");
        JsonArray options = new JsonArray();
        for (String value : values) {
            JsonObject option = new JsonObject();
            option.addProperty("value", value);
            options.add(option);
        }
        o.add("selected_options", options);
        return o;
    }

    // ---- Events API ----

    public HttpResponse<String> event(JsonObject envelope) {
        return postJson(GSON.toJson(envelope).getBytes(StandardCharsets.UTF_8));
    }

    /** An Events API envelope around {@code event}. */
    public static JsonObject eventEnvelope(JsonObject event) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", "legacy-token-unused");
        envelope.addProperty("team_id", Slackers.SELLER_TEAM);
        envelope.addProperty("api_app_id", "A0MAPBOT");
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + System.nanoTime());
        envelope.addProperty("event_time", 1_700_000_000);
        return envelope;
    }

    // ---- raw HTTP ----

    public HttpResponse<String> postForm(Map<String, String> form) {
        return postSigned(formBody(form), FORM);
    }

    public static byte[] formBody(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A form posted to the app's Slack endpoint, signed now, not yet sent: for callers that send it themselves. */
    public HttpRequest signedForm(Map<String, String> form, Duration timeout) {
        byte[] body = formBody(form);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return request(body, FORM, timestamp, new SlackSignature(signingSecret, clock).sign(timestamp, body), timeout);
    }

    private HttpResponse<String> postPayload(JsonObject payload) {
        return postForm(Map.of("payload", GSON.toJson(payload)));
    }

    private HttpResponse<String> postJson(byte[] body) {
        return postSigned(body, "application/json");
    }

    public HttpResponse<String> postSigned(byte[] body, String contentType) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = new SlackSignature(signingSecret, clock).sign(timestamp, body);
        return post(body, contentType, timestamp, signature);
    }

    /** Posts exactly these bytes and headers: for wrong or stale signatures. */
    public HttpResponse<String> post(byte[] body, String contentType, String timestamp, String signature) {
        HttpResponse<String> response = send(request(body, contentType, timestamp, signature, Duration.ofSeconds(30)));
        checkAcknowledgement(response);
        return response;
    }

    /** Slack shows what the app acknowledges with (a command's reply, a pushed view, menu options) only within its limits. */
    private void checkAcknowledgement(HttpResponse<String> response) {
        String body = response.body();
        if (response.statusCode() != 200 || body == null || !body.strip().startsWith("{")) {
            return;
        }
        JsonElement ack = JsonParser.parseString(body);
        if (ack.isJsonObject()) {
            SlackLimits.acknowledgement(ack.getAsJsonObject()).ifPresent(refused);
        }
    }

    private HttpRequest request(byte[] body, String contentType, String timestamp, String signature, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return request.build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return StaleConnection.retriedOnce(() -> http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject team(String teamId) {
        JsonObject team = new JsonObject();
        team.addProperty("id", teamId);
        team.addProperty("domain", teamId.equals(Slackers.SELLER_TEAM) ? "seller" : "customer");
        return team;
    }

    static JsonObject user(String userId, String teamId) {
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", userId.toLowerCase());
        user.addProperty("name", userId.toLowerCase());
        user.addProperty("team_id", teamId);
        return user;
    }

    private static JsonArray actions(String actionId, String value) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b-" + actionId);
        action.addProperty("value", value);
        action.addProperty("action_ts", "1700000000.000200");
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", actionId);
        action.add("text", text);
        JsonArray actions = new JsonArray();
        actions.add(action);
        return actions;
    }

    private String nextTriggerId() {
        return "1337." + triggers.incrementAndGet() + ".abcdef";
    }
}
