package org.mapbot.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of MAP Bot, read from environment variables (Slack's own names where Bolt has them)
 * and validated before anything starts.
 *
 * <p>{@link #toString()} never prints secrets: configuration ends up in logs.
 */
public record Config(
        String botToken,
        String signingSecret,
        Optional<String> appToken,
        String slackApiUrl,
        Optional<String> databaseUrl,
        Path dataDir,
        int port,
        String publicUrl,
        boolean sandbox) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

    public static Config fromEnv(Map<String, String> env) {
        Optional<String> botToken = optional(env, "SLACK_BOT_TOKEN");
        Optional<String> signingSecret = optional(env, "SLACK_SIGNING_SECRET");
        boolean sandbox = sandboxWanted(env, botToken.isPresent() || signingSecret.isPresent());

        String token = sandbox ? "xoxb-sandbox" : botToken.orElseThrow(() -> missing(
                "SLACK_BOT_TOKEN", "the bot token (xoxb-...) from your Slack app's OAuth & Permissions page"));
        String secret = sandbox ? randomSecret() : signingSecret.orElseThrow(() -> missing(
                "SLACK_SIGNING_SECRET", "the signing secret from your Slack app's Basic Information page"));
        if (!sandbox && !token.startsWith("xoxb-")) {
            throw new ConfigException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
        }

        Optional<String> appToken = optional(env, "SLACK_APP_TOKEN");
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp- (or be unset)");
        }
        if (appToken.isPresent() && sandbox) {
            throw new ConfigException("SLACK_APP_TOKEN cannot be used in the sandbox: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET too");
        }

        String slackApiUrl = httpUrl(env, "SLACK_API_URL", DEFAULT_SLACK_API_URL);
        if (!slackApiUrl.endsWith("/")) {
            slackApiUrl = slackApiUrl + "/";
        }
        Optional<String> databaseUrl = optional(env, "DATABASE_URL");
        databaseUrl.ifPresent(DatabaseUrl::parse);
        Path dataDir = Path.of(optional(env, "MAP_DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
        int port = port(env);
        String publicUrl = httpUrl(env, "PUBLIC_URL", "http://localhost:" + port);
        if (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        return new Config(token, secret, appToken, slackApiUrl, databaseUrl, dataDir, port, publicUrl, sandbox);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    private static boolean sandboxWanted(Map<String, String> env, boolean anyCredential) {
        Optional<String> flag = optional(env, "MAP_SANDBOX").map(v -> v.toLowerCase(Locale.ROOT));
        if (flag.isPresent() && !flag.get().equals("true") && !flag.get().equals("false")) {
            throw new ConfigException("MAP_SANDBOX must be true or false (got '" + flag.get() + "')");
        }
        boolean asked = flag.map("true"::equals).orElse(false);
        if (asked && anyCredential) {
            // A real workspace must never be driven by the sandbox's fake Slack and generated secret.
            throw new ConfigException("MAP_SANDBOX=true cannot be combined with SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET: "
                    + "unset the Slack credentials to use the sandbox");
        }
        if (flag.map("false"::equals).orElse(false)) {
            return false;
        }
        return asked || !anyCredential;
    }

    private static int port(Map<String, String> env) {
        String raw = optional(env, "PORT").orElse("3000");
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("PORT must be a number from 0 to 65535 (got '" + raw + "')");
        }
    }

    private static String httpUrl(Map<String, String> env, String name, String fallback) {
        String raw = optional(env, name).orElse(fallback);
        try {
            URI uri = new URI(raw);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(raw, "not an http(s) URL");
            }
            return raw;
        } catch (URISyntaxException e) {
            throw new ConfigException(name + " must be an http(s) URL such as " + fallback + " (got '" + raw + "')");
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static ConfigException missing(String name, String what) {
        return new ConfigException(name + " is not set: expected " + what
                + " (or leave both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET unset to run the sandbox)");
    }

    @Override
    public String toString() {
        return "Config[slackApiUrl=" + slackApiUrl + ", database=" + databaseUrl.map(DatabaseUrl::redact).orElse("embedded")
                + ", dataDir=" + dataDir + ", port=" + port + ", publicUrl=" + publicUrl
                + ", socketMode=" + socketMode() + ", sandbox=" + sandbox + "]";
    }
}
