package org.mapbot.install;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.REMINDER;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mapbot.interaction.InteractionReader;
import org.mapbot.interaction.Refusal;
import org.mapbot.plan.domain.Installation;

/**
 * Who serves a request in multi-workspace mode: the stored installation of the workspace it came from, and for a
 * Slack Connect channel the installation that created the channel's plans. When the customer's organisation
 * installed MAP Bot too, or clicks from a workspace that never installed it, the plan's own installation handles it.
 */
public final class StoredInstallations implements InteractionReader.Installations {
    static final String NOT_INSTALLED = "MAP Bot is not installed in this workspace: ask an admin to add it to Slack.";

    private final InstallationRepository repository;
    private final DSLContext dsl;

    public StoredInstallations(InstallationRepository repository, DSLContext dsl) {
        this.repository = repository;
        this.dsl = dsl;
    }

    @Override
    public Installation serving(String enterpriseId, String teamId) {
        return find(enterpriseId, teamId).orElseThrow(() -> new Refusal(NOT_INSTALLED));
    }

    @Override
    public Installation servingChannel(String enterpriseId, String teamId, String channelId) {
        Optional<Installation> receiving = find(enterpriseId, teamId);
        List<PlanOwner> owners = ownersOfPlansIn(channelId);
        if (receiving.isPresent() && (owners.isEmpty() || owners.stream().anyMatch(o -> o.ownedBy(receiving.get())))) {
            return receiving.get();
        }
        // The channel's plans are another installation's: exactly one, or the request keeps its own workspace.
        List<Installation> others = owners.stream().map(o -> find(o.enterpriseId(), o.teamId())).flatMap(Optional::stream)
                .filter(i -> owners.stream().anyMatch(o -> o.ownedBy(i))).distinct().toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        return receiving.orElseThrow(() -> new Refusal(NOT_INSTALLED));
    }

    private Optional<Installation> find(String enterpriseId, String teamId) {
        return repository.find(enterpriseId, teamId)
                // An org-wide install serves every workspace of its org: the request's is the one acted in.
                .map(found -> new Installation(found.teamId() == null ? teamId : found.teamId(), found.enterpriseId(),
                        found.botUserId(), found.teamName()));
    }

    /** Whose plans live in the channel; in a direct message, whose reminders the bot sent there. */
    private List<PlanOwner> ownersOfPlansIn(String channelId) {
        var owners = channelId.startsWith("D")
                ? dsl.selectDistinct(PLAN.TEAM_ID, PLAN.ENTERPRISE_ID).from(REMINDER).join(PLAN).on(PLAN.ID.eq(REMINDER.PLAN_ID))
                        .where(REMINDER.MESSAGE_CHANNEL.eq(channelId))
                : dsl.selectDistinct(PLAN.TEAM_ID, PLAN.ENTERPRISE_ID).from(PLAN).where(PLAN.CHANNEL_ID.eq(channelId));
        return owners.limit(4).fetch(r -> new PlanOwner(r.value1(), r.value2()));
    }

    /** The workspace (and Grid org) a plan in the channel was created in. */
    private record PlanOwner(String teamId, String enterpriseId) {
        boolean ownedBy(Installation installation) {
            return installation.owns(teamId, enterpriseId);
        }
    }
}
