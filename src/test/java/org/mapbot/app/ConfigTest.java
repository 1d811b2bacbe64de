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
    void the_sandbox_cannot_be_switched_on_next_to_real_credentials() {
        Map<String, String> env = realSlack();
        env.put("MAP_SANDBOX", "true");

        assertThatThrownBy(() -> Config.fromEnv(env)).hasMessageStartingWith("MAP_SANDBOX=true cannot be combined");
        assertThat(Config.fromEnv(realSlack()).sandbox()).isFalse();
    }
}
