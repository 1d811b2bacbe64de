package org.mapbot.home;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;

/** Works out what a viewer's Home tab shows, and who they are: seller organisation or customer organisation. */
public final class HomeService {
    /** Riskiest first: overdue steps, then days slipped, then days the projected finish lies after the target. */
    static final Comparator<PlanSummary> BY_RISK = Comparator.comparingInt(PlanSummary::overdue).reversed()
            .thenComparing(Comparator.comparingInt(PlanSummary::slipDays).reversed())
            .thenComparing(Comparator.comparingLong(PlanSummary::daysLate).reversed())
            .thenComparing(s -> s.plan().id());

    private final HomeRepository home;
    private final PlanService plans;
    private final SlackUsers users;
    private final Clock clock;

    public HomeService(HomeRepository home, PlanService plans, SlackUsers users, Clock clock) {
        this.home = home;
        this.plans = plans;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The viewer as an actor of the installing workspace {@code teamId}. A viewer whose organisation Slack does not
     * tell us is treated as external: they see less, never more.
     */
    public Actor viewer(String userId, String teamId, Optional<String> knownTeamId) {
        String viewerTeam = knownTeamId.or(() -> users.find(userId).map(SlackUser::teamId)).orElse("unknown");
        return new Actor(userId, viewerTeam, null);
    }

    public HomeModel homeOf(Actor viewer, String teamId, int offset) {
        boolean seller = viewer.teamId().equals(teamId);
        OwnedSteps steps = home.ownedSteps(viewer.userId(), teamId, seller, Math.max(0, offset), HomeView.STEPS_PER_PAGE,
                clock.instant());
        if (!seller) {
            return new HomeModel(viewer.userId(), false, steps, List.of(), List.of());
        }
        List<PlanSummary> all = home.planSummaries(teamId, clock.instant());
        List<PlanSummary> mine = all.stream().filter(s -> s.plan().ownerUserId().equals(viewer.userId()))
                .sorted(BY_RISK).toList();
        List<PlanSummary> team = all.stream().filter(s -> s.plan().status() == org.mapbot.plan.domain.PlanStatus.ACTIVE)
                .sorted(BY_RISK).toList();
        return new HomeModel(viewer.userId(), true, steps, mine, team);
    }

    /** A plan of the installing workspace, as the modal shows it. */
    public PlanView plan(long planId, String teamId) {
        return plans.view(planId).filter(v -> v.plan().teamId().equals(teamId))
                .orElseThrow(() -> new PlanException("That plan does not exist any more."));
    }

    public HomeRepository.Audience audienceOf(long planId) {
        return home.audienceOf(planId);
    }
}
