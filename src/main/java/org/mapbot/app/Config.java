package org.mapbot.app;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mapbot.install.EncryptionKeys;
import org.mapbot.ops.LogSetup;
import org.mapbot.webhook.WebhookSettings;

/**
 * Every setting of MAP Bot, read from environment variables (Slack's own names where Bolt has them)
 * and validated before anything starts.
 *
 * <p>{@link #toString()} never prints secrets: configuration ends up in logs.
 *
 * @param listenAddress the address the HTTP server listens on; empty: every interface (Slack must reach a real run)
 * @param metricsToken  the bearer token {@code /metrics} asks for; empty: open to whoever reaches the port
 * @param botToken the one workspace's bot token (single-workspace mode and the sandbox); empty when installing in several
 * @param oauth the "Add to Slack" settings when MAP Bot is installed in several workspaces; empty with one bot token
 * @param webhooks the hosts webhooks may reach over plain http or on private addresses
 * @param hubspotApiUrl where HubSpot's API is ({@code HUBSPOT_API_URL}; tests and the sandbox point it at a stand-in)
 * @param encryptionKeys the keys that encrypt secrets at rest ({@code MAP_ENCRYPTION_KEY}); required with {@code oauth}
 */
public record Config(
        Optional<String> botToken,
        String signingSecret,
        Optional<String> appToken,
        String slackApiUrl,
        Optional<String> databaseUrl,
        Path dataDir,
        int port,
        Optional<String> listenAddress,
        String publicUrl,
        boolean sandbox,
        Optional<String> metricsToken,
        Optional<OAuthSettings> oauth,
        WebhookSettings webhooks,
        String hubspotApiUrl,
        Optional<EncryptionKeys> encryptionKeys) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_HUBSPOT_API_URL = "https://api.hubapi.com";
    /** The sandbox has no sign-in: unless the operator says otherwise, only this machine can open it. */
    public static final String DEFAULT_SANDBOX_HOST = "127.0.0.1";

    public static Config fromEnv(Map<String, String> env) {
        Optional<String> botToken = optional(env, "SLACK_BOT_TOKEN");
        Optional<String> signingSecret = optional(env, "SLACK_SIGNING_SECRET");
        boolean distributed = OAuthSettings.wanted(env);
        if (botToken.isPresent() && distributed) {
            throw new ConfigException("SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are both set: set SLACK_BOT_TOKEN "
                    + "to serve one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install in several, not both");
        }
        boolean sandbox = sandboxWanted(env, botToken.isPresent() || signingSecret.isPresent() || distributed);

        Optional<String> token = sandbox ? Optional.of("xoxb-sandbox") : distributed ? Optional.empty()
                : Optional.of(botToken.orElseThrow(() -> missing(
                "SLACK_BOT_TOKEN", "the bot token (xoxb-...) from your Slack app's OAuth & Permissions page")));
        String secret = sandbox ? randomSecret() : signingSecret.orElseThrow(() -> missing(
                "SLACK_SIGNING_SECRET", "the signing secret from your Slack app's Basic Information page"));
        if (!sandbox && token.isPresent() && !token.get().startsWith("xoxb-")) {
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
        optional(env, LogSetup.FORMAT_VARIABLE).filter(f -> !f.equalsIgnoreCase("text") && !LogSetup.json(f)).ifPresent(f -> {
            throw new ConfigException(LogSetup.FORMAT_VARIABLE + " must be text or json (got '" + f + "')");
        });
        Optional<String> databaseUrl = optional(env, "DATABASE_URL");
        databaseUrl.ifPresent(DatabaseUrl::parse);
        Path dataDir = Path.of(optional(env, "MAP_DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
        int port = port(env);
        Optional<String> listenAddress = listenAddress(env, sandbox);
        String publicUrl = httpUrl(env, "PUBLIC_URL", "http://localhost:" + port);
        if (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        Optional<OAuthSettings> oauth = distributed ? Optional.of(OAuthSettings.fromEnv(env, publicUrl)) : Optional.empty();
        Optional<EncryptionKeys> keys = oauth.map(OAuthSettings::keys).or(() -> OAuthSettings.keys(env));
        return new Config(token, secret, appToken, slackApiUrl, databaseUrl, dataDir, port, listenAddress, publicUrl, sandbox,
                optional(env, "MAP_METRICS_TOKEN"), oauth, WebhookSettings.fromEnv(env),
                httpUrl(env, "HUBSPOT_API_URL", DEFAULT_HUBSPOT_API_URL), keys);
    }

    /** Installed in several workspaces through "Add to Slack", each with its own token. */
    public boolean multiWorkspace() {
        return oauth.isPresent();
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    /**
     * Where the embedded PostgreSQL keeps its data. Real runs keep the folder they always used; the sandbox has a
     * folder of its own, so a demo never runs on (nor leaves its data in) a real workspace's database.
     */
    public Path embeddedDataDir() {
        return sandbox ? dataDir.resolve("sandbox").resolve("postgres") : dataDir.resolve("postgres");
    }

    /** The same settings on another port (the sandbox picks a free one before anything starts). */
    public Config withPort(int newPort) {
        String url = publicUrl.equals("http://localhost:0") ? "http://localhost:" + newPort : publicUrl;
        return new Config(botToken, signingSecret, appToken, slackApiUrl, databaseUrl, dataDir, newPort, listenAddress, url, sandbox,
                metricsToken, oauth, webhooks, hubspotApiUrl, encryptionKeys);
    }

    /** The same settings serving several workspaces with this OAuth client instead of one bot token (the sandbox's). */
    public Config withOAuth(OAuthSettings settings) {
        Optional<EncryptionKeys> keys = encryptionKeys.or(() -> Optional.of(settings.keys()));
        return new Config(Optional.empty(), signingSecret, appToken, slackApiUrl, databaseUrl, dataDir, port, listenAddress, publicUrl,
                sandbox, metricsToken, Optional.of(settings), webhooks, hubspotApiUrl, keys);
    }

    public String selfUrl() {
        String host = listenAddress.filter(address -> !isWildcard(address)).orElse(DEFAULT_SANDBOX_HOST);
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
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
        if (!asked && !anyCredential && optional(env, "DATABASE_URL").isPresent()) {
            // A deployment whose Slack variables went missing must not turn into a demo on its production database.
            throw new ConfigException("DATABASE_URL is set but SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not: "
                    + "set them to serve Slack, or set MAP_SANDBOX=true to run the sandbox on that database");
        }
        return asked || !anyCredential;
    }

    private static Optional<String> listenAddress(Map<String, String> env, boolean sandbox) {
        Optional<String> host = optional(env, "MAP_SANDBOX_HOST");
        if (!sandbox) {
            if (host.isPresent()) {
                throw new ConfigException("MAP_SANDBOX_HOST applies only to the sandbox, which is off because the Slack "
                        + "credentials are set: unset MAP_SANDBOX_HOST");
            }
            return Optional.empty();
        }
        String address = host.orElse(DEFAULT_SANDBOX_HOST);
        if (!isAddressOfThisMachine(address)) {
            throw new ConfigException("MAP_SANDBOX_HOST must be an IP address of this machine, such as 127.0.0.1, "
                    + "or 0.0.0.0 for every interface (got '" + address + "')");
        }
        return Optional.of(address);
    }

    /** An IP literal (never a name: no lookup at start-up) that is a wildcard or belongs to one of this machine's interfaces. */
    private static boolean isAddressOfThisMachine(String address) {
        boolean literal = address.contains(":") && address.matches("[0-9A-Fa-f:.]+(%[\\w.]+)?")
                || address.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
        if (!literal) {
            return false;
        }
        try {
            InetAddress inet = InetAddress.getByName(address);
            return inet.isAnyLocalAddress() || NetworkInterface.getByInetAddress(inet) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }

    private static boolean isWildcard(String address) {
        try {
            return InetAddress.getByName(address).isAnyLocalAddress(); // a checked literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
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

    static String httpUrl(Map<String, String> env, String name, String fallback) {
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
                + ", dataDir=" + dataDir + ", port=" + port + ", listen=" + listenAddress.orElse("every interface")
                + ", publicUrl=" + publicUrl
                + ", socketMode=" + socketMode() + ", sandbox=" + sandbox
                + ", metrics=" + (metricsToken.isPresent() ? "token required" : "open")
                + oauth.map(o -> ", workspaces=several (client " + o.clientId() + ", scopes " + String.join(",", o.scopes())
                + ", redirect " + o.redirectUri() + ")").orElse(", workspaces=one")
                + ", webhooks trust " + webhooks.trustedHosts() + ", hubspot=" + hubspotApiUrl + encryptionKeys.map(k -> ", encryption key " + k.currentId()).orElse("") + "]";
    }
}
