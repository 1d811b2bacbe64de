package org.mapbot.share;

import org.mapbot.slack.SlackUsers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.service.Permissions;

/**
 * Share links and customer documents of a plan. Every document built here is the customer's: internal steps are
 * left out before anything is rendered, and the projected finish is worked out from the visible steps only.
 */
public final class ShareService {
    private final PlanService plans;
    private final ShareLinkRepository links;
    private final SlackUsers users;
    private final ShareTokens tokens;
    private final Clock clock;
    private final String publicUrl;

    public ShareService(PlanService plans, ShareLinkRepository links, SlackUsers users, ShareTokens tokens, Clock clock,
                        String publicUrl) {
        this.plans = plans;
        this.links = links;
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new link; links handed out before keep working until revoked. */
    public String createLink(Actor actor, Plan plan, ShareLinkKind kind) {
        Permissions.requireSeller(actor, plan, "share the plan");
        String token = tokens.newToken();
        links.insert(plan.id(), kind, ShareTokens.hash(token), actor.userId(), clock.instant());
        return publicUrl + kind.pathPrefix() + token;
    }

    /** Switches off every share page and calendar feed of the plan at once; returns how many were live. */
    public int revokeAll(Actor actor, Plan plan) {
        Permissions.requireSeller(actor, plan, "switch off share links");
        return links.revokeAll(plan.id(), clock.instant());
    }

    /** The document a token opens, if it is live. Always hashes, then one indexed query, then nothing else on a miss. */
    public Optional<PlanDocument> documentFor(String token, ShareLinkKind kind) {
        String hash = ShareTokens.hash(token == null ? "" : token);
        return links.activePlanId(hash, kind).flatMap(plans::plan).map(this::customerDocument);
    }

    public PlanDocument customerDocument(Plan plan) {
        PlanView view = plans.view(plan).forCustomer();
        List<Step> visible = view.steps();
        List<String> people = new ArrayList<>();
        people.add(plan.ownerUserId());
        visible.forEach(step -> step.owner().slackUserId().ifPresent(people::add));
        view.commitment().seller().ifPresent(a -> people.add(a.userId()));
        view.commitment().customer().ifPresent(a -> people.add(a.userId()));
        view.commitment().open().forEach(p -> people.add(p.proposedBy()));
        return PlanDocument.forCustomer(plan, visible, view.today(), view.projectedFinish(),
                users.displayNames(Installation.of(plan), people), view.commitment());
    }
}
