package org.mapbot.plan.slack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import org.mapbot.interaction.FieldError;
import org.mapbot.interaction.Form;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.service.CommentPosted;
import org.mapbot.plan.service.NewStepRequest;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.StepChange;
import org.mapbot.plan.service.StepEdit;
import org.mapbot.plan.service.StepService;
import org.mapbot.slack.SharedChannels;
import org.mapbot.slack.SlackClients;
import org.mapbot.slack.SlackText;
import org.mapbot.slack.SlackUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan's forms, submitted by either organisation: read the fields, call the service. Bad input is answered next
 * to the field ({@code response_action: errors}) and nothing is saved.
 */
public final class PlanForms {
    private static final Logger log = LoggerFactory.getLogger(PlanForms.class);

    private final PlanService plans;
    private final StepService steps;
    private final SlackUsers users;
    private final OwnerField owners;
    private final SharedChannels channels;
    private final SlackClients slack;
    private final Executor background;
    private final CommitmentMessages commitment;

    public PlanForms(PlanService plans, StepService steps, SlackUsers users, SharedChannels channels, SlackClients slack,
                     Executor background, CommitmentMessages commitment) {
        this.commitment = commitment;
        this.plans = plans;
        this.steps = steps;
        this.users = users;
        this.owners = new OwnerField(users);
        this.channels = channels;
        this.slack = slack;
        this.background = background;
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onSubmit(CardIds.MODAL_NEW_PLAN, PlanModals.TITLE, form -> {
            LocalDate start = form.date(PlanModals.START).orElseThrow(() -> new FieldError(PlanModals.START, "Pick a start date."));
            LocalDate target = form.date(PlanModals.TARGET).orElse(null);
            if (target != null && target.isBefore(start)) {
                throw new FieldError(PlanModals.TARGET, "The target date is before the start date.");
            }
            ZoneId zone = users.zoneOr(form.who().actor().installation(), form.who().userId(), ZoneId.of("UTC"));
            String channelId = form.metadata(); // signed when the form was opened: the channel it was opened in
            String customer = form.text(PlanModals.CUSTOMER).or(() -> channels.externalTeamName(form.who().actor().installation(), channelId)).orElse(null);
            plans.create(form.who().actor(), channelId, new PlanService.NewPlanRequest(form.text(PlanModals.TITLE).orElse(""),
                    customer, start, target, zone, form.option(PlanModals.TEMPLATE)));
        });
        listeners.onSubmit(CardIds.MODAL_ADD_STEP, PlanModals.TITLE, form -> {
            Plan plan = plans.planAt(form.who().actor(), form.id(), form.who().origin());
            boolean seller = form.who().actor().isSellerOf(plan);
            Side side = seller ? form.option(PlanModals.SIDE).flatMap(Side::parse).orElse(Side.CUSTOMER) : Side.CUSTOMER;
            steps.add(form.who().actor(), plan, new NewStepRequest(form.text(PlanModals.TITLE).orElse(""), owner(form, plan),
                    side, form.date(PlanModals.DUE).orElse(null), seller && form.checked(PlanModals.INTERNAL)));
        });
        listeners.onSubmit(CardIds.MODAL_NEW_DATE, PlanModals.DUE, form -> {
            LocalDate due = form.date(PlanModals.DUE).orElseThrow(() -> new FieldError(PlanModals.DUE, "Pick the new date."));
            String reason = form.text(PlanModals.REASON).orElseThrow(() -> new FieldError(PlanModals.REASON,
                    "Say why it moves, e.g. \"Legal needs another week\"."));
            boolean withoutAsking = form.checked(PlanModals.WITHOUT_ASKING);
            StepChange change = steps.changeDueDate(form.who().actor(), form.id(), form.who().origin(), due, reason, withoutAsking);
            if (change.proposed()) {
                commitment.notice(change.plan(), ProposalNotices.proposed(change.plan(), change.step(), due, reason,
                        form.who().userId(), form.who().actor().isSellerOf(change.plan())));
            }
        });
        listeners.onSubmit(CardIds.MODAL_BLOCKED, PlanModals.REASON, form ->
                steps.block(form.who().actor(), form.id(), form.who().origin(), form.text(PlanModals.REASON).orElse("")));
        listeners.onSubmit(CardIds.MODAL_REASSIGN, PlanModals.OWNER_USER, form -> {
            StepInPlan target = steps.forSeller(form.who().actor(), form.id(), form.who().origin(), "reassign steps");
            Owner owner = owner(form, target.plan());
            if (owner.isNobody()) {
                throw new FieldError(PlanModals.OWNER_USER, "Pick someone in Slack or type a name below.");
            }
            steps.assign(form.who().actor(), form.id(), form.who().origin(), owner);
        });
        listeners.onSubmit(CardIds.MODAL_COMMENT, PlanModals.TEXT, form -> {
            StepInPlan target = steps.forWork(form.who().actor(), form.id(), form.who().origin(), "comment on");
            CommentPosted posted = steps.comment(form.who().actor(), form.id(), form.who().origin(),
                    form.text(PlanModals.TEXT).orElse(""), channels.isExternallyShared(target.plan()));
            if (posted.postInThread()) {
                background.execute(() -> postInThread(posted, form.who().userId()));
            }
        });
        listeners.onSubmit(CardIds.MODAL_EDIT_STEP, PlanModals.TITLE, form -> {
            StepInPlan target = steps.forSeller(form.who().actor(), form.id(), form.who().origin(), "edit steps");
            Side side = form.option(PlanModals.SIDE).flatMap(Side::parse).orElse(target.step().side());
            steps.edit(form.who().actor(), form.id(), form.who().origin(), new StepEdit(form.text(PlanModals.TITLE).orElse(""),
                    side, owner(form, target.plan()), form.date(PlanModals.DUE).orElse(null),
                    form.text(PlanModals.RESULT).orElse(null), form.checked(PlanModals.INTERNAL), form.text(PlanModals.REASON).orElse(null)));
        });
    }

    private void postInThread(CommentPosted posted, String userId) {
        Plan plan = posted.target().plan();
        try {
            slack.bot(plan).chatPostMessage(r -> r.channel(plan.channelId()).threadTs(plan.cardTs())
                    .text(SlackText.mention(userId) + " commented on *" + posted.target().step().position() + ". "
                            + SlackText.escape(posted.target().step().title()) + "*:\n" + SlackText.escape(posted.text())));
        } catch (Exception e) {
            log.warn("Could not post the comment in the card's thread: {}", e.getMessage());
        }
    }

    private Owner owner(Form form, Plan plan) {
        return owners.read(form, PlanModals.OWNER_USER, PlanModals.OWNER_NAME);
    }
}
