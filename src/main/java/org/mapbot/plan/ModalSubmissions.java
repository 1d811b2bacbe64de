package org.mapbot.plan;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mapbot.slack.InstalledTeam;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;
import org.mapbot.text.TextCut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan's forms, submitted by either organisation. Bad input is answered next to the field
 * ({@code response_action: errors}) and nothing is saved.
 */
public final class ModalSubmissions {
    private static final Logger log = LoggerFactory.getLogger(ModalSubmissions.class);

    private final PlanService plans;
    private final SlackUsers users;
    private final InstalledTeam installedTeam;
    private final SharedChannels channels;
    private final SlackClients slack;
    private final Executor background;

    public ModalSubmissions(PlanService plans, SlackUsers users, InstalledTeam installedTeam, SharedChannels channels,
                            SlackClients slack, Executor background) {
        this.plans = plans;
        this.users = users;
        this.installedTeam = installedTeam;
        this.channels = channels;
        this.slack = slack;
        this.background = background;
    }

    public void registerOn(App app) {
        app.viewSubmission(CardIds.MODAL_NEW_PLAN, (req, ctx) -> submit(req, ctx, PlanModals.TITLE, (actor, form) -> {
            String channelId = form.metadata();
            LocalDate start = form.date(PlanModals.START).orElseThrow(() -> new FieldError(PlanModals.START, "Pick a start date."));
            LocalDate target = form.date(PlanModals.TARGET).orElse(null);
            if (target != null && target.isBefore(start)) {
                throw new FieldError(PlanModals.TARGET, "The target date is before the start date.");
            }
            ZoneId zone = users.zoneOr(actor.userId(), ZoneId.of("UTC"));
            plans.createPlan(actor, channelId, form.text(PlanModals.TITLE).orElse(""), form.text(PlanModals.CUSTOMER).orElse(null),
                    start, target, zone, form.option(PlanModals.TEMPLATE));
        }));
        app.viewSubmission(CardIds.MODAL_ADD_STEP, (req, ctx) -> submit(req, ctx, PlanModals.TITLE, (actor, form) -> {
            Plan plan = plans.plan(form.id()).filter(p -> p.teamId().equals(installedTeam.id()))
                    .orElseThrow(() -> new PlanException("That plan does not exist any more."));
            Owner owner = owner(form, plan);
            boolean seller = actor.isSellerOf(plan);
            Side side = seller ? form.option(PlanModals.SIDE).flatMap(Side::parse).orElse(Side.CUSTOMER) : Side.CUSTOMER;
            boolean internal = seller && form.checked(PlanModals.INTERNAL);
            plans.addStep(actor, plan, form.text(PlanModals.TITLE).orElse(""), owner, side, form.date(PlanModals.DUE).orElse(null), internal);
        }));
        app.viewSubmission(CardIds.MODAL_NEW_DATE, (req, ctx) -> submit(req, ctx, PlanModals.DUE, (actor, form) -> {
            LocalDate due = form.date(PlanModals.DUE).orElseThrow(() -> new FieldError(PlanModals.DUE, "Pick the new date."));
            String reason = form.text(PlanModals.REASON).orElseThrow(() -> new FieldError(PlanModals.REASON,
                    "Say why it moves, e.g. \"Legal needs another week\"."));
            plans.changeDueDate(actor, form.id(), installedTeam.id(), due, reason);
        }));
        app.viewSubmission(CardIds.MODAL_BLOCKED, (req, ctx) -> submit(req, ctx, PlanModals.REASON, (actor, form) ->
                plans.block(actor, form.id(), installedTeam.id(), form.text(PlanModals.REASON).orElse(""))));
        app.viewSubmission(CardIds.MODAL_REASSIGN, (req, ctx) -> submit(req, ctx, PlanModals.OWNER_USER, (actor, form) -> {
            PlanService.StepInPlan target = plans.stepForAction(form.id(), installedTeam.id());
            Owner owner = owner(form, target.plan());
            if (owner.isNobody()) {
                throw new FieldError(PlanModals.OWNER_USER, "Pick someone in Slack or type a name below.");
            }
            plans.assign(actor, form.id(), installedTeam.id(), owner, target.plan());
        }));
        app.viewSubmission(CardIds.MODAL_COMMENT, (req, ctx) -> submit(req, ctx, PlanModals.TEXT, (actor, form) -> {
            String text = form.text(PlanModals.TEXT).orElse("");
            plans.comment(actor, form.id(), installedTeam.id(), text);
            PlanService.StepInPlan target = plans.stepForAction(form.id(), installedTeam.id());
            background.execute(() -> postCommentInThread(target, actor, text));
        }));
        app.viewSubmission(CardIds.MODAL_EDIT_STEP, (req, ctx) -> submit(req, ctx, PlanModals.TITLE, (actor, form) -> {
            PlanService.StepInPlan target = plans.stepForAction(form.id(), installedTeam.id());
            StepPermissions.requireSeller(actor, target.plan(), "edit steps");
            Side side = form.option(PlanModals.SIDE).flatMap(Side::parse).orElse(target.step().side());
            plans.edit(actor, form.id(), installedTeam.id(), new PlanService.StepEdit(form.text(PlanModals.TITLE).orElse(""), side,
                    owner(form, target.plan()), form.date(PlanModals.DUE).orElse(null), form.text(PlanModals.RESULT).orElse(null),
                    form.checked(PlanModals.INTERNAL), form.text(PlanModals.REASON).orElse(null)));
        }));
    }

