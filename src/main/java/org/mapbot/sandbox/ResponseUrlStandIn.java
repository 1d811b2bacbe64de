package org.mapbot.sandbox;

import static org.mapbot.sandbox.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mapbot.sandbox.limits.Refusal;
import org.mapbot.sandbox.limits.SlackLimits;
import org.mapbot.text.TextCut;

/**
 * The {@code response_url} of a command or interaction: a reply that is ephemeral (default), in the channel, or
 * replaces or deletes the message the interaction came from.
 */
final class ResponseUrlStandIn {
    private final SandboxState state;

    ResponseUrlStandIn(SandboxState state) {
        this.state = state;
    }

    void respond(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<ResponseTarget> target = state.responseTarget(id);
        JsonObject body = parse(ctx.bodyAsBytes());
        if (target.isEmpty() || body == null) {
            state.record().recordApiCall("(response_url)", id, false, target.isEmpty() ? "expired_url" : "invalid_payload");
            ctx.status(404).result(target.isEmpty() ? "expired_url" : "invalid_payload");
            return;
        }
        String summary = describe(body);
        Optional<Refusal> refusal = SlackLimits.messageBody("response_url", body);
        if (refusal.isPresent()) {
            state.record().recordRefusal("(response_url)", summary, refusal.get());
            ctx.status(400).contentType("application/json; charset=utf-8").result(refusal.get().json().toString());
            return;
        }
        apply(target.get(), body);
        state.record().recordApiCall("(response_url)", summary, true, null);
        ctx.status(200).result("ok");
    }

    private void apply(ResponseTarget target, JsonObject body) {
        String text = string(body, "text");
        JsonArray blocks = body.has("blocks") && body.get("blocks").isJsonArray() ? body.getAsJsonArray("blocks") : null;
        if (bool(body, "delete_original")) {
            if (target.ephemeralId() != null) {
                state.deleteEphemeral(target.ephemeralId());
            } else if (target.messageTs() != null) {
                state.delete(target.channel(), target.messageTs());
            }
            return;
        }
        if (bool(body, "replace_original")) {
            if (target.ephemeralId() != null) {
                state.replaceEphemeral(target.ephemeralId(), text, blocks);
                return;
            }
            if (target.messageTs() != null) {
                state.update(target.channel(), target.messageTs(), text, blocks);
                return;
            }
        }
        if ("in_channel".equals(string(body, "response_type"))) {
            state.post(target.channel(), SandboxCast.BOT_USER, text, blocks, string(body, "thread_ts"), null);
        } else {
            state.postEphemeral(target.personId(), target.channel(), SandboxCast.BOT_USER, text, blocks);
        }
    }

    private static String describe(JsonObject body) {
        String mode = bool(body, "delete_original") ? "delete_original"
                : bool(body, "replace_original") ? "replace_original"
                : "in_channel".equals(string(body, "response_type")) ? "in_channel" : "ephemeral";
        String text = string(body, "text");
        return mode + (text == null ? "" : " " + TextCut.shorten(text, 100));
    }

    private static JsonObject parse(byte[] bytes) {
        try {
            JsonElement json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            return json.isJsonObject() ? json.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean bool(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() && o.get(name).getAsBoolean();
    }
}
