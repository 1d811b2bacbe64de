package org.mapbot.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewClosedPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.View;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mapbot.ops.LogContext;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Installation;
import org.mapbot.plan.domain.Origin;

/**
 * The one translator from Slack's payloads to an {@link Interaction}: the acting person and their organisation, the
 * installation, and where the request came from. Every id is checked for Slack's shape; a request without a user or
 * with ids Slack never sends is refused here, before any listener runs.
 */
public final class InteractionReader {
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern TEAM = Pattern.compile("T[A-Z0-9]{2,20}");
    private static final Pattern ENTERPRISE = Pattern.compile("E[A-Z0-9]{2,20}");
    private static final Pattern CHANNEL = Pattern.compile("[CGD][A-Z0-9]{2,20}");
    private static final Pattern TS = Pattern.compile("\\d{1,12}\\.\\d{1,8}");
    static final String MALFORMED = "That request did not come the way Slack sends it, so I changed nothing. Please try again.";

    /** Which installation serves a request from a workspace: the one of single-workspace mode, or a stored one. */
    @FunctionalInterface
    public interface Installations {
        /** The installation serving the workspace {@code teamId} (of Grid org {@code enterpriseId}); a {@link Refusal} if none. */
        Installation serving(String enterpriseId, String teamId);

        /**
         * The installation a request about channel {@code channelId}, delivered for workspace {@code teamId}, acts for:
         * the one whose plans live in that channel. In a Slack Connect channel that is the organisation that created
         * the plan, even when the request came through the other organisation's installation (or names a workspace
         * that never installed MAP Bot). With one installation it is always that one.
         */
        default Installation servingChannel(String enterpriseId, String teamId, String channelId) {
            return serving(enterpriseId, teamId);
        }
    }

    private final Installations installations;
    private final String workspaceEnterprise;
    private final String workspaceTeam;

    public InteractionReader(Installations installations) {
        this(installations, null, null);
    }

    private InteractionReader(Installations installations, String workspaceEnterprise, String workspaceTeam) {
        this.installations = installations;
        this.workspaceEnterprise = workspaceEnterprise;
        this.workspaceTeam = workspaceTeam;
    }

    /** The installation the request was delivered for (Bolt's authorized team); in single-workspace mode, the one. */
    public Installation installation() {
        return installations.serving(workspaceEnterprise, workspaceTeam);
    }

    /**
     * The installation whose plans live in {@code channelId}, for this reader's workspace: an event about a Slack
     * Connect channel delivered through the customer's installation is handled for the plan's own (the seller's).
     */
    public Installation installationFor(String channelId) {
        return channelId == null ? installation() : installations.servingChannel(workspaceEnterprise, workspaceTeam, channelId);
    }

    /** The installation serving workspace {@code teamId}, for requests that do not come from Slack (the REST API). */
    public Optional<Installation> installationOf(String teamId) {
        try {
            return Optional.of(installations.serving(null, teamId)).filter(i -> i.teamId().equals(teamId));
        } catch (Refusal e) {
            return Optional.empty();
        }
    }

    /** This reader for one workspace's event: {@link #installation()} and {@link #eventUser} are that workspace's installation. */
    public InteractionReader forWorkspace(String enterpriseId, String teamId) {
        String enterprise = enterpriseId == null || enterpriseId.isEmpty() ? null : enterpriseId;
        Installation serving = installations.serving(enterprise, teamId);
        Installations base = installations;
        return new InteractionReader(new Installations() {
            @Override
            public Installation serving(String e, String t) {
                return serving;
            }

            @Override
            public Installation servingChannel(String e, String t, String channelId) {
                return base.servingChannel(e, t, channelId);
            }
        }, enterprise, teamId);
    }

    public Interaction command(SlashCommandPayload p) {
        Actor actor = actor(p.getUserId(), p.getTeamId(), p.getEnterpriseId(), p.getTeamId());
        return new Interaction(actor, Origin.command(channel(p.getChannelId())), p.getTriggerId());
    }

    /**
     * The installation whose plans live in the command's channel, when it is not the one the command came through:
     * a Slack Connect channel whose plan the other organisation's MAP Bot runs.
     */
    public Optional<Installation> otherOwnerOf(Interaction command) {
        Installation own = command.actor().installation();
        Installation owner = installations.servingChannel(command.actor().enterpriseId(), own.teamId(), command.channelId());
        return owner.teamId().equals(own.teamId()) ? Optional.empty() : Optional.of(owner);
    }

