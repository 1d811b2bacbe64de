package org.mapbot.sandbox.limits;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Slack's answer to a call it refuses for breaking its documented limits.
 *
 * @param call       what was refused: a Web API method ({@code chat.postMessage}) or another surface
 *                   ({@code response_url}, {@code slash command response}, …)
 * @param error      Slack's error code: {@code invalid_blocks}, {@code invalid_arguments} or {@code msg_too_long}
 * @param violations every broken limit, in the order found
 */
public record Refusal(String call, String error, List<Violation> violations) {

    public Refusal {
        violations = List.copyOf(violations);
    }

    /** The JSON body Slack answers with: {@code ok:false}, the error, and the detail in {@code response_metadata}. */
    public JsonObject json() {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", false);
        answer.addProperty("error", error);
        JsonArray messages = new JsonArray();
        violations.forEach(v -> messages.add(v.slackMessage()));
        JsonObject metadata = new JsonObject();
        metadata.add("messages", messages);
        answer.add("response_metadata", metadata);
        return answer;
    }

    /** One line for a call log: the error and the first problem with its place. */
    public String summary() {
        return error + (violations.isEmpty() ? "" : " " + violations.get(0).slackMessage()
                + (violations.size() > 1 ? " (+" + (violations.size() - 1) + " more)" : ""));
    }

    /** Every broken limit with its documentation, for a failing test's message. */
    public String describe() {
        return call + " refused with " + error + ":" + violations.stream().map(v -> "\n    " + v.describe())
                .collect(Collectors.joining());
    }
}
