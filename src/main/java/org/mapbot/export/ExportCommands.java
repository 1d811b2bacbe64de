package org.mapbot.export;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.Permissions;
import org.mapbot.slack.SlackClients;
import org.mapbot.share.ShareLinkKind;
import org.mapbot.share.ShareService;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.slack.SlackText;
import org.mapbot.interaction.Subcommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /map export pdf|csv [channel]} and {@code /map export ics}: acknowledged at once, files uploaded in the background. */
public final class ExportCommands {
    private static final Logger log = LoggerFactory.getLogger(ExportCommands.class);
    static final String USAGE = "Examples: `/map export pdf`, `/map export csv channel`, `/map export ics`";

    private final PlanService plans;
    private final ShareService shares;
    private final ExportService exports;
    private final SlackFileUpload upload;
    private final SlackClients slack;
    private final Executor background;

    public ExportCommands(PlanService plans, ShareService shares, ExportService exports, SlackFileUpload upload,
                          SlackClients slack, Executor background) {
        this.plans = plans;
        this.shares = shares;
        this.exports = exports;
        this.upload = upload;
        this.slack = slack;
        this.background = background;
    }

    public Subcommand subcommand() {
        return new Subcommand("export", "/map export pdf|csv [channel] · /map export ics",
                "The plan as a PDF or CSV (sent to you, or to the channel), or a calendar feed link", this::handle);
    }

    private Response handle(CommandInput input, SlashCommandContext ctx) {
        Actor actor = input.actor();
        String[] words = input.args().strip().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            Plan plan = plans.requireCurrentPlan(actor, input.channelId());
            Permissions.requireSeller(actor, plan, "export the plan");
            if (words.length == 1 && words[0].equals("ics")) {
                String url = shares.createLink(actor, plan, ShareLinkKind.CALENDAR);
                return Ephemeral.reply(ctx, ":calendar: Calendar feed of *" + SlackText.escape(plan.title())
                        + "* — one all-day event per open step. Subscribe to it by URL in Google Calendar (“From URL”) or Outlook "
                        + "(“Subscribe from web”):\n<" + url + ">\nSwitch it off with `/map share revoke`.");
            }
            Optional<ExportFormat> format = ExportFormat.parse(words[0]);
            boolean toChannel = words.length == 2 && words[1].equals("channel");
            if (format.isEmpty() || words.length > 2 || (words.length == 2 && !toChannel)) {
                return Ephemeral.reply(ctx, ":warning: Which export? " + USAGE);
            }
            String destination = toChannel ? input.channelId() : null;
            background.execute(() -> send(actor, plan, format.get(), destination, input.channelId()));
            return Ephemeral.reply(ctx, ":hourglass_flowing_sand: Preparing your " + format.get().label() + "… it will appear "
                    + (toChannel ? "in this channel" : "in your DMs with MAP Bot") + " in a moment.");
        } catch (PlanException e) {
            return Ephemeral.reply(ctx, ":warning: " + e.getMessage());
        } catch (RejectedExecutionException e) {
            return Ephemeral.reply(ctx, ":warning: MAP Bot is restarting; please try again in a minute.");
        }
    }

    private void send(Actor actor, Plan plan, ExportFormat format, String destination, String askedIn) {
        try {
            upload.share(actor.installation(), exports.render(actor, plan, format), destination, actor.userId());
        } catch (Exception e) {
            log.warn("Export of plan {} as {} failed: {}", plan.id(), format, e.toString());
            try {
                slack.bot(actor.installation()).chatPostEphemeral(r -> r.channel(askedIn).user(actor.userId())
                        .text(":warning: The " + format.label() + " could not be uploaded (" + e.getMessage() + "). Please try again."));
            } catch (Exception ignored) {
                log.warn("Could not tell {} about the failed export", actor.userId());
            }
        }
    }
}
