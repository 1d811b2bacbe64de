package org.mapbot.sandbox;

import static org.mapbot.sandbox.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A modal filled in as a person would: the answers of the demo script turned into what Slack submits. */
final class ModalAnswers {
    private static final Pattern TITLED = Pattern.compile("(.*)\\{(.+)}");
    private static final String STEP_LINE = "step-";

    private ModalAnswers() {
    }

    /**
     * Slack's {@code view.state.values} for a modal whose inputs hold {@code answers} (block id → answer); inputs
     * without an answer are sent empty, as Slack sends them.
     */
    static JsonObject values(JsonObject view, Map<String, String> givenAnswers, LocalDate today) {
        Map<String, String> answers = byBlockId(view, givenAnswers);
        JsonObject values = new JsonObject();
        for (JsonElement element : view.getAsJsonArray("blocks")) {
            JsonObject block = element.getAsJsonObject();
            if (!"input".equals(string(block, "type")) || !block.has("block_id")) {
                continue;
            }
            JsonObject input = block.getAsJsonObject("element");
            String type = string(input, "type");
            String answer = answers.get(block.get("block_id").getAsString());
            JsonObject value = new JsonObject();
            value.addProperty("type", type);
            switch (type) {
                case "datepicker" -> value.addProperty("selected_date", date(answer, string(input, "initial_date"), today));
                case "users_select" -> value.addProperty("selected_user", answer != null ? answer : string(input, "initial_user"));
                case "static_select" -> value.add("selected_option", option(input, answer));
                case "checkboxes" -> {
                    JsonArray selected = new JsonArray();
                    List<String> wanted = answer == null ? List.of() : List.of(answer.split("\\s*,\\s*"));
                    input.getAsJsonArray("options").forEach(o -> {
                        if (wanted.contains(string(o.getAsJsonObject(), "value"))) {
                            selected.add(o);
                        }
                    });
                    value.add("selected_options", selected);
                }
                default -> value.addProperty("value", answer != null ? answer : string(input, "initial_value"));
            }
            JsonObject byAction = new JsonObject();
            byAction.add(input.has("action_id") ? input.get("action_id").getAsString() : "value", value);
            values.add(block.get("block_id").getAsString(), byAction);
        }
        return values;
    }

    /**
     * The answers with each step named by its title in braces ({@code date-{Demo}}) named by its id instead, as the form's
     * block ids are: the title is looked up in the form's step lines, sections with the block id {@code step-<id>}.
     */
    private static Map<String, String> byBlockId(JsonObject view, Map<String, String> answers) {
        Map<String, String> resolved = new HashMap<>();
        answers.forEach((key, answer) -> {
            Matcher titled = TITLED.matcher(key);
            resolved.put(titled.matches() ? titled.group(1) + stepId(view, titled.group(2)) : key, answer);
        });
        return resolved;
    }

    private static String stepId(JsonObject view, String title) {
        for (JsonElement element : view.getAsJsonArray("blocks")) {
            JsonObject block = element.getAsJsonObject();
            String id = string(block, "block_id");
            if (id != null && id.startsWith(STEP_LINE) && block.has("text")
                    && string(block.getAsJsonObject("text"), "text").contains(". " + title + "*")) {
                return id.substring(STEP_LINE.length());
            }
        }
        throw new IllegalArgumentException("The form " + string(view, "callback_id") + " shows no step " + title);
    }

    private static String date(String answer, String initial, LocalDate today) {
        if (answer == null) {
            return initial;
        }
        if (answer.startsWith("+")) {
            LocalDate from = initial == null ? today : LocalDate.parse(initial);
            return from.plusDays(Long.parseLong(answer.substring(1))).toString();
        }
        return answer;
    }

    private static JsonElement option(JsonObject select, String answer) {
        if (answer == null) {
            return select.has("initial_option") ? select.get("initial_option") : JsonNull.INSTANCE;
        }
        for (JsonElement o : select.getAsJsonArray("options")) {
            if (answer.equals(string(o.getAsJsonObject(), "value"))) {
                return o;
            }
        }
        return JsonNull.INSTANCE;
    }
}
