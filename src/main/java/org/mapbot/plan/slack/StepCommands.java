package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.mapbot.plan.slack.PlanCommands.actor;
import static org.mapbot.plan.slack.PlanCommands.guarded;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.mapbot.slack.CommandInput;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.Ephemeral;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;
import org.mapbot.slack.Subcommand;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepPermissions;

/** {@code /map} commands about steps. */
public final class StepCommands {
    private final PlanService plans;
    private final SlackUsers users;
    private final SlackClients slack;

    public StepCommands(PlanService plans, SlackUsers users, SlackClients slack) {
        this.plans = plans;
        this.users = users;
        this.slack = slack;
    }

    public void registerOn(CommandRouter router) {
        router.register(new Subcommand("add", "/map add <title> [@user | \"Name\"] [seller] [internal] [by <date>]", "Add a step (bare: a form)", guarded(this::add)));
        router.register(new Subcommand("done", "/map done <n> [result]", "Mark step n done", guarded(this::done)));
        router.register(new Subcommand("reopen", "/map reopen <n>", "Reopen step n", guarded(this::reopen)));
        router.register(new Subcommand("due", "/map due <n> <date> <reason>", "Move step n's deadline (a slip needs a reason)", guarded(this::due)));
        router.register(new Subcommand("assign", "/map assign <n> @user|\"Name\"", "Give step n a new owner", guarded(this::assign)));
        router.register(new Subcommand("edit", "/map edit <n>", "Edit step n in a form", guarded(this::edit)));
        router.register(new Subcommand("remove", "/map remove <n>", "Remove step n (asks first)", guarded(this::remove)));
    }

    private Response add(CommandInput input, SlashCommandContext ctx) throws IOException, SlackApiException {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        if (input.args().isBlank()) {
            return openModal(ctx, input, PlanModals.addStep(plan, true));
        }
        LocalDate today = plans.today(users.zoneOr(input.userId(), plan.timeZone()));
        CommandParsing.OwnerPart owner = CommandParsing.owner(input.args());
        CommandParsing.TitleAndDue titled = CommandParsing.trailingDue(owner.rest(), today, plan.startDate());
        Owner stepOwner = owner.userId().map(id -> Owner.slackUser(id, teamOf(id, plan)))
                .or(() -> owner.name().map(Owner::named)).orElse(Owner.NOBODY);
        Side side = sideFor(stepOwner, plan, owner.sellerWord());
        Step step = plans.addStep(actor(input), plan, titled.title(), stepOwner, side, titled.due().orElse(null), owner.internalWord());
        return Ephemeral.reply(ctx, "Added step " + step.position() + ": " + StepText.line(step, plan.timeZone(), today).replace("\n", " — "));
    }

    /** The owner's organisation decides the side: installing team → seller, another team → customer. */
    private Side sideFor(Owner owner, Plan plan, boolean sellerWord) {
        if (sellerWord) {
            return Side.SELLER;
        }
        if (owner.isSlackUser()) {
            return owner.teamId() == null || owner.teamId().equals(plan.teamId()) ? Side.SELLER : Side.CUSTOMER;
        }
        return owner.name() != null ? Side.CUSTOMER : Side.BOTH;
    }

    String teamOf(String userId, Plan plan) {
        // Unknown stays unknown (null): an internal step then refuses the owner rather than guess "seller".
        return users.find(userId).map(SlackUser::teamId).filter(t -> t != null && !t.isBlank()).orElse(null);
    }

    private Response done(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map done 3` or `/map done 3 signed by both sides`");
        Step step = plans.stepAt(plan, n.number());
        PlanService.StepChange change = plans.markDone(actor(input), step.id(), input.teamId(), n.rest().isBlank() ? null : n.rest());
        return Ephemeral.reply(ctx, change.changed() ? ":white_check_mark: Step " + step.position() + " *" + SlackText.escape(step.title()) + "* is done."
                : "Step " + step.position() + " was already done.");
    }

    private Response reopen(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map reopen 3`");
        Step step = plans.stepAt(plan, n.number());
        PlanService.StepChange change = plans.reopen(actor(input), step.id(), input.teamId());
        return Ephemeral.reply(ctx, change.changed() ? "Step " + step.position() + " *" + SlackText.escape(step.title()) + "* is open again."
                : "Step " + step.position() + " is already open.");
    }

