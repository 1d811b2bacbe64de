package org.mapbot.home;

import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.mapbot.interaction.SlackListeners;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.Permissions;
import org.mapbot.plan.service.StepService;

/** Slack I/O of the Home tab: acknowledge at once, then publish, mark done or open the plan. */
public final class HomeListeners {
    private final HomeService home;
    private final HomeTabs tabs;
    private final StepService steps;
    private final Executor background;

    public HomeListeners(HomeService home, HomeTabs tabs, StepService steps, Executor background) {
        this.home = home;
        this.tabs = tabs;
        this.steps = steps;
        this.background = background;
    }

    public void registerOn(SlackListeners listeners) {
        listeners.onEvent(AppHomeOpenedEvent.class, (event, reader) -> {
            if (event.getTab() == null || "home".equals(event.getTab())) {
                Actor viewer = home.viewer(event.getUser(), reader.installation());
                publishLater(viewer, 0);
            }
        });
        listeners.onClick(HomeActions.STEP_DONE, click -> {
            Actor actor = click.who().actor();
            try {
                // The card and every concerned Home tab follow from the change, through the pipeline.
                steps.markDone(actor, click.id("button"), Origin.home(), null);
            } catch (PlanException e) {
                publishLater(actor, 0); // show them what is true now
                throw e;
            }
        });
        listeners.onClick(Pattern.compile(HomeActions.STEPS_PAGE + "(_first)?"), click ->
                publishLater(click.who().actor(), parseOffset(click.value())));
        listeners.onClick(HomeActions.OPEN_PLAN, click -> {
            Actor actor = click.who().actor();
            var view = home.planFor(actor, click.id("button"));
            click.answer().open(PlanModalView.render(view, Permissions.seesInternalSteps(actor, view.plan())));
        });
    }

    private void publishLater(Actor viewer, int offset) {
        background.execute(() -> tabs.publishNow(viewer.installation(), viewer.userId(), home.homeOf(viewer, offset)));
    }

    private static int parseOffset(String value) {
        try {
            return Math.max(0, Math.min(10_000, Integer.parseInt(value == null ? "" : value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
