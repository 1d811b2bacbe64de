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
    }

    private final Installations installations;

    public InteractionReader(Installations installations) {
        this.installations = installations;
    }

    /** The installation the request was delivered for (Bolt's authorized team); in single-workspace mode, the one. */
    public Installation installation() {
        return installations.serving(null, null);
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
        Installation serving = installations.serving(enterpriseId, teamId);
        return new InteractionReader((e, t) -> serving);
    }

    public Interaction command(SlashCommandPayload p) {
        Actor actor = actor(p.getUserId(), p.getTeamId(), p.getEnterpriseId(), p.getTeamId());
        return new Interaction(actor, Origin.command(channel(p.getChannelId())), p.getTriggerId());
    }

    public Interaction click(BlockActionPayload p) {
        if (p.getUser() == null) {
            throw new Refusal(MALFORMED);
        }
        // For someone of another organisation, user.team_id is theirs and team.id may be either: prefer the user's.
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        Actor actor = actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getTeam() == null ? team : p.getTeam().getId());
        return new Interaction(actor, origin(p), p.getTriggerId());
    }

    public Interaction submission(ViewSubmissionPayload p) {
        if (p.getUser() == null || p.getView() == null) {
            throw new Refusal(MALFORMED);
        }
        String team = p.getUser().getTeamId() != null ? p.getUser().getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
        return new Interaction(actor(p.getUser().getId(), team, p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                installedTeam(p.getView(), team)), Origin.modal(), p.getTriggerId());
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
        if (userId == null || !USER.matcher(userId).matches() || teamId == null || !TEAM.matcher(teamId).matches()
                || (enterpriseId != null && !enterpriseId.isEmpty() && !ENTERPRISE.matcher(enterpriseId).matches())) {
            throw new Refusal(MALFORMED);
        }
        LogContext.team(teamId);
        String enterprise = enterpriseId == null || enterpriseId.isEmpty() ? null : enterpriseId;
        return new Actor(userId, teamId, enterprise, installations.serving(enterprise, requestTeamId));
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