    private Response due(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        String example = "`/map due 3 next friday legal needs another week`";
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), example);
        Step step = plans.stepAt(plan, n.number());
        if (n.rest().isBlank()) {
            throw new PlanException("Which date? Example: " + example);
        }
        LocalDate today = plans.today(users.zoneOr(input.userId(), plan.timeZone()));
        DateAndReason parsed = DateAndReason.split(n.rest(), today, plan.startDate(), example);
        PlanService.StepChange change = plans.changeDueDate(actor(input), step.id(), input.teamId(), parsed.date(), parsed.reason());
        return Ephemeral.reply(ctx, change.changed() ? "Step " + step.position() + " is now due " + SlackText.date(parsed.date(), plan.timeZone()) + "."
                : "Step " + step.position() + " was already due then.");
    }

    private Response assign(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        String example = "`/map assign 3 @jane` or `/map assign 3 \"Jane Doe (Legal)\"`";
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), example);
        Step step = plans.stepAt(plan, n.number());
        CommandParsing.OwnerPart owner = CommandParsing.owner(n.rest());
        Owner newOwner = owner.userId().map(id -> Owner.slackUser(id, teamOf(id, plan)))
                .or(() -> owner.name().map(name -> Owner.named(Limits.require(name, Limits.OWNER_NAME, "owner's name", example))))
                .orElseThrow(() -> new PlanException("Who? Mention them or quote a name. Example: " + example));
        plans.assign(actor(input), step.id(), input.teamId(), newOwner, plan);
        return Ephemeral.reply(ctx, "Step " + step.position() + " now belongs to " + StepText.owner(newOwner) + ".");
    }

    private Response edit(CommandInput input, SlashCommandContext ctx) throws IOException, SlackApiException {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map edit 3`");
        Step step = plans.stepAt(plan, n.number());
        StepPermissions.requireSeller(actor(input), plan, "edit steps");
        return openModal(ctx, input, PlanModals.editStep(step));
    }

    private Response remove(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map remove 3`");
        Step step = plans.stepAt(plan, n.number());
        String id = Long.toString(step.id());
        return ctx.ack(r -> r.responseType("ephemeral").text("Remove step " + step.position() + "?").blocks(List.of(
                section(s -> s.text(markdownText("Remove step " + step.position() + " *" + SlackText.escape(step.title())
                        + "* from the plan? Its history stays."))),
                actions(List.of(
                        button(b -> b.actionId(CardIds.CONFIRM_REMOVE).style("danger").text(plainText("Remove")).value(id)),
                        button(b -> b.actionId(CardIds.CANCEL_REMOVE).text(plainText("Keep it")).value(id)))))));
    }

    private Response openModal(SlashCommandContext ctx, CommandInput input, com.slack.api.model.view.View view)
            throws IOException, SlackApiException {
        var opened = slack.bot().viewsOpen(r -> r.triggerId(input.triggerId()).view(view));
        if (!opened.isOk()) {
            return Ephemeral.reply(ctx, ":warning: I could not open the form (" + SlackText.escapeEntities(opened.getError()) + "). Please try again.");
        }
        return ctx.ack();
    }

    /** {@code next friday legal needs another week}: the longest leading words that read as a date, then the reason. */
    record DateAndReason(LocalDate date, String reason) {
        static DateAndReason split(String text, LocalDate today, LocalDate planStart, String example) {
            String[] words = text.strip().split("\\s+");
            for (int take = Math.min(3, words.length); take >= 1; take--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, take));
                if (org.mapbot.time.DateParser.parse(candidate, today, java.util.Optional.of(planStart))
                        instanceof org.mapbot.time.DateParser.Parsed parsed) {
                    String reason = String.join(" ", java.util.Arrays.copyOfRange(words, take, words.length)).strip();
                    return new DateAndReason(parsed.date(), reason.isEmpty() ? null : reason);
                }
            }
            return new DateAndReason(CommandParsing.date(words[0], today, planStart, example), null);
        }
    }
}
