package org.mapbot.plan.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.util.List;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.Modals;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.NewStepRequest;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepChange;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;

/** {@code /map} commands about steps: translate the text, call the step service, answer ephemerally. */
public final class StepCommands {
    private final PlanService plans;
    private final StepService steps;
    private final SlackUsers users;
    private final Modals modals;
    private final CommitmentMessages commitment;

    public StepCommands(PlanService plans, StepService steps, SlackUsers users, Modals modals, CommitmentMessages commitment) {
        this.plans = plans;
        this.steps = steps;
        this.users = users;
        this.modals = modals;
        this.commitment = commitment;
    }

    public void registerOn(CommandRouter router) {
        router.register(new Subcommand("add", "/map add <title> [@user | \"Name\"] [seller] [internal] [by <date>]", "Add a step (bare: a form)", this::add));
        router.register(new Subcommand("done", "/map done <n> [result]", "Mark step n done", this::done));
        router.register(new Subcommand("reopen", "/map reopen <n>", "Reopen step n", this::reopen));
        router.register(new Subcommand("due", "/map due <n> <date> <reason> [without asking]",
                "Move step n's deadline (a slip needs a reason; an agreed date is proposed to the other side)", this::due));
        router.register(new Subcommand("assign", "/map assign <n> @user|\"Name\"", "Give step n a new owner", this::assign));
        router.register(new Subcommand("edit", "/map edit <n>", "Edit step n in a form", this::edit));
        router.register(new Subcommand("remove", "/map remove <n>", "Remove step n (asks first)", this::remove));
    }

    private Plan current(CommandInput input) {
        return plans.requireCurrentPlan(input.actor(), input.channelId());
    }

    private static Origin origin(CommandInput input) {
        return input.who().origin();
    }

    private Response add(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        if (input.args().isBlank()) {
            modals.open(input.actor().installation(), input.triggerId(), PlanModals.addStep(plan, true));
            return ctx.ack();
        }
        LocalDate today = plans.today(users.zoneOr(input.actor().installation(), input.userId(), plan.timeZone()));
        CommandParsing.OwnerPart owner = CommandParsing.owner(input.args());
        CommandParsing.TitleAndDue titled = CommandParsing.trailingDue(owner.rest(), today, plan.startDate());
        Owner stepOwner = owner.userId().map(id -> Owner.slackUser(id, teamOf(input.actor().installation(), id)))
                .or(() -> owner.name().map(Owner::named)).orElse(Owner.NOBODY);
        Step step = steps.add(input.actor(), plan, new NewStepRequest(titled.title(), stepOwner,
                owner.sellerWord() ? Side.SELLER : null, titled.due().orElse(null), owner.internalWord()));
        return Ephemeral.reply(ctx, "Added step " + step.position() + ": " + StepText.line(step, plan.timeZone(), today).replace("\n", " — "));
    }

    /** What Slack says of the person's organisation; unknown stays unknown (null), never guessed "seller". */
    private String teamOf(Installation installation, String userId) {
        return users.find(installation, userId).map(SlackUser::teamId).filter(t -> t != null && !t.isBlank()).orElse(null);
    }

    private Response done(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map done 3` or `/map done 3 signed by both sides`");
        Step step = steps.stepAt(plan, n.number());
        StepChange change = steps.markDone(input.actor(), step.id(), origin(input), n.rest().isBlank() ? null : n.rest());
        return Ephemeral.reply(ctx, change.changed() ? ":white_check_mark: Step " + step.position() + " *" + SlackText.escape(step.title()) + "* is done."
                : "Step " + step.position() + " was already done.");
    }

    private Response reopen(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map reopen 3`");
        Step step = steps.stepAt(plan, n.number());
        StepChange change = steps.reopen(input.actor(), step.id(), origin(input));
        return Ephemeral.reply(ctx, change.changed() ? "Step " + step.position() + " *" + SlackText.escape(step.title()) + "* is open again."
                : "Step " + step.position() + " is already open.");
    }

