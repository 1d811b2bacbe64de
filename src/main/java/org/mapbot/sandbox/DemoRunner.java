package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plays the {@link DemoScript} through the real bot and reports, step by step, what came back. */
final class DemoRunner {
    private final SandboxState state;
    private final Interactions interactions;

    DemoRunner(SandboxState state, Interactions interactions) {
        this.state = state;
        this.interactions = interactions;
    }

    List<String> run(List<DemoScript.Step> steps) {
        List<String> transcript = new ArrayList<>();
        for (DemoScript.Step step : steps) {
            if (step instanceof DemoScript.Command command) {
                JsonObject result = interactions.command(command.person(), command.channel(), command.text());
                transcript.add(command.person().realName() + " typed " + command.text() + " → HTTP " + result.get("status").getAsInt()
                        + (result.get("text").getAsString().isEmpty() ? "" : ": " + firstLine(result.get("text").getAsString())));
            } else if (step instanceof DemoScript.Click click) {
                Optional<Clickable> target = newestButton(click.channel(), click.button());
                if (target.isEmpty()) {
                    transcript.add(click.person().realName() + " wanted to click \"" + click.button() + "\" but no message has that button");
                    continue;
                }
                JsonObject result = interactions.clickOnMessage(click.person(), click.channel(), target.get().ts(), null,
                        target.get().action(), new JsonObject());
                transcript.add(click.person().realName() + " clicked \"" + click.button() + "\" → HTTP " + result.get("status").getAsInt());
            }
        }
        return transcript;
    }

    private record Clickable(String ts, JsonObject action) {
    }

    private Optional<Clickable> newestButton(Conversation channel, String label) {
        List<Message> messages = state.messages(channel.id());
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.deleted() || !SandboxCast.BOT_USER.equals(message.userId())) {
                continue;
            }
            Optional<JsonObject> action = button(message.blocks(), label);
            if (action.isPresent()) {
                return Optional.of(new Clickable(message.ts(), action.get()));
            }
        }
        return Optional.empty();
    }

    /** The block_actions entry Slack would send for the button labelled {@code label}. */
    static Optional<JsonObject> button(JsonArray blocks, String label) {
        for (int b = 0; b < blocks.size(); b++) {
            JsonObject block = blocks.get(b).getAsJsonObject();
            List<JsonElement> elements = new ArrayList<>();
            if (block.has("elements") && "actions".equals(block.get("type").getAsString())) {
                block.getAsJsonArray("elements").forEach(elements::add);
            }
            if (block.has("accessory")) {
                elements.add(block.get("accessory"));
            }
            for (JsonElement element : elements) {
                JsonObject e = element.getAsJsonObject();
                if ("button".equals(e.get("type").getAsString()) && label.equals(e.getAsJsonObject("text").get("text").getAsString())) {
                    JsonObject action = new JsonObject();
                    action.addProperty("type", "button");
                    action.addProperty("action_id", e.has("action_id") ? e.get("action_id").getAsString() : "");
                    action.addProperty("block_id", block.has("block_id") ? block.get("block_id").getAsString() : "b" + b);
                    action.add("text", e.get("text"));
                    if (e.has("value")) {
                        action.add("value", e.get("value"));
                    }
                    return Optional.of(action);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
