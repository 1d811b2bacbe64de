package org.mapbot.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays the {@link DemoScript} through the real bot and reports, step by step, what came back. Everything goes through
 * {@link Interactions}, so each step is the signed request Slack would send; the runner only waits for what the bot
 * does after acknowledging (a new card, a modal) before the next person acts on it.
 */
final class DemoRunner {
    private static final long PATIENCE_MILLIS = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final SandboxState state;
    private final Interactions interactions;
    private final ClockControl clock;

    DemoRunner(SandboxState state, Interactions interactions, ClockControl clock) {
        this.state = state;
        this.interactions = interactions;
        this.clock = clock;
    }

    List<String> run(List<DemoScript.Step> steps) {
        List<String> transcript = new ArrayList<>();
        for (DemoScript.Step step : steps) {
            transcript.add(play(step));
        }
        return transcript;
    }

    private String play(DemoScript.Step step) {
        if (step instanceof DemoScript.Command command) {
            Optional<String> cardBefore = newestCard(command.channel()).map(Card::ts);
            JsonObject result = interactions.command(command.person(), command.channel(), command.text());
            if (command.text().startsWith(Interactions.COMMAND + " new ")) {
                // The bot posts the new plan's card after acknowledging; the next steps click on that card.
                await(() -> newestCard(command.channel()).map(Card::ts).filter(ts -> !Optional.of(ts).equals(cardBefore)));
            }
            String text = result.get("text").getAsString();
            return command.person().realName() + " typed " + command.text() + " → HTTP " + result.get("status").getAsInt()
                    + (text.isEmpty() ? "" : ": " + firstLine(text));
        }
        if (step instanceof DemoScript.Click click) {
            Optional<Clickable> target = await(() -> newestCard(click.channel())
                    .flatMap(card -> button(card, click.step(), click.button())));
            if (target.isEmpty()) {
                return click.person().realName() + " wanted to click \"" + click.button() + "\"" + onStep(click.step())
                        + " but the card has no such button";
            }
            JsonObject result = interactions.clickOnMessage(click.person(), click.channel(), target.get().ts(), null,
                    target.get().action(), new JsonObject());
            return click.person().realName() + " clicked \"" + click.button() + "\"" + onStep(click.step()) + " → HTTP "
                    + result.get("status").getAsInt();
        }
        if (step instanceof DemoScript.Menu menu) {
            Optional<Clickable> target = await(() -> newestCard(menu.channel())
                    .flatMap(card -> menuOption(card, menu.step(), menu.option())));
            if (target.isEmpty()) {
                return menu.person().realName() + " wanted to pick \"" + menu.option() + "\"" + onStep(menu.step())
                        + " but the card has no such menu entry";
            }
            JsonObject result = interactions.clickOnMessage(menu.person(), menu.channel(), target.get().ts(), null,
                    target.get().action(), new JsonObject());
            return menu.person().realName() + " picked \"" + menu.option() + "\"" + onStep(menu.step()) + " → HTTP "
                    + result.get("status").getAsInt();
        }
        if (step instanceof DemoScript.Submit submit) {
            Optional<OpenView> modal = await(() -> state.modals(submit.person().id()).stream()
                    .filter(v -> submit.callbackId().equals(string(v.view(), "callback_id"))).findFirst());
            if (modal.isEmpty()) {
                return submit.person().realName() + " has no " + submit.callbackId() + " form open to submit";
            }
            JsonObject result = interactions.submit(submit.person(), modal.get().id(), values(modal.get().view(), submit.fields(), today()));
            String title = modal.get().view().getAsJsonObject("title").get("text").getAsString();
            return submit.person().realName() + " submitted \"" + title + "\" → " + result.get("outcome").getAsString()
                    + (result.has("errors") ? " " + result.get("errors") : "");
        }
        DemoScript.Clock move = (DemoScript.Clock) step;
        clock.move(move.move());
        return "Time passes (" + move.move().name().toLowerCase(Locale.ROOT) + "): it is now " + DAY.format(today());
    }

    private LocalDate today() {
        return state.clock().instant().atZone(SandboxCast.ZONE).toLocalDate();
    }

    private static String onStep(String step) {
        return step == null ? "" : " on " + step;
    }

    /** A plan card's message and the {@code block_actions} entry Slack would send for one of its elements. */
    private record Clickable(String ts, JsonObject action) {
    }

    private record Card(String ts, JsonArray blocks) {
    }

