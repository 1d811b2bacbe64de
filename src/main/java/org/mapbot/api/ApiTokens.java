package org.mapbot.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.PlanException;

/**
 * Who may call the REST API: tokens that a workspace admin or owner of the installing organisation creates, named,
 * shown once, stored only as their SHA-256 (a token carries 256 random bits, so a plain hash is enough to make a copy
 * of the database useless), and revocable by name.
 */
public final class ApiTokens {
    static final String PREFIX = "mapbot_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    static final String EXAMPLE = "`/map api token create hubspot-sync`";

    private final ApiTokenRepository tokens;
    private final WorkspaceAdmins admins;
    private final SecureRandom random;
    private final Clock clock;

    public ApiTokens(ApiTokenRepository tokens, WorkspaceAdmins admins, SecureRandom random, Clock clock) {
        this.tokens = tokens;
        this.admins = admins;
        this.random = random;
        this.clock = clock;
    }

    /** A new token and the secret to show once. */
    public record Created(ApiToken token, String secret) {
    }

    public Created create(Actor actor, String name) {
        requireAdmin(actor);
        String clean = requireName(name);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.insert(actor.installation().teamId(), actor.installation().enterpriseId(), clean, hash(secret),
                actor.userId(), clock.instant()).orElseThrow(() -> new PlanException("There is already a token named `" + clean
                + "`. Pick another name, or revoke it first: `/map api token revoke " + clean + "`."));
        return new Created(token, secret);
    }

    public List<ApiToken> list(Actor actor) {
        requireAdmin(actor);
        return tokens.live(actor.installation().teamId());
    }

    public void revoke(Actor actor, String name) {
        requireAdmin(actor);
        String clean = requireName(name);
        if (!tokens.revoke(actor.installation().teamId(), clean, actor.userId(), clock.instant())) {
            throw new PlanException("There is no live token named `" + clean + "`. `/map api token list` shows them.");
        }
    }

    /** The live token a bearer value opens; empty for anything else (missing, malformed, unknown, revoked). */
    public Optional<ApiToken> authenticate(String bearer) {
        if (bearer == null || !SHAPE.matcher(bearer).matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.liveByHash(hash(bearer));
        token.ifPresent(t -> tokens.used(t.id(), clock.instant()));
        return token;
    }

    private void requireAdmin(Actor actor) {
        if (!actor.isSeller() || !admins.isAdminOrOwner(actor.installation(), actor.userId())) {
            throw new PlanException("Only an admin or owner of this Slack workspace can manage API tokens: they open every "
                    + "plan of the workspace to whoever holds one.");
        }
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (!NAME.matcher(clean).matches()) {
            throw new PlanException("A token name is 1 to 40 lower-case letters, digits, `.`, `_` or `-`, e.g. " + EXAMPLE + ".");
        }
        return clean;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
