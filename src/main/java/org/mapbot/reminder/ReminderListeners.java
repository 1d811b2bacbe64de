package org.mapbot.reminder;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import org.mapbot.interaction.Click;
import org.mapbot.interaction.CommandInput;
import org.mapbot.interaction.CommandRouter;
import org.mapbot.interaction.Ephemeral;
import org.mapbot.interaction.FieldError;
import org.mapbot.interaction.Form;
import org.mapbot.interaction.Modals;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.interaction.Subcommand;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.PlanService;
import org.mapbot.reminder.domain.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack I/O of reminders: the buttons on reminder messages, their modals, {@code /map settings}, {@code /map mute}
 * and {@code /map unmute}. Translates, calls one service, acknowledges; Slack calls that can wait run in the background.
 */
public final class ReminderListeners {
    private static final Logger log = LoggerFactory.getLogger(ReminderListeners.class);

    private final StatusAnswers answers;
    private final ReminderPreferences preferences;
    private final PlanService plans;
    private final SlackPoster poster;
    private final Modals modals;
    private final Executor background;

    public ReminderListeners(StatusAnswers answers, ReminderPreferences preferences, PlanService plans, SlackPoster poster,
                             Modals modals, Executor background) {
        this.answers = answers;
        this.preferences = preferences;
        this.plans = plans;
        this.poster = poster;
        this.modals = modals;
        this.background = background;
    }

    public void registerOn(SlackListeners listeners, CommandRouter commands) {
        listeners.onClick(ReminderActions.DONE, click -> answerNow(click, Answer.done()));
        listeners.onClick(ReminderActions.NOT_NEEDED, click -> answerNow(click, Answer.notNeeded()));
        listeners.onClick(ReminderActions.NEW_DATE, click -> openModal(click, true));
        listeners.onClick(ReminderActions.BLOCKED, click -> openModal(click, false));
        listeners.onSubmit(ReminderActions.NEW_DATE_MODAL, ReminderActions.REASON_BLOCK, form -> {
            LocalDate date = form.date(ReminderActions.DATE_BLOCK).orElseThrow(() -> new FieldError(ReminderActions.DATE_BLOCK, "Pick a date."));
            submit(form, Answer.newDate(date, form.text(ReminderActions.REASON_BLOCK).orElse(null)));
        });
        listeners.onSubmit(ReminderActions.BLOCKED_MODAL, ReminderActions.REASON_BLOCK, form ->
                submit(form, Answer.blocked(form.text(ReminderActions.REASON_BLOCK).orElse(null))));
        listeners.onSubmit(ReminderActions.SETTINGS_MODAL, ReminderActions.KINDS_BLOCK, form ->
                preferences.save(form.who().actor(), form.id(), form.options(ReminderActions.KINDS_BLOCK),
                        form.option(ReminderActions.LEAD_BLOCK)));
        commands.register(new Subcommand("settings", "/map settings", "Choose which reminders this plan sends", this::settings));
        commands.register(new Subcommand("mute", "/map mute", "Stop reminder DMs to you", (input, ctx) -> mute(input, ctx, true)));
        commands.register(new Subcommand("unmute", "/map unmute", "Get reminder DMs again", (input, ctx) -> mute(input, ctx, false)));
    }

    private void answerNow(Click click, Answer answer) {
        StatusAnswers.Answered answered = answers.answer(click.id("button"), click.who().actor(), click.who().origin(), answer);
        Origin origin = click.who().origin();
        String channel = origin.channelId() != null ? origin.channelId() : answered.reminder().messageChannel();
        String ts = origin.messageTs() != null ? origin.messageTs() : answered.reminder().messageTs();
        background.execute(() -> updateMessage(channel, ts, answered));
    }

    private void openModal(Click click, boolean newDate) {
        long reminderId = click.id("button");
        StatusAnswers.Target target = answers.target(reminderId, click.who().actor(), click.who().origin());
        LocalDate suggested = plans.today(target.plan().timeZone()).plusWeeks(1);
        click.answer().open(newDate ? ReminderViews.newDateModal(reminderId, target.step(), suggested)
                : ReminderViews.blockedModal(reminderId, target.step()));
    }

    private void submit(Form form, Answer answer) {
        StatusAnswers.Answered answered = answers.answer(form.id(), form.who().actor(), form.who().origin(), answer);
        var reminder = answered.reminder();
        if (reminder.messageChannel() != null && reminder.messageTs() != null) {
            background.execute(() -> updateMessage(reminder.messageChannel(), reminder.messageTs(), answered));
        }
    }

    private Response settings(CommandInput input, SlashCommandContext ctx) {
        Plan plan = plans.requireCurrentPlan(input.actor(), input.channelId());
        modals.open(input.actor().installation(), input.triggerId(), ReminderViews.settingsModal(plan, preferences.settingsFor(input.actor(), plan)));
        return ctx.ack();
    }

    private Response mute(CommandInput input, SlashCommandContext ctx, boolean muted) {
        preferences.mute(input.actor(), muted);
        return Ephemeral.reply(ctx, muted
                ? ":zipper_mouth_face: Muted: I will not send you reminder DMs. `/map unmute` turns them back on."
                : ":bell: Unmuted: you will get reminder DMs again.");
    }

    private void updateMessage(String channel, String ts, StatusAnswers.Answered answered) {
        if (channel == null || ts == null || !poster.update(answered.plan(), channel, ts, answered.message())) {
            log.warn("Could not update the reminder message {} in {}", ts, channel);
        }
    }
}
