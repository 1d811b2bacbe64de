package org.mapbot.api;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * {@code /map api token create|list|revoke}: acknowledged at once; the admin check asks Slack, so the answer (with a
 * new token, shown this once) follows in the background, only for the person who typed it.
 */
public final class ApiTokenCommands {
    private static final Logger log = LoggerFactory.getLogger(ApiTokenCommands.class);
    static final String USAGE = "`/map api token create hubspot-sync`, `/map api token list`, `/map api token revoke hubspot-sync`";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ApiTokens tokens;
    private final String apiUrl;
    private final Executor background;

    public ApiTokenCommands(ApiTokens tokens, String publicUrl, Executor background) {
        this.tokens = tokens;
        this.apiUrl = publicUrl.replaceAll("/+$", "") + "/api/v1";
        this.background = background;
    }

    public Subcommand subcommand() {
        return new Subcommand("api", "/map api token create|list|revoke [name]",
                "API tokens for your CRM or scripts (workspace admins and owners only)", this::handle);
    }

    private Response handle(CommandInput input, SlashCommandContext ctx) {
        String[] words = input.args().strip().split("\\s+", 3);
        String verb = words.length >= 2 && words[0].equalsIgnoreCase("token") ? words[1].toLowerCase(java.util.Locale.ROOT) : "";
        String name = words.length == 3 ? words[2] : "";
        boolean known = switch (verb) {
            case "create", "revoke" -> !name.isBlank();
            case "list" -> name.isBlank();
            default -> false;
        };
        if (!known) {
            return Ephemeral.reply(ctx, ":warning: That is not an API token command I know. Use " + USAGE + ".");
        }
        Actor actor = input.actor();
        background.execute(() -> reply(ctx, input.userId(), answer(actor, verb, name)));
        return Ephemeral.reply(ctx, ":hourglass_flowing_sand: Checking that you are an admin of this workspace…");
    }

    private String answer(Actor actor, String verb, String name) {
        try {
            return switch (verb) {
                case "create" -> created(tokens.create(actor, name));
                case "revoke" -> {
                    tokens.revoke(actor, name);
                    yield ":lock: Revoked the API token `" + SlackText.escape(name.strip()) + "`: requests with it get 401 from now on.";
                }
                default -> listed(tokens.list(actor));
            };
        } catch (PlanException e) {
            return ":warning: " + e.getMessage(); // service messages are mrkdwn; a name in one has passed its pattern
        }
    }

    private String created(ApiTokens.Created created) {
        return ":key: API token `" + created.token().name() + "` for this workspace. Copy it now: it is shown only this once "
                + "and MAP Bot keeps only a fingerprint of it.\n```" + created.secret() + "```\n"
                + "Send it as `Authorization: Bearer <token>` to " + apiUrl + " (the document: " + apiUrl + "/openapi.json). "
                + "Revoke it with `/map api token revoke " + created.token().name() + "`.";
    }

    private static String listed(List<ApiToken> live) {
        if (live.isEmpty()) {
            return "This workspace has no API tokens. Create one with " + ApiTokens.EXAMPLE + ".";
        }
        StringBuilder text = new StringBuilder("*API tokens of this workspace* (the tokens themselves are never shown again):");
        for (ApiToken token : live) {
            text.append("\n• `").append(token.name()).append("` — created by ").append(SlackText.mention(token.createdBy()))
                    .append(" on ").append(DAY.format(token.createdAt()))
                    .append(token.lastUsedAt() == null ? ", never used" : ", last used " + DAY.format(token.lastUsedAt()));
        }
        return text.toString();
    }

    private static void reply(SlashCommandContext ctx, String userId, String mrkdwn) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(mrkdwn));
        } catch (Exception e) {
            log.warn("Could not answer {} about API tokens: {}", userId, e.getMessage());
        }
    }
}
