package org.mapbot.plan.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.SlackText;

/** {@code /map propose}: the seller asks the customer, in the shared channel, to agree to the plan. */
public final class CommitmentCommands {
    private final PlanService plans;
    private final CommitmentService commitments;
    private final CommitmentMessages messages;

    public CommitmentCommands(PlanService plans, CommitmentService commitments, CommitmentMessages messages) {
        this.plans = plans;
        this.commitments = commitments;
        this.messages = messages;
    }

    public void registerOn(CommandRouter router) {
        router.register(new Subcommand("propose", "/map propose", "Ask the customer to agree to the plan", this::propose));
    }

    private Response propose(CommandInput input, SlashCommandContext ctx) {
        if (!input.args().isBlank()) {
            throw new PlanException("`/map propose` takes nothing after it: it asks the customer to agree to the plan as it "
                    + "stands. Example: `/map propose`");
        }
        Plan plan = plans.requireCurrentPlan(input.actor(), input.channelId());
        PlanView view = plans.view(plan);
        commitments.propose(input.actor(), plan, view.forCustomer().steps().size());
        messages.postRequest(plan, input.userId());
        String customer = plan.customerName() == null ? "the customer" : SlackText.escape(plan.customerName());
        return Ephemeral.reply(ctx, "I asked " + customer + " to agree to *" + SlackText.escape(plan.title()) + "*: the request "
                + "is in the channel with *Agree* and *Suggest changes* (internal steps are not in it). Your team's agreement "
                + "is recorded with it; the card shows when they answer.");
    }
}