    /** The newest bot message in {@code channel} that is a plan card (it has the card's footer). */
    private Optional<Card> newestCard(Conversation channel) {
        List<Message> messages = state.messages(channel.id());
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.deleted() || !SandboxCast.BOT_USER.equals(message.userId()) || message.blocks() == null) {
                continue;
            }
            for (JsonElement block : message.blocks()) {
                if ("card-footer".equals(string(block.getAsJsonObject(), "block_id"))) {
                    return Optional.of(new Card(message.ts(), message.blocks()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Clickable> button(Card card, String step, String label) {
        return elements(card.blocks(), step).stream()
                .filter(e -> "button".equals(string(e.element(), "type"))
                        && label.equals(e.element().getAsJsonObject("text").get("text").getAsString()))
                .findFirst()
                .map(e -> new Clickable(card.ts(), action(e, null)));
    }

    private static Optional<Clickable> menuOption(Card card, String step, String label) {
        return elements(card.blocks(), step).stream()
                .filter(e -> "overflow".equals(string(e.element(), "type")))
                .flatMap(e -> {
                    List<Clickable> found = new ArrayList<>();
                    e.element().getAsJsonArray("options").forEach(o -> {
                        if (label.equals(o.getAsJsonObject().getAsJsonObject("text").get("text").getAsString())) {
                            found.add(new Clickable(card.ts(), action(e, o.getAsJsonObject())));
                        }
                    });
                    return found.stream();
                })
                .findFirst();
    }

    private record Element(String blockId, JsonObject element) {
    }

    /**
     * The interactive elements of the step titled {@code step}: those of the first actions block after the section
     * that names it ({@code *3. Technical test*}); with no step, those of every actions block.
     */
    static List<Element> elements(JsonArray blocks, String step) {
        List<Element> found = new ArrayList<>();
        boolean inStep = step == null;
        for (int b = 0; b < blocks.size(); b++) {
            JsonObject block = blocks.get(b).getAsJsonObject();
            String type = string(block, "type");
            if (step != null && "section".equals(type) && block.has("text")) {
                String text = block.getAsJsonObject("text").get("text").getAsString();
                inStep = text.contains(". " + step + "*") || text.contains(". " + step + "~");
                continue;
            }
            if (inStep && "actions".equals(type)) {
                String blockId = block.has("block_id") ? block.get("block_id").getAsString() : "b" + b;
                block.getAsJsonArray("elements").forEach(e -> found.add(new Element(blockId, e.getAsJsonObject())));
                if (step != null) {
                    break;
                }
            }
        }
        return found;
    }

    private static JsonObject action(Element e, JsonObject selectedOption) {
        JsonObject action = new JsonObject();
        action.addProperty("type", string(e.element(), "type"));
        action.addProperty("action_id", e.element().has("action_id") ? e.element().get("action_id").getAsString() : "");
        action.addProperty("block_id", e.blockId());
        if (e.element().has("text")) {
            action.add("text", e.element().get("text"));
        }
        if (e.element().has("value")) {
            action.add("value", e.element().get("value"));
        }
        if (selectedOption != null) {
            action.add("selected_option", selectedOption);
        }
        return action;
    }

    /** The block_actions entry Slack would send for the button labelled {@code label} anywhere in {@code blocks}. */
    static Optional<JsonObject> button(JsonArray blocks, String label) {
        for (int b = 0; b < blocks.size(); b++) {
            JsonObject block = blocks.get(b).getAsJsonObject();
            List<JsonElement> elements = new ArrayList<>();
            if (block.has("elements") && "actions".equals(string(block, "type"))) {
                block.getAsJsonArray("elements").forEach(elements::add);
            }
            if (block.has("accessory")) {
                elements.add(block.get("accessory"));
            }
            String blockId = block.has("block_id") ? block.get("block_id").getAsString() : "b" + b;
            for (JsonElement element : elements) {
                JsonObject e = element.getAsJsonObject();
                if ("button".equals(string(e, "type")) && label.equals(e.getAsJsonObject("text").get("text").getAsString())) {
                    return Optional.of(action(new Element(blockId, e), null));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Slack's {@code view.state.values} for a modal whose inputs hold {@code answers} (block id → answer); inputs
     * without an answer are sent empty, as Slack sends them.
     */
    static JsonObject values(JsonObject view, Map<String, String> answers, LocalDate today) {
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
            return select.has("initial_option") ? select.get("initial_option") : com.google.gson.JsonNull.INSTANCE;
        }
        for (JsonElement o : select.getAsJsonArray("options")) {
            if (answer.equals(string(o.getAsJsonObject(), "value"))) {
                return o;
            }
        }
        return com.google.gson.JsonNull.INSTANCE;
    }

    /** Waits (a little) for what the bot does after acknowledging, such as posting the card or opening a modal. */
    private <T> Optional<T> await(Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                // Woken by the bot's next Slack call; the short cap covers a call made just before we started waiting.
                state.awaitNextApiCall(java.time.Duration.ofMillis(50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static String string(JsonObject o, String name) {
        return o != null && o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
