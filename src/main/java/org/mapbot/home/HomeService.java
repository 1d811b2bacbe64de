package org.mapbot.home;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.service.Permissions;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.slack.SlackUser;
import org.mapbot.slack.SlackUsers;

/**
 * Works out what a viewer's Home tab shows. People of the seller's organisation (Enterprise Grid aware) see the
 * proposals waiting for their answer, their steps, their plans and the team view; people of the customer's
 * organisation the proposals their organisation answers and their own non-internal steps. Who answers a proposal is
 * {@link ProposalAnswers#answers}'s rule, the same one that decides whether an answer counts.
 */
public final class HomeService {
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
     * The viewer of a Home tab, as an actor of the installation. An event says only who opened the tab: their
     * organisation comes from Slack's directory, and a viewer Slack tells nothing about sees less, never more.
     */
    public Actor viewer(String userId, Installation installation) {
        Optional<SlackUser> known = users.find(installation, userId).filter(u -> u.teamId() != null && !u.teamId().isBlank());
        return new Actor(userId, known.map(SlackUser::teamId).orElse("unknown"), known.map(SlackUser::enterpriseId).orElse(null),
                installation);
    }

    public HomeModel homeOf(Actor viewer, int offset) {
        String team = viewer.installation().teamId();
        Set<String> internal = viewer.isSeller() ? Set.of(viewer.userId()) : Set.of();
        Instant now = clock.instant();
        OwnedSteps steps = home.ownedSteps(List.of(viewer.userId()), internal, team, Math.max(0, offset), HomeView.STEPS_PER_PAGE, now)
                .get(viewer.userId());
        if (steps.page().isEmpty() && offset > 0) {
            steps = home.ownedSteps(List.of(viewer.userId()), internal, team, 0, HomeView.STEPS_PER_PAGE, now).get(viewer.userId());
        }
        List<WaitingProposal> waiting = home.openProposals(List.of(viewer.userId()), team).getOrDefault(viewer.userId(), List.of());
        return model(viewer.userId(), viewer.isSeller(), waiting, steps,
                viewer.isSeller() ? home.planSummaries(team, now) : List.of());
    }

    /** Every viewer's first page at once, for a refresh after a change: three queries, however many viewers. */
    public Map<String, HomeModel> homesOf(Installation installation, Map<String, Boolean> sellerByViewer) {
        Instant now = clock.instant();
        Set<String> sellers = sellerByViewer.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, OwnedSteps> steps = home.ownedSteps(sellerByViewer.keySet(), sellers, installation.teamId(), 0,
                HomeView.STEPS_PER_PAGE, now);
        List<PlanSummary> summaries = sellers.isEmpty() ? List.of() : home.planSummaries(installation.teamId(), now);
        Map<String, List<WaitingProposal>> waiting = home.openProposals(sellerByViewer.keySet(), installation.teamId());
        Map<String, HomeModel> models = new HashMap<>();
        sellerByViewer.forEach((viewer, seller) -> models.put(viewer, model(viewer, seller,
                waiting.getOrDefault(viewer, List.of()), steps.get(viewer), seller ? summaries : List.of())));
        return models;
    }

    private static HomeModel model(String viewer, boolean seller, List<WaitingProposal> open, OwnedSteps steps,
                                   List<PlanSummary> summaries) {
        OrgSide side = seller ? OrgSide.SELLER : OrgSide.CUSTOMER;
        List<WaitingProposal> waiting = open.stream()
                .filter(w -> ProposalAnswers.answers(side, w.proposal(), w.internalStep())).toList();
        if (!seller) {
            return new HomeModel(viewer, false, waiting, steps, List.of(), List.of());
        }
        List<PlanSummary> mine = summaries.stream().filter(s -> s.plan().ownerUserId().equals(viewer)).sorted(PlanRisk.RISKIEST_FIRST).toList();
        List<PlanSummary> team = summaries.stream().filter(s -> s.plan().status() == PlanStatus.ACTIVE).sorted(PlanRisk.RISKIEST_FIRST).toList();
        return new HomeModel(viewer, true, waiting, steps, mine, team);
    }

    /** A plan the viewer may open from Home: any plan of the installation for the seller side, one they work on for a customer. */
    public PlanView planFor(Actor viewer, long planId) {
        PlanView view = plans.view(planId).orElseThrow(() -> new PlanException("That plan or step does not exist any more."));
        Permissions.requireMayView(viewer, view.plan(), !viewer.isSellerOf(view.plan()) && home.ownsStepIn(planId, viewer.userId()));
        return view;
    }
}
