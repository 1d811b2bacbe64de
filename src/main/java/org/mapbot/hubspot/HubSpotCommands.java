package org.mapbot.hubspot;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.Form;
import org.mapbot.interaction.Modals;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SlackClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /map hubspot connect|status|disconnect}, {@code /map link hubspot <deal>} and {@code /map unlink hubspot}.
 * Wrong input is answered at once with an example; whatever asks Slack (the admin check) or HubSpot runs in the
 * background and answers only the person who asked.
 */
final class HubSpotCommands {
    private static final Logger log = LoggerFactory.getLogger(HubSpotCommands.class);
    static final String USAGE = "`/map hubspot connect`, `/map hubspot status`, `/map hubspot disconnect`";
    static final String WORKING = ":hourglass_flowing_sand: Asking HubSpot…";

    private final HubSpotService hubspot;
    private final PlanService plans;
    private final Modals modals;
    private final SlackClients slack;
    private final Executor background;

    HubSpotCommands(HubSpotService hubspot, PlanService plans, Modals modals, SlackClients slack, Executor background) {
        this.hubspot = hubspot;
        this.plans = plans;
        this.modals = modals;
        this.slack = slack;
        this.background = background;
    }

    Subcommand connection() {
        return new Subcommand("hubspot", "/map hubspot connect|status|disconnect",
                "Connect HubSpot, so linked plans are written to their deals (workspace admins and owners)", this::hubspotCommand);
    }

    Subcommand link() {
        return new Subcommand("link", "/map link hubspot <deal id or URL>", "Link this plan to its HubSpot deal", this::linkCommand);
    }

    Subcommand unlink() {
        return new Subcommand("unlink", "/map unlink hubspot", "Stop writing this plan to its HubSpot deal", this::unlinkCommand);
    }

    void registerOn(SlackListeners listeners) {
        listeners.onSubmit(ConnectForm.CALLBACK, ConnectForm.TOKEN_BLOCK, this::connectSubmitted);
    }

    private Response hubspotCommand(CommandInput input, SlashCommandContext ctx) {
        String verb = input.args().strip().toLowerCase(Locale.ROOT);
        Actor actor = input.actor();
        switch (verb) {
            case "connect" -> {
                if (!hubspot.canKeepTokens()) {
                    return Ephemeral.reply(ctx, ":warning: " + HubSpotService.NO_KEY);
                }
                if (!actor.isSeller()) {
                    return Ephemeral.reply(ctx, ":warning: Only the organisation that installed MAP Bot can connect its HubSpot.");
                }
                modals.open(actor.installation(), input.triggerId(), ConnectForm.modal(input.channelId()));
                return ctx.ack();
            }
            case "status" -> {
                return later(ctx, input, () -> hubspot.status(actor));
            }
            case "disconnect" -> {
                return later(ctx, input, () -> hubspot.disconnect(actor));
            }
            default -> {
                return Ephemeral.reply(ctx, ":warning: That is not a HubSpot command I know. Use " + USAGE
                        + ". (The token goes into the form `/map hubspot connect` opens, never into the command.)");
            }
        }
    }

    private Response linkCommand(CommandInput input, SlashCommandContext ctx) {
        String[] words = input.args().strip().split("\\s+", 2);
        if (!words[0].equalsIgnoreCase("hubspot") || words.length < 2) {
            return Ephemeral.reply(ctx, ":warning: Say which HubSpot deal, e.g. " + DealReference.EXAMPLE + ".");
        }
        var deal = DealReference.parse(words[1]);
        if (deal.isEmpty()) {
            return Ephemeral.reply(ctx, ":warning: That is not a HubSpot deal id or deal address. Use its number or its address, e.g. "
                    + DealReference.EXAMPLE + ".");
        }
        Actor actor = input.actor();
        Plan plan = plans.requireCurrentPlan(actor, input.channelId());
        return later(ctx, input, () -> hubspot.link(actor, plan, deal.get()));
    }

    private Response unlinkCommand(CommandInput input, SlashCommandContext ctx) {
        if (!input.args().strip().equalsIgnoreCase("hubspot")) {
            return Ephemeral.reply(ctx, ":warning: Use `/map unlink hubspot` to stop writing this plan to its HubSpot deal.");
        }
        Plan plan = plans.requireCurrentPlan(input.actor(), input.channelId());
        return Ephemeral.reply(ctx, hubspot.unlink(input.actor(), plan));
    }

    private void connectSubmitted(Form form) {
        String token = ConnectForm.token(form.text(ConnectForm.TOKEN_BLOCK).orElse(""));
        Actor actor = form.who().actor();
        String channelId = form.metadata();
        background.execute(() -> tell(actor.installation(), channelId, actor.userId(), answer(() -> hubspot.connect(actor, token))));
    }

    /** Acknowledged now; the answer follows from the background, only for the person who typed the command. */
    private Response later(SlashCommandContext ctx, CommandInput input, Supplier<String> answer) {
        background.execute(() -> {
            String text = answer(answer);
            try {
                ctx.respond(r -> r.responseType("ephemeral").text(text));
            } catch (Exception e) {
                log.warn("Could not answer {} about HubSpot: {}", input.userId(), e.getMessage());
            }
        });
        return Ephemeral.reply(ctx, WORKING);
    }

    private static String answer(Supplier<String> work) {
        try {
            return work.get();
        } catch (PlanException e) {
            return ":warning: " + e.getMessage();
        } catch (RuntimeException e) {
            log.error("A HubSpot command failed", e);
            return ":warning: Something went wrong on our side and nothing was changed. Please try again.";
        }
    }

    private void tell(Installation installation, String channelId, String userId, String text) {
        try {
            var sent = slack.bot(installation).chatPostEphemeral(r -> r.channel(channelId).user(userId).text(text));
            if (!sent.isOk()) {
                // The channel may not take ephemerals from the bot (a DM with someone else): a DM from the bot then.
                slack.bot(installation).chatPostMessage(r -> r.channel(userId).text(text));
            }
        } catch (Exception e) {
            log.warn("Could not answer {} about connecting HubSpot: {}", userId, e.getMessage());
        }
    }
}