    private Response due(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        String example = "`/map due 3 next friday legal needs another week`";
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), example);
        Step step = steps.stepAt(plan, n.number());
        if (n.rest().isBlank()) {
            throw new PlanException("Which date? Example: " + example);
        }
        LocalDate today = plans.today(users.zoneOr(input.actor().installation(), input.userId(), plan.timeZone()));
        DateAndReason parsed = DateAndReason.split(n.rest(), today, plan.startDate(), example);
        StepChange change = steps.changeDueDate(input.actor(), step.id(), origin(input), parsed.date(), parsed.reason(),
                parsed.withoutAsking());
        if (change.proposed()) {
            commitment.notice(plan, ProposalNotices.proposed(plan, step, parsed.date(), parsed.reason(), input.userId(),
                    input.actor().isSellerOf(plan)));
            return Ephemeral.reply(ctx, change.note().orElse("Proposed.")
                    + (input.actor().isSellerOf(plan) ? " To move it without asking (recorded as a unilateral change): `/map due "
                    + step.position() + " " + parsed.date() + " " + (parsed.reason() == null ? "<reason>" : parsed.reason())
                    + " without asking`" : ""));
        }
        return Ephemeral.reply(ctx, change.changed() ? "Step " + step.position() + " is now due " + SlackText.date(parsed.date(), plan.timeZone())
                + (parsed.withoutAsking() && step.hasAgreedDate() ? ", without the other side's agreement: the card, history and "
                + "share page show it as a unilateral change." : ".")
                : "Step " + step.position() + " was already due then.");
    }

    private Response assign(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        String example = "`/map assign 3 @jane` or `/map assign 3 \"Jane Doe (Legal)\"`";
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), example);
        Step step = steps.stepAt(plan, n.number());
        CommandParsing.OwnerPart owner = CommandParsing.owner(n.rest());
        Owner newOwner = owner.userId().map(id -> Owner.slackUser(id, teamOf(input.actor().installation(), id)))
                .or(() -> owner.name().map(name -> Owner.named(Limits.require(name, Limits.OWNER_NAME, "owner's name", example))))
                .orElseThrow(() -> new PlanException("Who? Mention them or quote a name. Example: " + example));
        steps.assign(input.actor(), step.id(), origin(input), newOwner);
        return Ephemeral.reply(ctx, "Step " + step.position() + " now belongs to " + StepText.owner(newOwner) + ".");
    }

    private Response edit(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map edit 3`");
        Step step = steps.forSeller(input.actor(), steps.stepAt(plan, n.number()).id(), origin(input), "edit steps").step();
        modals.open(input.actor().installation(), input.triggerId(), PlanModals.editStep(step));
        return ctx.ack();
    }

    private Response remove(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map remove 3`");
        Step step = steps.forSeller(input.actor(), steps.stepAt(plan, n.number()).id(), origin(input), "remove steps").step();
        String id = Long.toString(step.id());
        return ctx.ack(r -> r.responseType("ephemeral").text("Remove step " + step.position() + "?").blocks(List.of(
                section(s -> s.text(markdownText("Remove step " + step.position() + " *" + SlackText.escape(step.title())
                        + "* from the plan? Its history stays."))),
                actions(List.of(
                        button(b -> b.actionId(CardIds.CONFIRM_REMOVE).style("danger").text(plainText("Remove")).value(id)),
                        button(b -> b.actionId(CardIds.CANCEL_REMOVE).text(plainText("Keep it")).value(id)))))));
    }

    /**
     * {@code next friday legal needs another week}: the longest leading words that read as a date, then the reason;
     * a trailing {@code without asking} moves an agreed date without the other side's agreement.
     */
    record DateAndReason(LocalDate date, String reason, boolean withoutAsking) {
        private static final java.util.regex.Pattern WITHOUT_ASKING =
                java.util.regex.Pattern.compile("(?i)^(.*?)\\s*\\bwithout\\s+asking\\s*$");

        static DateAndReason split(String text, LocalDate today, LocalDate planStart, String example) {
            java.util.regex.Matcher without = WITHOUT_ASKING.matcher(text.strip());
            boolean withoutAsking = without.matches();
            String rest = withoutAsking ? without.group(1) : text;
            if (rest.isBlank()) {
                throw new PlanException("Which date? Example: " + example);
            }
            DateAndReason parsed = splitDate(rest, today, planStart, example);
            return new DateAndReason(parsed.date(), parsed.reason(), withoutAsking);
        }

        private static DateAndReason splitDate(String text, LocalDate today, LocalDate planStart, String example) {
            String[] words = text.strip().split("\\s+");
            for (int take = Math.min(3, words.length); take >= 1; take--) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, take));
                if (org.mapbot.time.DateParser.parse(candidate, today, java.util.Optional.of(planStart))
                        instanceof org.mapbot.time.DateParser.Parsed parsed) {
                    String reason = String.join(" ", java.util.Arrays.copyOfRange(words, take, words.length)).strip();
                    return new DateAndReason(parsed.date(), reason.isEmpty() ? null : reason, false);
                }
            }
            return new DateAndReason(CommandParsing.date(words[0], today, planStart, example), null, false);
        }
    }
}
