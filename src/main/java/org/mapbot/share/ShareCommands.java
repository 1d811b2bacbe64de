package org.mapbot.share;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.slack.SlackText;
import org.mapbot.interaction.Subcommand;

/** {@code /map share} and {@code /map share revoke}: only the seller ever sees a link, in an ephemeral reply. */
public final class ShareCommands {
    private final PlanService plans;
    private final ShareService shares;

    public ShareCommands(PlanService plans, ShareService shares) {
        this.plans = plans;
        this.shares = shares;
    }

    public Subcommand subcommand() {
        return new Subcommand("share", "/map share [revoke]",
                "A read-only web link to this plan for people outside Slack; `revoke` switches all links off", this::handle);
    }

    private Response handle(CommandInput input, SlashCommandContext ctx) {
        Actor actor = input.actor();
        try {
            Plan plan = plans.requireCurrentPlan(actor, input.channelId());
            String args = input.args().strip();
            if (args.equalsIgnoreCase("revoke")) {
                int revoked = shares.revokeAll(actor, plan);
                return Ephemeral.reply(ctx, revoked == 0
                        ? "There were no live links to *" + SlackText.escape(plan.title()) + "*."
                        : ":lock: Switched off " + revoked + (revoked == 1 ? " link" : " links")
                        + " (share pages and calendar feeds) to *" + SlackText.escape(plan.title()) + "*. They show “Page not found” from now on.");
            }
            if (!args.isEmpty()) {
                return Ephemeral.reply(ctx, ":warning: `/map share` takes nothing or `revoke`. Examples: `/map share`, `/map share revoke`");
            }
            String url = shares.createLink(actor, plan, ShareLinkKind.PAGE);
            return Ephemeral.reply(ctx, ":link: Read-only link to *" + SlackText.escape(plan.title()) + "* — anyone with it can see "
                    + "the plan without internal steps:\n<" + url + ">\nSwitch every link off with `/map share revoke`.");
        } catch (PlanException e) {
            return Ephemeral.reply(ctx, ":warning: " + e.getMessage());
        }
    }
}
