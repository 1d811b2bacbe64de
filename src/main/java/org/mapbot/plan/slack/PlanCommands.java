package org.mapbot.plan.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.Modals;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepService;
import org.mapbot.plan.service.TemplateService;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUsers;

/** {@code /map} commands about whole plans: translate the text, call the service, answer ephemerally. */
public final class PlanCommands {
    private static final Pattern WITH_TEMPLATE = Pattern.compile("(?is)^(.*?)\\s+with\\s+([A-Za-z0-9_-]{1,40})\\s*$");

    private final PlanService plans;
    private final StepService steps;
    private final TemplateService templates;
    private final SlackUsers users;
    private final SharedChannels channels;
    private final Modals modals;
    private final CardPublisher cards;
    private final InteractionReader reader;

    public PlanCommands(PlanService plans, StepService steps, TemplateService templates, SlackUsers users, SharedChannels channels,
                        Modals modals, CardPublisher cards, InteractionReader reader) {
        this.reader = reader;
        this.plans = plans;
        this.steps = steps;
        this.templates = templates;
        this.users = users;
        this.channels = channels;
        this.modals = modals;
        this.cards = cards;
    }

    public void registerOn(CommandRouter router) {
        router.register(new Subcommand("new", "/map new <title> [with <template>]", "Start a plan in this channel (bare: a form)", this::newPlan));
        router.register(new Subcommand("list", "/map list", "Show the plan's steps, numbered", this::list));
        router.register(new Subcommand("plans", "/map plans", "The plans in this channel", this::plansInChannel));
        router.register(new Subcommand("switch", "/map switch <n>", "Make plan n the current one", this::switchPlan));
        router.register(new Subcommand("target", "/map target <date>", "Set the target date (close or go-live)", this::target));
        router.register(new Subcommand("close", "/map close won|lost", "Close the deal", this::close));
        router.register(new Subcommand("archive", "/map archive", "Archive the plan", this::archive));
        router.register(new Subcommand("history", "/map history [<n>]", "What changed, who and why (for step n)", this::history));
        router.register(new Subcommand("card", "/map card", "Post the plan card again at the bottom", this::card));
        router.register(new Subcommand("templates", "/map templates", "List the templates", this::templates));
        router.register(new Subcommand("template", "/map template save <name>", "Save this plan's steps as a template", this::saveTemplate));
    }

    private Plan current(CommandInput input) {
        return plans.requireCurrentPlan(input.actor(), input.channelId());
    }

    private Response newPlan(CommandInput input, SlashCommandContext ctx) {
        reader.otherOwnerOf(input.who()).filter(owner -> channels.sharedWith(input.actor().installation(), input.channelId(), owner))
                .ifPresent(owner -> {
            throw new PlanException(runByOther(owner));
        });
        ZoneId zone = users.zoneOr(input.actor().installation(), input.userId(), ZoneId.of("UTC"));
        LocalDate today = plans.today(zone);
        if (input.args().isBlank()) {
            modals.open(input.actor().installation(), input.triggerId(), PlanModals.newPlan(input.channelId(), today));
            return ctx.ack();
        }
        String title = input.args();
        Optional<String> template = Optional.empty();
        Matcher with = WITH_TEMPLATE.matcher(title);
        if (with.matches()) {
            title = with.group(1);
            template = Optional.of(with.group(2));
        }
        Optional<String> customer = channels.externalTeamName(input.actor().installation(), input.channelId());
        Plan plan = plans.create(input.actor(), input.channelId(), new PlanService.NewPlanRequest(title, customer.orElse(null),
                today, null, zone, template));
        return Ephemeral.reply(ctx, ":white_check_mark: Plan *" + SlackText.escape(plan.title()) + "* started"
                + template.map(t -> " from the " + SlackText.code(t) + " template").orElse("")
                + ". The plan card is on its way to the channel. Next: `/map target <date>`, `/map assign 1 @someone`, `/map list`.");
    }

    private Response list(CommandInput input, SlashCommandContext ctx) {
        return Ephemeral.reply(ctx, PlanTextViews.list(plans.view(current(input))));
    }