    /** Comments go to the card's thread, unless the step is internal and the channel is shared. */
    private void postCommentInThread(PlanService.StepInPlan target, Actor actor, String text) {
        Plan plan = target.plan();
        if (plan.cardTs() == null || (target.step().internalOnly() && channels.isExternallyShared(plan.channelId()))) {
            return;
        }
        try {
            slack.bot().chatPostMessage(r -> r.channel(plan.channelId()).threadTs(plan.cardTs())
                    .text(SlackText.mention(actor.userId()) + " commented on *" + target.step().position() + ". "
                            + SlackText.escape(target.step().title()) + "*:\n" + SlackText.escape(text)));
        } catch (Exception e) {
            log.warn("Could not post the comment in the card's thread: {}", e.getMessage());
        }
    }

    private Owner owner(Form form, Plan plan) {
        Optional<String> user = form.user(PlanModals.OWNER_USER);
        if (user.isPresent()) {
            String team = users.find(user.get()).map(SlackUser::teamId).filter(t -> t != null && !t.isBlank())
                    .orElse(plan.teamId());
            return Owner.slackUser(user.get(), team);
        }
        return form.text(PlanModals.OWNER_NAME).map(name -> {
            if (name.length() > Limits.OWNER_NAME) {
                throw new FieldError(PlanModals.OWNER_NAME, "At most " + Limits.OWNER_NAME + " characters.");
            }
            return Owner.named(name);
        }).orElse(Owner.NOBODY);
    }

    @FunctionalInterface
    interface Submission {
        void run(Actor actor, Form form);
    }

    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx, String mainBlock, Submission submission) {
        var payload = req.getPayload();
        String team = payload.getUser().getTeamId() != null ? payload.getUser().getTeamId() : payload.getTeam().getId();
        Actor actor = new Actor(payload.getUser().getId(), team, payload.getEnterprise() == null ? null : payload.getEnterprise().getId());
        Form form = new Form(payload.getView().getPrivateMetadata(), payload.getView().getState() == null ? Map.of()
                : payload.getView().getState().getValues());
        try {
            submission.run(actor, form);
            return ctx.ack();
        } catch (FieldError e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(e.block, e.getMessage())));
        } catch (PlanException e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(mainBlock, TextCut.shorten(e.getMessage(), 150))));
        }
    }

    /** A form field the person must fix; shown under that field. */
    static final class FieldError extends RuntimeException {
        final String block;

        FieldError(String block, String message) {
            super(message);
            this.block = block;
        }
    }

    /** Reads a submitted view's state by block id; every field may be missing or tampered with. */
    record Form(String metadata, Map<String, Map<String, ViewState.Value>> values) {

        long id() {
            try {
                return Long.parseLong(metadata == null ? "" : metadata.strip());
            } catch (NumberFormatException e) {
                throw new PlanException("This form no longer points at a plan or step I know. Please open it again.");
            }
        }

        private Optional<ViewState.Value> value(String block) {
            return Optional.ofNullable(values.get(block)).map(m -> m.get(PlanModals.VALUE));
        }

        Optional<String> text(String block) {
            return value(block).map(ViewState.Value::getValue).map(String::strip).filter(s -> !s.isEmpty());
        }

        Optional<LocalDate> date(String block) {
            Optional<String> raw = value(block).map(ViewState.Value::getSelectedDate).filter(s -> !s.isBlank());
            try {
                return raw.map(LocalDate::parse);
            } catch (DateTimeParseException e) {
                throw new FieldError(block, "That is not a date I can read.");
            }
        }

        Optional<String> user(String block) {
            return value(block).map(ViewState.Value::getSelectedUser).filter(s -> s.matches("[UW][A-Z0-9]{1,20}"));
        }

        Optional<String> option(String block) {
            return value(block).map(ViewState.Value::getSelectedOption).map(o -> o.getValue()).filter(s -> !s.isBlank());
        }

        boolean checked(String block) {
            return value(block).map(ViewState.Value::getSelectedOptions).map(o -> !o.isEmpty()).orElse(false);
        }
    }
}
