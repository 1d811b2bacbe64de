package org.mapbot.plan;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mapbot.slack.CommandInput;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.Ephemeral;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUsers;
import org.mapbot.slack.Subcommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /map} commands about whole plans: translate the text, call the service, answer ephemerally. */
public final class PlanCommands {
    private static final Logger log = LoggerFactory.getLogger(PlanCommands.class);
    private static final Pattern WITH_TEMPLATE = Pattern.compile("(?is)^(.*?)\\s+with\\s+([A-Za-z0-9_-]{1,40})\\s*$");

    private final PlanService plans;
    private final SlackUsers users;
    private final SlackClients slack;
    private final CardPublisher cards;

    public PlanCommands(PlanService plans, SlackUsers users, SlackClients slack, CardPublisher cards) {
        this.plans = plans;
        this.users = users;
        this.slack = slack;
        this.cards = cards;
    }

    public void registerOn(CommandRouter router) {
        router.register(new Subcommand("new", "/map new <title> [with <template>]", "Start a plan in this channel (bare: a form)", guarded(this::newPlan)));
        router.register(new Subcommand("list", "/map list", "Show the plan's steps, numbered", guarded(this::list)));
        router.register(new Subcommand("plans", "/map plans", "The plans in this channel", guarded(this::plansInChannel)));
        router.register(new Subcommand("switch", "/map switch <n>", "Make plan n the current one", guarded(this::switchPlan)));
        router.register(new Subcommand("target", "/map target <date>", "Set the target date (close or go-live)", guarded(this::target)));
        router.register(new Subcommand("close", "/map close won|lost", "Close the deal", guarded(this::close)));
        router.register(new Subcommand("archive", "/map archive", "Archive the plan", guarded(this::archive)));
        router.register(new Subcommand("history", "/map history [<n>]", "What changed, who and why (for step n)", guarded(this::history)));
        router.register(new Subcommand("card", "/map card", "Post the plan card again at the bottom", guarded(this::card)));
        router.register(new Subcommand("templates", "/map templates", "List the templates", guarded(this::templates)));
        router.register(new Subcommand("template", "/map template save <name>", "Save this plan's steps as a template", guarded(this::saveTemplate)));
    }

    /** Turns refusals into an ephemeral answer: nothing was saved, and the person learns what to type instead. */
    static Subcommand.Handler guarded(Subcommand.Handler handler) {
        return (input, ctx) -> {
            try {
                return handler.handle(input, ctx);
            } catch (PlanException e) {
                return Ephemeral.reply(ctx, ":warning: " + e.getMessage());
            }
        };
    }

    static Actor actor(CommandInput input) {
        return new Actor(input.userId(), input.teamId(), input.enterpriseId());
    }

    private Response newPlan(CommandInput input, SlashCommandContext ctx) throws java.io.IOException, com.slack.api.methods.SlackApiException {
        ZoneId zone = users.zoneOr(input.userId(), ZoneId.of("UTC"));
        LocalDate today = plans.today(zone);
        if (input.args().isBlank()) {
            var opened = slack.bot().viewsOpen(r -> r.triggerId(input.triggerId())
                    .view(PlanModals.newPlan(input.channelId(), today)));
            if (!opened.isOk()) {
                log.warn("views.open failed: {}", opened.getError());
                return Ephemeral.reply(ctx, ":warning: I could not open the form (" + opened.getError() + "). Type it instead: `/map new Acme rollout with enterprise`");
            }
            return ctx.ack();
        }
        String title = input.args();
        Optional<String> template = Optional.empty();
        Matcher with = WITH_TEMPLATE.matcher(title);
        if (with.matches()) {
            title = with.group(1);
            template = Optional.of(with.group(2));
        }
        Plan plan = plans.createPlan(actor(input), input.channelId(), title, null, today, null, zone, template);
        return Ephemeral.reply(ctx, ":white_check_mark: Plan *" + SlackText.escape(plan.title()) + "* started"
                + template.map(t -> " from the `" + SlackText.escape(t) + "` template").orElse("")
                + ". The plan card is on its way to the channel. Next: `/map target <date>`, `/map assign 1 @someone`, `/map list`.");
    }

