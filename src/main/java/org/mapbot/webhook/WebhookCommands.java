package org.mapbot.webhook;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /map webhooks add|list|remove|test}: acknowledged at once; the admin check asks Slack and {@code test} waits
 * for the endpoint, so the answer follows in the background, only for the person who typed it.
 */
public final class WebhookCommands {
    private static final Logger log = LoggerFactory.getLogger(WebhookCommands.class);
    static final String USAGE = "`/map webhooks add https://hooks.example.com/mapbot`, `/map webhooks add <url> internal`, "
            + "`/map webhooks list`, `/map webhooks remove 3`, `/map webhooks test 3`";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Webhooks webhooks;
    private final Executor background;

    public WebhookCommands(Webhooks webhooks, Executor background) {
        this.webhooks = webhooks;
        this.background = background;
    }

    public Subcommand subcommand() {
        return new Subcommand("webhooks", "/map webhooks add <https url> [internal] | list | remove <id> | test <id>",
                "Signed webhooks of every plan's changes for your CRM or automation (workspace admins and owners only)", this::handle);
    }

    private Response handle(CommandInput input, SlashCommandContext ctx) {
        String[] words = input.args().strip().split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        boolean known = switch (verb) {
            case "add" -> words.length == 2 || (words.length == 3 && words[2].equalsIgnoreCase("internal"));
            case "remove", "test" -> words.length == 2;
            case "list" -> words.length == 1;
            default -> false;
        };
        if (!known) {
            return Ephemeral.reply(ctx, ":warning: That is not a webhooks command I know. Use " + USAGE + ".");
        }
        Actor actor = input.actor();
        background.execute(() -> reply(ctx, input.userId(), answer(actor, verb, words)));
        return Ephemeral.reply(ctx, ":hourglass_flowing_sand: Checking that you are an admin of this workspace…");
    }

    private String answer(Actor actor, String verb, String[] words) {
        try {
            return switch (verb) {
                case "add" -> added(webhooks.add(actor, words[1], words.length == 3));
                case "remove" -> {
                    WebhookEndpoint removed = webhooks.remove(actor, words[1]);
                    yield ":wastebasket: Removed webhook #" + removed.id() + " to " + url(removed)
                            + ": nothing more is sent to it, including events still waiting.";
                }
                case "test" -> tested(webhooks.test(actor, words[1]));
                default -> listed(webhooks.list(actor));
            };
        } catch (PlanException e) {
            return ":warning: " + e.getMessage(); // service messages are mrkdwn with what the person typed escaped
        }
    }

    private static String added(Webhooks.Added added) {
        WebhookEndpoint endpoint = added.endpoint();
        return ":satellite_antenna: Webhook #" + endpoint.id() + " to " + url(endpoint)
                + (endpoint.internal() ? " (internal: also receives internal-only steps)" : "")
                + ". Its signing secret, shown only this once (MAP Bot keeps it encrypted):\n```" + added.secret() + "```\n"
                + "Each request carries `webhook-id`, `webhook-timestamp` and `webhook-signature` (Standard Webhooks): verify "
                + "it with any Standard Webhooks library and this secret. Try it with `/map webhooks test " + endpoint.id() + "`.";
    }

    private static String tested(Webhooks.Tested tested) {
        WebhookHttp.Outcome outcome = tested.outcome();
        String sent = "Sent a `webhook.test` event to #" + tested.endpoint().id() + " (" + url(tested.endpoint()) + "): ";
        return outcome.delivered() ? ":white_check_mark: " + sent + "it answered " + outcome.status() + "."
                : ":x: " + sent + "it answered " + SlackText.escape(outcome.describe()) + ".";
    }

    private static String listed(List<WebhookEndpoint> endpoints) {
        if (endpoints.isEmpty()) {
            return "This workspace has no webhooks. Add one with `/map webhooks add https://hooks.example.com/mapbot`.";
        }
        StringBuilder text = new StringBuilder("*Webhooks of this workspace* (their secrets are never shown again):");
        for (WebhookEndpoint e : endpoints) {
            text.append("\n• #").append(e.id()).append(' ').append(url(e)).append(e.internal() ? " (internal)" : "")
                    .append(e.enabled() ? " — on" : " — *switched off* " + day(e.disabledAt()) + ": " + SlackText.escape(e.disabledReason()))
                    .append(", added by ").append(SlackText.mention(e.createdBy()))
                    .append(e.lastSuccessAt() == null ? ", no success yet" : ", last success " + day(e.lastSuccessAt()))
                    .append(e.lastFailureAt() == null ? "" : ", last failure " + day(e.lastFailureAt()) + " ("
                            + SlackText.escape(e.lastFailure()) + ")");
        }
        return text.toString();
    }

    private static String url(WebhookEndpoint endpoint) {
        return "`" + SlackText.escape(endpoint.url().toString()) + "`";
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static void reply(SlashCommandContext ctx, String userId, String mrkdwn) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(mrkdwn));
        } catch (Exception e) {
            log.warn("Could not answer {} about webhooks: {}", userId, e.getMessage());
        }
    }
}
