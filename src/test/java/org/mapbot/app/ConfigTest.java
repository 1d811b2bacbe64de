package org.mapbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private static Map<String, String> realSlack() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-123-456-abcdef");
        env.put("SLACK_SIGNING_SECRET", "s3cr3t-signing");
        return env;
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {0}")
    @CsvSource(delimiter = '|', value = {
            "PORT          | abc             | PORT must be a number",
            "PORT          | 70000           | PORT must be a number",
            "DATABASE_URL  | nonsense        | DATABASE_URL must look like jdbc:postgresql://",
            "DATABASE_URL  | mysql://x/y     | DATABASE_URL must look like",
            "SLACK_API_URL | not a url       | SLACK_API_URL must be an http(s) URL",
            "PUBLIC_URL    | ftp://host/     | PUBLIC_URL must be an http(s) URL",
            "SLACK_APP_TOKEN | xoxb-wrong    | SLACK_APP_TOKEN must be an app-level token",
            "SLACK_BOT_TOKEN | xoxp-user-token | SLACK_BOT_TOKEN must be a bot token",
            "MAP_SANDBOX   | maybe           | MAP_SANDBOX must be true or false",
    })
    void a_wrong_value_stops_start_up_with_one_line_naming_the_variable(String variable, String value, String message) {
        Map<String, String> env = realSlack();
        env.put(variable, value);

        assertThatThrownBy(() -> Config.fromEnv(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message)
                .hasMessageStartingWith(variable)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_missing_signing_secret_with_a_bot_token_is_refused_rather_than_falling_back_to_the_sandbox() {
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-1");

        assertThatThrownBy(() -> Config.fromEnv(env)).hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
    }

    @Test
    void defaults_apply_when_only_the_slack_credentials_are_set() {
        Config config = Config.fromEnv(realSlack());

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.publicUrl()).isEqualTo("http://localhost:3000");
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.dataDir().toString()).endsWith("data");
        assertThat(config.socketMode()).isFalse();
        assertThat(config.sandbox()).isFalse();
        assertThat(config.listenAddress()).as("Slack must reach a real run: every interface").isEmpty();
        assertThat(config.embeddedDataDir()).isEqualTo(config.dataDir().resolve("postgres"));
    }

    @Test
    void postgres_urls_are_turned_into_jdbc_with_credentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://map:p%40ss@db.internal:6543/mapbot?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/mapbot?sslmode=require");
        assertThat(url.user()).isEqualTo("map");
        assertThat(url.password()).isEqualTo("p@ss");
    }

    @Test
    void secrets_never_appear_in_the_printed_configuration() {
        Map<String, String> env = realSlack();
        env.put("DATABASE_URL", "postgres://map:hunter2@db:5432/mapbot");
        env.put("SLACK_APP_TOKEN", "xapp-1-secret-app-token");

        String printed = Config.fromEnv(env).toString();

        assertThat(printed).doesNotContain("xoxb-123").doesNotContain("s3cr3t").doesNotContain("hunter2")
                .doesNotContain("xapp-1-secret").contains("socketMode=true");
    }

    @Test
    void without_slack_credentials_the_sandbox_runs_with_a_generated_secret() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.sandbox()).isTrue();
        assertThat(config.signingSecret()).hasSize(64);
        assertThat(Config.fromEnv(Map.of()).signingSecret()).isNotEqualTo(config.signingSecret());
    }

    @Test
    void the_sandbox_listens_on_loopback_only_and_keeps_its_data_apart_from_real_runs() {
        Config config = Config.fromEnv(Map.of());

        assertThat(config.listenAddress()).contains("127.0.0.1");
        assertThat(config.selfUrl()).isEqualTo("http://127.0.0.1:3000");
        assertThat(config.embeddedDataDir()).isEqualTo(config.dataDir().resolve("sandbox").resolve("postgres"));
        assertThat(config.toString()).contains("listen=127.0.0.1");
    }

    @Test
    void the_sandbox_listens_elsewhere_only_when_MAP_SANDBOX_HOST_says_so() {
        Config everywhere = Config.fromEnv(Map.of("MAP_SANDBOX_HOST", "0.0.0.0"));

        assertThat(everywhere.listenAddress()).contains("0.0.0.0");
        assertThat(everywhere.selfUrl()).as("the sandbox still calls itself on loopback").isEqualTo("http://127.0.0.1:3000");
        assertThat(Config.fromEnv(Map.of("MAP_SANDBOX_HOST", "127.0.0.1")).listenAddress()).contains("127.0.0.1");
    }

    @ParameterizedTest(name = "MAP_SANDBOX_HOST={0} is refused")
    @CsvSource({"localhost", "mapbot.example.com", "300.1.1.1", "1.2.3", "127.0.0.1:3000", "::g", "203.0.113.77"})
    void MAP_SANDBOX_HOST_must_be_an_ip_address_of_this_machine(String value) {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("MAP_SANDBOX_HOST", value)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("MAP_SANDBOX_HOST must be an IP address of this machine, such as 127.0.0.1, "
                        + "or 0.0.0.0 for every interface (got '" + value + "')");
    }

    @Test
    void MAP_SANDBOX_HOST_is_refused_when_the_sandbox_is_off() {
        Map<String, String> env = realSlack();
        env.put("MAP_SANDBOX_HOST", "127.0.0.1");

        assertThatThrownBy(() -> Config.fromEnv(env)).isInstanceOf(ConfigException.class)
                .hasMessage("MAP_SANDBOX_HOST applies only to the sandbox, which is off because the Slack credentials "
                        + "are set: unset MAP_SANDBOX_HOST");
    }

    @Test
    void a_database_url_without_slack_credentials_stops_start_up_unless_the_sandbox_is_asked_for() {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "postgres://map:hunter2@db:5432/mapbot"));

        assertThatThrownBy(() -> Config.fromEnv(env)).isInstanceOf(ConfigException.class)
                .hasMessage("DATABASE_URL is set but SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not: "
                        + "set them to serve Slack, or set MAP_SANDBOX=true to run the sandbox on that database");

        env.put("MAP_SANDBOX", "true");
        assertThat(Config.fromEnv(env).sandbox()).isTrue();
    }

    @Test
    void the_sandbox_cannot_be_switched_on_next_to_real_credentials() {
        Map<String, String> env = realSlack();
        env.put("MAP_SANDBOX", "true");

        assertThatThrownBy(() -> Config.fromEnv(env)).hasMessageStartingWith("MAP_SANDBOX=true cannot be combined");
        assertThat(Config.fromEnv(realSlack()).sandbox()).isFalse();
    }

    private static Map<String, String> severalWorkspaces() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_CLIENT_ID", "1111111111.2222222222");
        env.put("SLACK_CLIENT_SECRET", "client-s3cr3t");
        env.put("SLACK_SIGNING_SECRET", "s3cr3t-signing");
        env.put("MAP_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        env.put("PUBLIC_URL", "https://mapbot.example.com");
        return env;
    }

    @Test
    void the_client_id_and_secret_switch_to_several_workspaces_with_the_manifest_scopes_and_the_public_redirect_url() {
        Config config = Config.fromEnv(severalWorkspaces());

        assertThat(config.multiWorkspace()).isTrue();
        assertThat(config.sandbox()).isFalse();
        assertThat(config.botToken()).isEmpty();
        OAuthSettings oauth = config.oauth().orElseThrow();
        assertThat(oauth.scopes()).isEqualTo(OAuthSettings.MANIFEST_SCOPES);
        assertThat(oauth.redirectUri()).isEqualTo("https://mapbot.example.com/slack/oauth_redirect");
        assertThat(Config.fromEnv(realSlack()).multiWorkspace()).as("a bot token: one workspace, as before").isFalse();
    }

    @Test
    void the_default_scopes_are_the_bot_scopes_of_the_manifest() throws java.io.IOException {
        String manifest = java.nio.file.Files.readString(java.nio.file.Path.of("manifest.yml"));
        String bot = manifest.substring(manifest.indexOf("    bot:"), manifest.indexOf("settings:"));
        java.util.List<String> scopes = bot.lines().map(String::strip).filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2).split("\\s+")[0]).toList();

        assertThat(OAuthSettings.MANIFEST_SCOPES).containsExactlyElementsOf(scopes);
    }

    @Test
    void scopes_and_the_redirect_url_can_be_set() {
        Map<String, String> env = severalWorkspaces();
        env.put("SLACK_SCOPES", "commands, chat:write");
        env.put("SLACK_REDIRECT_URI", "https://install.example.com/slack/oauth_redirect");

        OAuthSettings oauth = Config.fromEnv(env).oauth().orElseThrow();

        assertThat(oauth.scopes()).containsExactly("commands", "chat:write");
        assertThat(oauth.redirectUri()).isEqualTo("https://install.example.com/slack/oauth_redirect");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "SLACK_BOT_TOKEN             | xoxb-1-2-3                                   | SLACK_BOT_TOKEN and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET are both set",
            "SLACK_CLIENT_SECRET         |                                              | SLACK_CLIENT_SECRET is not set",
            "SLACK_CLIENT_ID             |                                              | SLACK_CLIENT_ID is not set",
            "SLACK_CLIENT_ID             | my-app                                       | SLACK_CLIENT_ID must be the Client ID",
            "SLACK_SIGNING_SECRET        |                                              | SLACK_SIGNING_SECRET is not set",
            "MAP_ENCRYPTION_KEY          |                                              | MAP_ENCRYPTION_KEY is not set: expected 32 random bytes in base64",
            "MAP_ENCRYPTION_KEY          | c2hvcnQ=                                     | MAP_ENCRYPTION_KEY must be 32 random bytes in base64, such as the output of: openssl rand -base64 32 (it decodes to 5 bytes)",
            "MAP_ENCRYPTION_KEY          | not base64 at all!                           | MAP_ENCRYPTION_KEY must be 32 random bytes in base64, such as the output of: openssl rand -base64 32 (it is not valid base64)",
            "MAP_ENCRYPTION_KEY_PREVIOUS | c2hvcnQ=                                     | MAP_ENCRYPTION_KEY_PREVIOUS must be 32 random bytes",
            "MAP_ENCRYPTION_KEY_PREVIOUS | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= | MAP_ENCRYPTION_KEY_PREVIOUS is the same key as MAP_ENCRYPTION_KEY",
            "SLACK_SCOPES                | commands;chat:write                          | SLACK_SCOPES must be bot scopes separated by commas",
            "SLACK_REDIRECT_URI          | https://mapbot.example.com/elsewhere         | SLACK_REDIRECT_URI must end with /slack/oauth_redirect",
            "MAP_SANDBOX                 | true                                         | MAP_SANDBOX=true cannot be combined",
    })
    void a_wrong_or_missing_setting_of_several_workspaces_stops_start_up_with_one_line(String variable, String value, String message) {
        Map<String, String> env = severalWorkspaces();
        if (value == null) {
            env.remove(variable);
        } else {
            env.put(variable, value);
        }

        assertThatThrownBy(() -> Config.fromEnv(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("client-s3cr3t")
                        .doesNotContain(env.getOrDefault("MAP_ENCRYPTION_KEY", "no key set")));
    }

    @Test
    void the_client_secret_and_the_keys_never_appear_in_the_printed_configuration() {
        Map<String, String> env = severalWorkspaces();
        String key = java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        env.put("MAP_ENCRYPTION_KEY", key);

        String printed = Config.fromEnv(env).toString();

        assertThat(printed).contains("workspaces=several").contains("1111111111.2222222222")
                .doesNotContain("client-s3cr3t").doesNotContain(key).doesNotContain("s3cr3t-signing");
    }
}
