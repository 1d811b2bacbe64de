package org.mapbot.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack's side of installing MAP Bot in the sandbox: the codes its consent page hands out, what {@code oauth.v2.access}
 * exchanges them for, and the bot token each workspace holds until it uninstalls. Every method is atomic.
 */
final class WorkspaceTokens {
    /**
     * The token of the workspace installed at start. Fixed, so a script or test can call the stand-in as that
     * workspace's bot; every later install gets a random one, as from Slack.
     */
    static final String FIRST_TOKEN = "xoxb-sandbox";
    /** Slack's codes are good for 10 minutes and once. */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** A code the consent page handed out: for which workspace, to which redirect URI, with which scopes. */
    private record Code(String teamId, String redirectUri, String scopes, Instant issued, boolean used) {
    }

    /** What {@code oauth.v2.access} gives for a code: a workspace's token, or Slack's error. */
    sealed interface Exchange {
        record Issued(Organisation team, String token, String scopes) implements Exchange {
        }

        record Refused(String error) implements Exchange {
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> teamOfToken = new HashMap<>();
    private final Map<String, Code> codes = new HashMap<>();
    private final Set<String> everInstalled = new LinkedHashSet<>();
    private long version;

    WorkspaceTokens(Clock clock) {
        this.clock = clock;
    }

    /** The workspace installed when the sandbox starts, with {@link #FIRST_TOKEN}. */
    synchronized String installedAtStart(Organisation team) {
        teamOfToken.put(FIRST_TOKEN, team.teamId());
        everInstalled.add(team.teamId());
        version++;
        return FIRST_TOKEN;
    }

    synchronized String newCode(Organisation team, String redirectUri, String scopes) {
        String code = "sandbox." + hex(12);
        codes.put(code, new Code(team.teamId(), redirectUri, scopes, clock.instant(), false));
        return code;
    }

    /** Slack's rules: a code is spent once, within its lifetime, with the redirect URI it was issued for. */
    synchronized Exchange exchange(String code, String redirectUri) {
        Code found = code == null ? null : codes.get(code);
        if (found == null || clock.instant().isAfter(found.issued().plus(CODE_LIFETIME))) {
            return new Exchange.Refused("invalid_code");
        }
        if (found.used()) {
            return new Exchange.Refused("code_already_used");
        }
        if (redirectUri != null && !redirectUri.equals(found.redirectUri())) {
            return new Exchange.Refused("bad_redirect_uri");
        }
        codes.put(code, new Code(found.teamId(), found.redirectUri(), found.scopes(), found.issued(), true));
        Organisation team = SandboxCast.organisation(found.teamId()).orElseThrow();
        String token = tokenOf(found.teamId()).orElseGet(() -> {
            String issued = "xoxb-" + hex(6) + "-" + hex(6) + "-" + hex(12);
            teamOfToken.put(issued, found.teamId());
            return issued;
        });
        everInstalled.add(found.teamId());
        version++;
        return new Exchange.Issued(team, token, found.scopes());
    }

    /** The workspace whose installation holds this token; empty for one never issued or revoked. */
    synchronized Optional<Organisation> teamOf(String token) {
        return Optional.ofNullable(token == null ? null : teamOfToken.get(token)).flatMap(SandboxCast::organisation);
    }

    /** Uninstalling: the workspace's token stops working. False when it held none. */
    synchronized boolean revoke(Organisation team) {
        boolean removed = teamOfToken.values().removeIf(team.teamId()::equals);
        version++;
        return removed;
    }

    synchronized boolean installed(Organisation team) {
        return teamOfToken.containsValue(team.teamId());
    }

    /** Installed now or before: the page keeps showing a workspace that uninstalled, with its plans paused. */
    synchronized boolean everInstalled(Organisation team) {
        return everInstalled.contains(team.teamId());
    }

    synchronized long version() {
        return version;
    }

    private Optional<String> tokenOf(String teamId) {
        return teamOfToken.entrySet().stream().filter(e -> e.getValue().equals(teamId)).map(Map.Entry::getKey).findFirst();
    }

    private String hex(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