    private Response plansInChannel(CommandInput input, SlashCommandContext ctx) {
        var installation = input.actor().installation();
        return Ephemeral.reply(ctx, PlanTextViews.plans(plans.plansInChannel(installation, input.channelId()),
                plans.currentPlan(installation, input.channelId()).orElse(null)));
    }

    private Response switchPlan(CommandInput input, SlashCommandContext ctx) {
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map switch 2` (see `/map plans`)");
        Plan plan = plans.switchTo(input.actor(), input.channelId(), n.number());
        return Ephemeral.reply(ctx, "Commands in this channel now act on *" + SlackText.escape(plan.title()) + "*.");
    }

    private Response target(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        if (input.args().isBlank()) {
            throw new PlanException("Which date? Example: `/map target 2027-01-29` or `/map target week 8`");
        }
        LocalDate today = plans.today(users.zoneOr(input.actor().installation(), input.userId(), plan.timeZone()));
        LocalDate date = CommandParsing.date(input.args(), today, plan.startDate(), "`/map target week 8`");
        plans.setTarget(input.actor(), plan, date);
        return Ephemeral.reply(ctx, "Target date set to " + SlackText.date(date, plan.timeZone()) + ".");
    }

    private Response close(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        String outcome = input.args().toLowerCase(Locale.ROOT).strip();
        PlanStatus status = switch (outcome) {
            case "won" -> PlanStatus.WON;
            case "lost" -> PlanStatus.LOST;
            default -> throw new PlanException("Close as won or lost? Example: `/map close won`");
        };
        plans.setStatus(input.actor(), plan, status);
        return Ephemeral.reply(ctx, "Plan *" + SlackText.escape(plan.title()) + "* closed as " + outcome
                + (status == PlanStatus.WON ? " :tada:" : "") + ". Reminders stop.");
    }

    private Response archive(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        plans.setStatus(input.actor(), plan, PlanStatus.ARCHIVED);
        return Ephemeral.reply(ctx, "Plan *" + SlackText.escape(plan.title()) + "* archived. Reminders stop.");
    }

    private Response history(CommandInput input, SlashCommandContext ctx) {
        Plan plan = current(input);
        if (input.args().isBlank()) {
            return Ephemeral.reply(ctx, PlanTextViews.history(plan, plans.history(plan, Optional.empty(), 30), "the plan"));
        }
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map history 3`");
        Step step = steps.stepAt(plan, n.number());
        return Ephemeral.reply(ctx, PlanTextViews.history(plan, plans.history(plan, Optional.of(step), 30),
                "step " + step.position() + " (" + SlackText.escape(step.title()) + ")"));
    }

    private Response card(CommandInput input, SlashCommandContext ctx) {
        cards.repost(current(input));
        return Ephemeral.reply(ctx, "Posting the plan card again at the bottom of the channel.");
    }

    private Response templates(CommandInput input, SlashCommandContext ctx) {
        return Ephemeral.reply(ctx, PlanTextViews.templates(templates.all(input.actor().installation().teamId())));
    }

    private Response saveTemplate(CommandInput input, SlashCommandContext ctx) {
        String[] parts = input.args().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("save") || parts.length < 2) {
            throw new PlanException("Save this plan's steps as a template: `/map template save saas-midmarket`");
        }
        templates.save(input.actor(), current(input), parts[1].strip());
        return Ephemeral.reply(ctx, "Template " + SlackText.code(parts[1].strip()) + " saved (internal steps are left out). Use it: "
                + SlackText.code("/map new Next deal with " + parts[1].strip()));
    }

    /**
     * Slack Connect with MAP Bot on both sides: the channel's plan belongs to the organisation that started it, and a
     * second plan (and a second card) from the other organisation's MAP Bot would split the deal in two.
     */
    static String runByOther(Installation owner) {
        String org = owner.teamName() == null || owner.teamName().isBlank() ? "the other organisation" : "*" + SlackText.escape(owner.teamName()) + "*";
        return "This channel's plan is run by " + org + "'s MAP Bot, so I started no second plan here. "
                + "Use the buttons on its plan card in this channel (Done, New date, Comment, Add step) to work your side of it.";
    }
}
