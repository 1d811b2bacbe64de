package org.mapbot.home;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Slack I/O of the Home tab: acknowledge at once, then publish, mark done or open the plan in the background. */
public final class HomeListeners {
    private static final Logger log = LoggerFactory.getLogger(HomeListeners.class);

    private final HomeService home;
    private final HomePublisher publisher;
    private final PlanService plans;
    private final Supplier<MethodsClient> slack;
    private final Executor background;

    public HomeListeners(HomeService home, HomePublisher publisher, PlanService plans, Supplier<MethodsClient> slack,
                         Executor background) {
        this.home = home;
        this.publisher = publisher;
        this.plans = plans;
        this.slack = slack;
        this.background = background;
    }

    public void attachTo(App app) {
        app.event(AppHomeOpenedEvent.class, (request, ctx) -> {
            AppHomeOpenedEvent event = request.getEvent();
            if (event.getTab() == null || "home".equals(event.getTab())) {
                publisher.publishLater(event.getUser(), ctx.getTeamId(), Optional.empty(), 0);
            }
            return ctx.ack();
        });
        app.blockAction(HomeActions.STEP_DONE, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            String installedTeam = installedTeam(payload);
            Actor actor = actor(payload);
            long stepId = Long.parseLong(payload.getActions().get(0).getValue());
            later(() -> {
                try {
                    // The plan service tells its listeners: the card and every concerned Home tab follow.
                    plans.markDone(actor, stepId, installedTeam, null);
                } catch (PlanException e) {
                    tell(actor.userId(), e.getMessage());
                    publisher.publish(actor.userId(), installedTeam, Optional.of(actor.teamId()), 0);
                }
            });
            return ctx.ack();
        });
        app.blockAction(java.util.regex.Pattern.compile(HomeActions.STEPS_PAGE + "(_first)?"), (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            int offset = parseOffset(payload.getActions().get(0).getValue());
            publisher.publishLater(payload.getUser().getId(), installedTeam(payload),
                    Optional.ofNullable(payload.getUser().getTeamId()), offset);
            return ctx.ack();
        });
        app.blockAction(HomeActions.OPEN_PLAN, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            Actor actor = actor(payload);
            String installedTeam = installedTeam(payload);
            long planId = Long.parseLong(payload.getActions().get(0).getValue());
            String triggerId = payload.getTriggerId();
            later(() -> {
                try {
                    var plan = home.plan(planId, installedTeam);
                    // Internal steps only for the seller's organisation.
                    var modal = PlanModalView.render(plan, actor.isSellerOf(plan.plan()));
                    var response = slack.get().viewsOpen(r -> r.triggerId(triggerId).view(modal));
                    if (!response.isOk()) {
                        log.warn("views.open answered {}", response.getError());
                    }
                } catch (PlanException e) {
                    tell(actor.userId(), e.getMessage());
                } catch (Exception e) {
                    log.warn("Opening plan {} failed: {}", planId, e.toString());
                }
            });
            return ctx.ack();
        });
    }

    private static Actor actor(BlockActionPayload payload) {
        String team = payload.getUser().getTeamId() != null ? payload.getUser().getTeamId() : payload.getTeam().getId();
        return new Actor(payload.getUser().getId(), team, payload.getEnterprise() == null ? null : payload.getEnterprise().getId());
    }

    /** For a click by someone of another organisation, {@code team} is theirs; the plan lives in the installing one. */
    private static String installedTeam(BlockActionPayload payload) {
        if (payload.getView() != null && payload.getView().getAppInstalledTeamId() != null) {
            return payload.getView().getAppInstalledTeamId();
        }
        return payload.getTeam().getId();
    }

    private static int parseOffset(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A note in the app's Messages tab: a Home click has no channel to answer in. */
    private void tell(String userId, String text) {
        try {
            slack.get().chatPostMessage(r -> r.channel(userId).text(":warning: " + text));
        } catch (Exception e) {
            log.warn("Could not tell {}: {}", userId, e.toString());
        }
    }

    private void later(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            log.info("Shutting down; Home action dropped");
        }
    }
}
