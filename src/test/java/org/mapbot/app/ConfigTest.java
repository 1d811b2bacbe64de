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
}