    private Response list(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        return Ephemeral.reply(ctx, PlanTextViews.list(plans.view(plan)));
    }

    private Response plansInChannel(CommandInput input, SlashCommandContext ctx) {
        return Ephemeral.reply(ctx, PlanTextViews.plans(plans.plansInChannel(input.teamId(), input.channelId()),
                plans.currentPlan(input.teamId(), input.channelId()).orElse(null)));
    }

    private Response switchPlan(CommandInput input, SlashCommandContext ctx) {
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map switch 2` (see `/map plans`)");
        Plan plan = plans.switchTo(actor(input), input.channelId(), n.number());
        return Ephemeral.reply(ctx, "Commands in this channel now act on *" + SlackText.escape(plan.title()) + "*.");
    }

    private Response target(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        if (input.args().isBlank()) {
            throw new PlanException("Which date? Example: `/map target 2027-01-29` or `/map target week 8`");
        }
        LocalDate today = plans.today(users.zoneOr(input.userId(), plan.timeZone()));
        LocalDate date = CommandParsing.date(input.args(), today, plan.startDate(), "`/map target week 8`");
        plans.setTarget(actor(input), plan, date);
        return Ephemeral.reply(ctx, "Target date set to " + SlackText.date(date, plan.timeZone()) + ".");
    }

    private Response close(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        String outcome = input.args().toLowerCase(Locale.ROOT).strip();
        PlanStatus status = switch (outcome) {
            case "won" -> PlanStatus.WON;
            case "lost" -> PlanStatus.LOST;
            default -> throw new PlanException("Close as won or lost? Example: `/map close won`");
        };
        plans.setStatus(actor(input), plan, status);
        return Ephemeral.reply(ctx, "Plan *" + SlackText.escape(plan.title()) + "* closed as " + outcome
                + (status == PlanStatus.WON ? " :tada:" : "") + ". Reminders stop.");
    }

    private Response archive(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        plans.setStatus(actor(input), plan, PlanStatus.ARCHIVED);
        return Ephemeral.reply(ctx, "Plan *" + SlackText.escape(plan.title()) + "* archived. Reminders stop.");
    }

    private Response history(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        if (input.args().isBlank()) {
            return Ephemeral.reply(ctx, PlanTextViews.history(plan, plans.history(plan, Optional.empty(), 30), "the plan"));
        }
        CommandParsing.Numbered n = CommandParsing.numbered(input.args(), "`/map history 3`");
        Step step = plans.stepAt(plan, n.number());
        return Ephemeral.reply(ctx, PlanTextViews.history(plan, plans.history(plan, Optional.of(step), 30),
                "step " + step.position() + " (" + SlackText.escape(step.title()) + ")"));
    }

    private Response card(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        cards.repost(plan.id());
        return Ephemeral.reply(ctx, "Posting the plan card again at the bottom of the channel.");
    }

    private Response templates(CommandInput input, SlashCommandContext ctx) {
        return Ephemeral.reply(ctx, PlanTextViews.templates(plans.templates(input.teamId())));
    }

    private Response saveTemplate(CommandInput input, SlashCommandContext ctx) {
        String[] parts = input.args().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("save") || parts.length < 2) {
            throw new PlanException("Save this plan's steps as a template: `/map template save saas-midmarket`");
        }
        Plan plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        plans.saveTemplate(actor(input), plan, parts[1].strip());
        return Ephemeral.reply(ctx, "Template `" + SlackText.escape(parts[1].strip()) + "` saved. Use it: `/map new Next deal with "
                + SlackText.escape(parts[1].strip()) + "`");
    }
}
