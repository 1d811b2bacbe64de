package org.mapbot.reminder;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.mapbot.slack.CommandInput;
import org.mapbot.slack.CommandRouter;
import org.mapbot.slack.Ephemeral;
import org.mapbot.slack.Subcommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack I/O of reminders: the buttons on reminder messages, their modals, {@code /map settings}, {@code /map mute}
 * and {@code /map unmute}. Parses, calls one service, acknowledges; Slack calls that can wait run in the background.
 */
public final class ReminderListeners {
    private static final Logger log = LoggerFactory.getLogger(ReminderListeners.class);

    private final StatusAnswers answers;
    private final PlanService plans;
    private final ReminderRepository reminders;
    private final ReminderPlanner planner;
    private final SlackDirectory directory;
    private final SlackPoster poster;
    private final Executor background;
    private final Clock clock;

    public ReminderListeners(StatusAnswers answers, PlanService plans, ReminderRepository reminders, ReminderPlanner planner,
                             SlackDirectory directory, SlackPoster poster, Executor background, Clock clock) {
        this.answers = answers;
        this.plans = plans;
        this.reminders = reminders;
        this.planner = planner;
        this.directory = directory;
        this.poster = poster;
        this.background = background;
        this.clock = clock;
    }

    public void attachTo(App app, CommandRouter commands) {
        app.blockAction(ReminderActions.DONE, (req, ctx) -> answerNow(req, ctx, Answer.done()));
        app.blockAction(ReminderActions.NOT_NEEDED, (req, ctx) -> answerNow(req, ctx, Answer.notNeeded()));
        app.blockAction(ReminderActions.NEW_DATE, (req, ctx) -> openModal(req, ctx, true));
        app.blockAction(ReminderActions.BLOCKED, (req, ctx) -> openModal(req, ctx, false));
        app.viewSubmission(ReminderActions.NEW_DATE_MODAL, this::newDateSubmitted);
        app.viewSubmission(ReminderActions.BLOCKED_MODAL, this::blockedSubmitted);
        app.viewSubmission(ReminderActions.SETTINGS_MODAL, this::settingsSubmitted);
        commands.register(new Subcommand("settings", "/map settings", "Choose which reminders this plan sends", this::settings));
        commands.register(new Subcommand("mute", "/map mute", "Stop reminder DMs to you", (input, ctx) -> mute(input, ctx, true)));
        commands.register(new Subcommand("unmute", "/map unmute", "Get reminder DMs again", (input, ctx) -> mute(input, ctx, false)));
    }

    // ---- buttons ----

    private Response answerNow(BlockActionRequest req, ActionContext ctx, Answer answer) {
        BlockActionPayload p = req.getPayload();
        long reminderId = reminderId(p);
        Actor actor = actor(p);
        try {
            StatusAnswers.Answered answered = answers.answer(reminderId, actor, answer);
            String channel = p.getContainer() != null && p.getContainer().getChannelId() != null
                    ? p.getContainer().getChannelId() : answered.reminder().messageChannel();
            String ts = p.getContainer() != null && p.getContainer().getMessageTs() != null
                    ? p.getContainer().getMessageTs() : answered.reminder().messageTs();
            background.execute(() -> updateMessage(channel, ts, answered));
        } catch (PlanException e) {
            background.execute(() -> tell(ctx, e.getMessage()));
        }
        return ctx.ack();
    }

