package org.mapbot.sandbox;

import static org.mapbot.sandbox.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays the {@link DemoScript} through the real bot and reports, step by step, what came back. Everything goes through
 * {@link Interactions}, so each step is the signed request Slack would send; the runner only waits for what the bot
 * does after acknowledging (a new card, a modal) before the next person acts on it.
 */
final class DemoRunner {
    /** How long a step waits for what the bot does after acknowledging (a card update runs behind the request). */
    private static final long PATIENCE_MILLIS = 30_000;
    private static final int CLICKS = 5;
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
            Optional<String> cardBefore = newestCard(command.channel()).map(BotMessage::ts);
            JsonObject result = interactions.command(command.person(), command.channel(), command.text());
            if (command.text().startsWith(Interactions.COMMAND + " new ")) {
                // The bot posts the new plan's card after acknowledging; the next steps click on that card.
                await(() -> newestCard(command.channel()).map(BotMessage::ts).filter(ts -> !Optional.of(ts).equals(cardBefore)));
            }
            String text = result.get("text").getAsString();
            return command.person().realName() + " typed " + command.text() + " → HTTP " + result.get("status").getAsInt()
                    + (text.isEmpty() ? "" : ": " + firstLine(text));
        }
        if (step instanceof DemoScript.Click click) {
            Optional<Clickable> target = await(() -> newestCard(click.channel())
                    .flatMap(card -> CardClicks.button(card.blocks(), click.step(), click.button()).map(card::clickable)));
            if (target.isEmpty()) {
                return click.person().realName() + " wanted to click \"" + click.button() + "\"" + onStep(click.step())
                        + " but the card has no such button";
            }
            JsonObject result = interactions.clickOnMessage(click.person(), click.channel(), target.get().ts(), null,
                    target.get().action(), new JsonObject());
            return click.person().realName() + " clicked \"" + click.button() + "\"" + onStep(click.step()) + " → HTTP "
                    + result.get("status").getAsInt();
        }
        if (step instanceof DemoScript.Answer answer) {
            return answer(answer);
        }
        if (step instanceof DemoScript.Menu menu) {
            Optional<Clickable> target = await(() -> newestCard(menu.channel())
                    .flatMap(card -> CardClicks.menuOption(card.blocks(), menu.step(), menu.option()).map(card::clickable)));
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
            Optional<OpenView> modal = await(() -> state.views().modals(submit.person().id()).stream()
                    .filter(v -> submit.callbackId().equals(string(v.view(), "callback_id"))).findFirst());
            if (modal.isEmpty()) {
                return submit.person().realName() + " has no " + submit.callbackId() + " form open to submit";
            }
            JsonObject values;
            try {
                values = ModalAnswers.values(modal.get().view(), submit.fields(), today());
            } catch (IllegalArgumentException e) {
                return submit.person().realName() + " could not fill in the form: " + e.getMessage();
            }
            JsonObject result = interactions.submit(submit.person(), modal.get().id(), values);
            String title = modal.get().view().getAsJsonObject("title").get("text").getAsString();
            return submit.person().realName() + " submitted \"" + title + "\" → " + result.get("outcome").getAsString()
                    + (result.has("errors") ? " " + result.get("errors") : "");
        }
        DemoScript.Clock move = (DemoScript.Clock) step;
        clock.move(move.move());
        return "Time passes (" + move.move().name().toLowerCase(Locale.ROOT) + "): it is now " + DAY.format(today());
    }

    /**
     * A button that opens a form, on a message the bot just posted. The bot accepts its buttons once it has noted the
     * message, a moment after posting it: no person clicks that fast, but the runner can, and the bot then answers that
     * it does not know the button. As a person would, the runner clicks again.
     */
    private String answer(DemoScript.Answer answer) {
        String who = answer.person().realName() + " clicked \"" + answer.button() + "\" on \"" + answer.asking() + "\"";
        Optional<Clickable> target = await(() -> newestAsking(answer.channel(), answer.asking())
                .flatMap(message -> CardClicks.button(message.blocks(), null, answer.button()).map(message::clickable)));
        if (target.isEmpty()) {
            return answer.person().realName() + " wanted to click \"" + answer.button() + "\" on \"" + answer.asking()
                    + "\" but there is no such button";
        }
        String personId = answer.person().id();
        for (int attempt = 1; ; attempt++) {
            List<OpenView> modalsBefore = state.views().modals(personId);
            int answersBefore = state.ephemerals(personId).size();
            JsonObject result = interactions.clickOnMessage(answer.person(), answer.channel(), target.get().ts(), null,
                    target.get().action(), new JsonObject());
            Optional<Boolean> opened = await(() -> !state.views().modals(personId).equals(modalsBefore) ? Optional.of(true)
                    : state.ephemerals(personId).size() > answersBefore ? Optional.of(false) : Optional.empty());
            if (opened.orElse(true) || attempt == CLICKS) {
                return who + " → HTTP " + result.get("status").getAsInt();
            }
            try {
                state.record().awaitNextApiCall(java.time.Duration.ofMillis(300)); // a moment, as a person takes to click again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return who + " → interrupted";
            }
        }
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

    private record BotMessage(String ts, JsonArray blocks) {
        Clickable clickable(JsonObject action) {
            return new Clickable(ts, action);
        }
    }

    /** The newest bot message in {@code channel} that is a plan card (it has the card's footer). */
    private Optional<BotMessage> newestCard(Conversation channel) {
        List<Message> messages = state.messages(channel.id());
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.deleted() || !SandboxCast.BOT_USER.equals(message.userId()) || message.blocks() == null) {
                continue;
            }
            for (JsonElement block : message.blocks()) {
                if ("card-footer".equals(string(block.getAsJsonObject(), "block_id"))) {
                    return Optional.of(new BotMessage(message.ts(), message.blocks()));
                }
            }
        }
        return Optional.empty();
    }

    /** The newest bot message in {@code channel} whose text contains {@code asking}. */
    private Optional<BotMessage> newestAsking(Conversation channel, String asking) {
        List<Message> messages = state.messages(channel.id());
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (!message.deleted() && SandboxCast.BOT_USER.equals(message.userId()) && message.text().contains(asking)) {
                return Optional.of(new BotMessage(message.ts(), message.blocks()));
            }
        }
        return Optional.empty();
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
                state.record().awaitNextApiCall(java.time.Duration.ofMillis(50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
