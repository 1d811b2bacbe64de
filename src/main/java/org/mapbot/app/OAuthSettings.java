package org.mapbot.app;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.install.InstallRoutes;

/**
 * The settings of multi-workspace mode, where each workspace installs MAP Bot with "Add to Slack": the app's OAuth
 * client (Bolt's own variable names), the bot scopes it asks for, where Slack sends the browser back, and the key that
 * encrypts every workspace's tokens in the database.
 *
 * <p>{@link #toString()} never prints the client secret or the keys.
 */
public record OAuthSettings(String clientId, String clientSecret, List<String> scopes, String redirectUri, EncryptionKeys keys,
                            java.time.Duration installationCache) {

    /** The bot scopes of {@code manifest.yml}; a test keeps the two lists equal. */
    public static final List<String> MANIFEST_SCOPES = List.of("commands", "chat:write", "im:write", "users:read",
            "channels:read", "groups:read", "files:write", "team:read", "conversations.connect:read");
    private static final String REDIRECT_PATH = InstallRoutes.REDIRECT_PATH;
    private static final String KEY_EXAMPLE = "32 random bytes in base64, such as the output of: openssl rand -base64 32";

    static boolean wanted(Map<String, String> env) {
        return Config.optional(env, "SLACK_CLIENT_ID").isPresent() || Config.optional(env, "SLACK_CLIENT_SECRET").isPresent();
    }

    static OAuthSettings fromEnv(Map<String, String> env, String publicUrl) {
        String clientId = Config.optional(env, "SLACK_CLIENT_ID").orElseThrow(() -> new ConfigException(
                "SLACK_CLIENT_ID is not set: expected the Client ID from your Slack app's Basic Information page "
                        + "(set with SLACK_CLIENT_SECRET to install MAP Bot in several workspaces)"));
        if (!clientId.matches("[0-9]{1,20}\\.[0-9]{1,20}")) {
            throw new ConfigException("SLACK_CLIENT_ID must be the Client ID from your Slack app's Basic Information page, "
                    + "such as 1234567890.0987654321");
        }
        String clientSecret = Config.optional(env, "SLACK_CLIENT_SECRET").orElseThrow(() -> new ConfigException(
                "SLACK_CLIENT_SECRET is not set: expected the Client Secret from your Slack app's Basic Information page"));
        EncryptionKeys keys = keys(env).orElseThrow(() -> new ConfigException(
                "MAP_ENCRYPTION_KEY is not set: expected " + KEY_EXAMPLE + " (it encrypts the workspaces' tokens in the database)"));
        return new OAuthSettings(clientId, clientSecret, scopes(env), redirectUri(env, publicUrl), keys, installationCache(env));
    }

    /** How long an instance keeps an installation it looked up (0 to 300 seconds, default 30; 0: not at all). */
    private static java.time.Duration installationCache(Map<String, String> env) {
        Optional<String> raw = Config.optional(env, "MAP_INSTALLATION_CACHE_SECONDS");
        if (raw.isEmpty()) {
            return org.mapbot.install.InstallationCache.TTL;
        }
        if (!raw.get().matches("\\d{1,3}") || Integer.parseInt(raw.get()) > 300) {
            throw new ConfigException("MAP_INSTALLATION_CACHE_SECONDS must be a number of seconds from 0 to 300, such as 30 "
                    + "(got '" + raw.get() + "')");
        }
        return java.time.Duration.ofSeconds(Integer.parseInt(raw.get()));
    }

    /**
     * {@code MAP_ENCRYPTION_KEY} (and its predecessor) when set: required with "Add to Slack", and used in single-workspace
     * runs too for the other secrets kept at rest (webhook secrets, the HubSpot token).
     */
    static Optional<EncryptionKeys> keys(Map<String, String> env) {
        Optional<byte[]> key = key(env, "MAP_ENCRYPTION_KEY");
        Optional<byte[]> previous = key(env, "MAP_ENCRYPTION_KEY_PREVIOUS");
        if (key.isPresent() && previous.isPresent() && Arrays.equals(previous.get(), key.get())) {
            throw new ConfigException("MAP_ENCRYPTION_KEY_PREVIOUS is the same key as MAP_ENCRYPTION_KEY: set it to the key "
                    + "being replaced, or unset it");
        }
        return key.map(k -> new EncryptionKeys(k, previous));
    }

    private static Optional<byte[]> key(Map<String, String> env, String name) {
        Optional<String> raw = Config.optional(env, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(raw.get());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + " must be " + KEY_EXAMPLE + " (it is not valid base64)");
        }
        if (key.length != EncryptionKeys.KEY_BYTES) {
            throw new ConfigException(name + " must be " + KEY_EXAMPLE + " (it decodes to " + key.length + " bytes)");
        }
        return Optional.of(key);
    }

    private static List<String> scopes(Map<String, String> env) {
        Optional<String> raw = Config.optional(env, "SLACK_SCOPES");
        if (raw.isEmpty()) {
            return MANIFEST_SCOPES;
        }
        List<String> scopes = Arrays.stream(raw.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (scopes.isEmpty() || scopes.stream().anyMatch(s -> !s.matches("[a-z][a-z0-9_.:-]{1,60}"))) {
            throw new ConfigException("SLACK_SCOPES must be bot scopes separated by commas, such as commands,chat:write "
                    + "(got '" + raw.get() + "')");
        }
        return scopes;
    }

    private static String redirectUri(Map<String, String> env, String publicUrl) {
        Optional<String> raw = Config.optional(env, "SLACK_REDIRECT_URI");
        if (raw.isEmpty()) {
            return publicUrl + REDIRECT_PATH;
        }
        String uri = Config.httpUrl(env, "SLACK_REDIRECT_URI", publicUrl + REDIRECT_PATH);
        if (!uri.endsWith(REDIRECT_PATH)) {
            // Only this path completes an install; Slack would send the browser somewhere that cannot.
            throw new ConfigException("SLACK_REDIRECT_URI must end with " + REDIRECT_PATH + ", such as " + publicUrl
                    + REDIRECT_PATH + " (got '" + uri + "')");
        }
        return uri;
    }

    @Override
    public String toString() {
        return "OAuthSettings[clientId=" + clientId + ", scopes=" + scopes + ", redirectUri=" + redirectUri + "]";
    }
}