    public Interaction click(BlockActionPayload p) {
        if (p.getUser() == null) {
            throw new Refusal(MALFORMED);
        }
        // For someone of another organisation, user.team_id is theirs and team.id may be either: prefer the user's.
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        String requestTeam = p.getTeam() == null ? team : p.getTeam().getId();
        Origin origin = origin(p);
        // A click on a message acts for the installation whose plan the channel holds, whichever one Slack delivered
        // it through; the services still check that what it names is shown in that very channel.
        Actor actor = origin.channelId() == null
                ? actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(), requestTeam)
                : actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                        enterprise -> installations.servingChannel(enterprise, requestTeam, origin.channelId()));
        return new Interaction(actor, origin, p.getTriggerId());
    }

    public Interaction submission(ViewSubmissionPayload p) {
        return submission(p, Optional.empty());
    }

    /**
     * A form acts for the installation that opened it ({@code openedBy}, from its signed metadata), whichever
     * organisation's installation Slack names; forms opened before the metadata said so, for the installed team.
     */
    public Interaction submission(ViewSubmissionPayload p, Optional<OpenedBy> openedBy) {
        if (p.getUser() == null || p.getView() == null) {
            throw new Refusal(MALFORMED);
        }
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        String enterprise = p.getEnterprise() == null ? null : p.getEnterprise().getId();
        Actor actor = openedBy.isPresent()
                ? actor(p.getUser().getId(), team, enterprise, e -> installations.serving(openedBy.get().enterpriseId(), openedBy.get().teamId()))
                : actor(p.getUser().getId(), team, enterprise, installedTeam(p.getView(), team));
        return new Interaction(actor, Origin.modal(), p.getTriggerId());
    }

    public Interaction suggestion(com.slack.api.app_backend.interactive_components.payload.BlockSuggestionPayload p) {
        if (p.getUser() == null) {
            throw new Refusal(MALFORMED);
        }
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        return new Interaction(actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                team), Origin.modal(), null);
    }

    public Interaction closed(ViewClosedPayload p) {
        if (p.getUser() == null || p.getView() == null) {
            throw new Refusal(MALFORMED);
        }
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        return new Interaction(actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                team), Origin.modal(), null);
    }

    /** The person an event is about (joined, opened the Home tab), as an actor of the installation. */
    public Actor eventUser(String userId, String teamId, String enterpriseId) {
        return actor(userId, teamId, enterpriseId, teamId);
    }

    /** A modal belongs to the workspace that opened it, whoever of the channel's organisations submits it. */
    private static String installedTeam(View view, String fallback) {
        return view != null && view.getAppInstalledTeamId() != null ? view.getAppInstalledTeamId() : fallback;
    }

    /** Where a click happened: a message in a channel (the card, a reminder), an ephemeral reply, Home, or a modal. */
    private static Origin origin(BlockActionPayload p) {
        var container = p.getContainer();
        View view = p.getView();
        if (container != null && "view".equals(container.getType()) || container == null && view != null) {
            return view != null && "home".equals(view.getType()) ? Origin.home() : Origin.modal();
        }
        String channelId = container != null && container.getChannelId() != null ? container.getChannelId()
                : p.getChannel() == null ? null : p.getChannel().getId();
        if (container != null && container.isEphemeral()) {
            return Origin.ephemeral(channel(channelId));
        }
        String ts = container == null ? null : container.getMessageTs();
        if (ts == null || !TS.matcher(ts).matches()) {
            throw new Refusal(MALFORMED);
        }
        return Origin.message(channel(channelId), ts);
    }

    private Actor actor(String userId, String teamId, String enterpriseId, String requestTeamId) {
        return actor(userId, teamId, enterpriseId, enterprise -> installations.serving(enterprise, requestTeamId));
    }

    private Actor actor(String userId, String teamId, String enterpriseId, java.util.function.Function<String, Installation> installation) {
        if (userId == null || !USER.matcher(userId).matches() || teamId == null || !TEAM.matcher(teamId).matches()
                || (enterpriseId != null && !enterpriseId.isEmpty() && !ENTERPRISE.matcher(enterpriseId).matches())) {
            throw new Refusal(MALFORMED);
        }
        LogContext.team(teamId);
        String enterprise = enterpriseId == null || enterpriseId.isEmpty() ? null : enterpriseId;
        return new Actor(userId, teamId, enterprise, installation.apply(enterprise));
    }

    private static String channel(String channelId) {
        if (channelId == null || !CHANNEL.matcher(channelId).matches()) {
            throw new Refusal(MALFORMED);
        }
        return channelId;
    }

    /** A numeric id carried by a button or form; anything else was not written by this app. */
    public static long id(String value, String what) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,18}")) {
            throw new Refusal(what.equals("form")
                    ? "This form no longer points at a plan or step I know, so I saved nothing. Please open it again."
                    : "That " + what + " does not point at a step or plan I know, so I changed nothing. "
                    + "The latest message from MAP Bot shows the current plan.");
        }
        return Long.parseLong(text);
    }

    public static Optional<Long> optionalId(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Optional.of(Long.parseLong(value.strip())) : Optional.empty();
    }
}