    private Response openModal(BlockActionRequest req, ActionContext ctx, boolean newDate) {
        BlockActionPayload p = req.getPayload();
        long reminderId = reminderId(p);
        try {
            StatusAnswers.Target target = answers.target(reminderId);
            LocalDate today = plans.today(target.plan().timeZone());
            LocalDate suggested = today.plusWeeks(1);
            View view = newDate ? ReminderViews.newDateModal(reminderId, target.step(), suggested)
                    : ReminderViews.blockedModal(reminderId, target.step());
            var opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId()).view(view));
            if (!opened.isOk()) {
                log.warn("views.open for reminder {} answered {}", reminderId, opened.getError());
            }
        } catch (PlanException e) {
            background.execute(() -> tell(ctx, e.getMessage()));
        } catch (Exception e) {
            log.warn("Could not open the modal for reminder {}: {}", reminderId, e.getMessage());
        }
        return ctx.ack();
    }

    // ---- modals ----

    private Response newDateSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        String date = value(p, ReminderActions.DATE_BLOCK, ReminderActions.DATE_INPUT).map(ViewState.Value::getSelectedDate).orElse(null);
        String reason = text(p, ReminderActions.REASON_BLOCK, ReminderActions.REASON_INPUT);
        LocalDate newDate;
        try {
            newDate = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            return ctx.ackWithErrors(Map.of(ReminderActions.DATE_BLOCK, "Pick a date."));
        }
        return submit(p, ctx, Answer.newDate(newDate, reason), ReminderActions.REASON_BLOCK);
    }

    private Response blockedSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        String reason = text(p, ReminderActions.REASON_BLOCK, ReminderActions.REASON_INPUT);
        return submit(p, ctx, Answer.blocked(reason), ReminderActions.REASON_BLOCK);
    }

    private Response submit(ViewSubmissionPayload p, ViewSubmissionContext ctx, Answer answer, String errorBlock) {
        long reminderId = Long.parseLong(p.getView().getPrivateMetadata());
        Actor actor = new Actor(p.getUser().getId(), p.getUser().getTeamId(), p.getEnterprise() == null ? null : p.getEnterprise().getId());
        try {
            StatusAnswers.Answered answered = answers.answer(reminderId, actor, answer);
            Reminder reminder = answered.reminder();
            if (reminder.messageChannel() != null && reminder.messageTs() != null) {
                background.execute(() -> updateMessage(reminder.messageChannel(), reminder.messageTs(), answered));
            }
            return ctx.ack();
        } catch (PlanException e) {
            return ctx.ackWithErrors(Map.of(errorBlock, e.getMessage()));
        }
    }

    private Response settingsSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Actor actor = new Actor(p.getUser().getId(), p.getUser().getTeamId(), p.getEnterprise() == null ? null : p.getEnterprise().getId());
        Optional<Plan> plan = parseLong(p.getView().getPrivateMetadata()).flatMap(plans::plan);
        if (plan.isEmpty() || !actor.isSellerOf(plan.get())) {
            return ctx.ackWithErrors(Map.of(ReminderActions.KINDS_BLOCK, "Only the seller team can change this plan's reminders."));
        }
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        // Every submitted value may be tampered with: unknown kinds and leads are refused, not trusted.
        for (var option : value(p, ReminderActions.KINDS_BLOCK, ReminderActions.KINDS_INPUT).map(ViewState.Value::getSelectedOptions)
                .orElse(List.of())) {
            Optional<ReminderKind> kind = java.util.Arrays.stream(ReminderKind.values())
                    .filter(k -> k.name().equalsIgnoreCase(String.valueOf(option.getValue()))).findFirst();
            if (kind.isEmpty()) {
                return ctx.ackWithErrors(Map.of(ReminderActions.KINDS_BLOCK, "Choose from the listed reminders."));
            }
            kinds.add(kind.get());
        }
        Optional<Integer> lead = value(p, ReminderActions.LEAD_BLOCK, ReminderActions.LEAD_INPUT)
                .map(v -> v.getSelectedOption() == null ? null : v.getSelectedOption().getValue())
                .map(v -> parseLong(v).map(Long::intValue).orElse(-1));
        int leadDays = lead.orElse(ReminderTiming.DEFAULT_LEAD_DAYS);
        if (leadDays < 0 || leadDays > ReminderSettings.MAX_LEAD_DAYS) {
            return ctx.ackWithErrors(Map.of(ReminderActions.LEAD_BLOCK, "Choose 0 to " + ReminderSettings.MAX_LEAD_DAYS + " working days."));
        }
        reminders.saveSettings(plan.get().id(), new ReminderSettings(kinds, leadDays), actor.userId(), clock.instant());
        planner.planChanged(plan.get().id());
        return ctx.ack();
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---- commands ----

    private Response settings(CommandInput input, SlashCommandContext ctx) {
        Plan plan;
        try {
            plan = plans.requireCurrentPlan(input.teamId(), input.channelId());
        } catch (PlanException e) {
            return Ephemeral.reply(ctx, e.getMessage());
        }
        try {
            var opened = ctx.client().viewsOpen(r -> r.triggerId(input.triggerId())
                    .view(ReminderViews.settingsModal(plan, reminders.settings(plan.id()))));
            if (!opened.isOk()) {
                return Ephemeral.reply(ctx, ":warning: Slack did not open the settings (" + opened.getError() + "). Please try again.");
            }
        } catch (Exception e) {
            return Ephemeral.reply(ctx, ":warning: Slack did not open the settings. Please try again.");
        }
        return ctx.ack();
    }

    private Response mute(CommandInput input, SlashCommandContext ctx, boolean muted) {
        directory.setMuted(input.userId(), muted);
        return Ephemeral.reply(ctx, muted
                ? ":zipper_mouth_face: Muted: I will not send you reminder DMs. `/map unmute` turns them back on."
                : ":bell: Unmuted: you will get reminder DMs again.");
    }

    // ---- helpers ----

    private void updateMessage(String channel, String ts, StatusAnswers.Answered answered) {
        if (channel == null || ts == null || !poster.update(channel, ts, answered.message())) {
            log.warn("Could not update the reminder message {} in {}", ts, channel);
        }
    }

    private static void tell(ActionContext ctx, String text) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(":warning: " + text));
        } catch (Exception e) {
            log.warn("Could not answer on the response URL: {}", e.getMessage());
        }
    }

    private static long reminderId(BlockActionPayload p) {
        return Long.parseLong(p.getActions().get(0).getValue());
    }

    private static Actor actor(BlockActionPayload p) {
        return new Actor(p.getUser().getId(), p.getUser().getTeamId(), p.getEnterprise() == null ? null : p.getEnterprise().getId());
    }

    private static Optional<ViewState.Value> value(ViewSubmissionPayload p, String block, String action) {
        if (p.getView().getState() == null || p.getView().getState().getValues() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getView().getState().getValues().get(block)).map(b -> b.get(action));
    }

    private static String text(ViewSubmissionPayload p, String block, String action) {
        return value(p, block, action).map(ViewState.Value::getValue).orElse(null);
    }
}
