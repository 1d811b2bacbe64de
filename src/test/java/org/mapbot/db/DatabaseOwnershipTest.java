package org.mapbot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mapbot.app.Config;
import org.mapbot.app.ConfigException;
import org.mapbot.app.MapBot;
import org.mapbot.testkit.CleanDatabase;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.TestDatabase;

/** The sandbox and real runs never share a database: the first claims it, the other kind is refused with one line. */
@ExtendWith(CleanDatabase.class)
class DatabaseOwnershipTest {
    private static final String REFUSED_SANDBOX_DATA = "the database at DATABASE_URL holds the sandbox's data, and this run "
            + "is for a real Slack workspace: point DATABASE_URL at a database the sandbox never used";
    private static final String REFUSED_REAL_DATA = "the database at DATABASE_URL holds a real Slack workspace's data, and "
            + "this run is the sandbox: unset DATABASE_URL to give the sandbox its own embedded database";

    private static FakeSlack slack;

    @BeforeAll
    static void startSlack() {
        slack = new FakeSlack();
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @Test
    void a_real_run_refuses_a_database_the_sandbox_claimed(TestDatabase database) throws Exception {
        start(sandbox(Optional.of(database.jdbcUrl()), temporaryFolder())).close();

        assertThatThrownBy(() -> start(real(Optional.of(database.jdbcUrl()), temporaryFolder())))
                .isInstanceOf(ConfigException.class).hasMessage(REFUSED_SANDBOX_DATA);
    }

    @Test
    void the_sandbox_refuses_a_database_a_real_run_claimed(TestDatabase database) throws Exception {
        start(real(Optional.of(database.jdbcUrl()), temporaryFolder())).close();

        assertThatThrownBy(() -> start(sandbox(Optional.of(database.jdbcUrl()), temporaryFolder())))
                .isInstanceOf(ConfigException.class).hasMessage(REFUSED_REAL_DATA);
    }

    @ParameterizedTest(name = "plans of team {0} make a database from before the marker the {1}'s")
    @CsvSource({"T0SELLER, sandbox", "T01ACMEREAL, real run"})
    void a_database_from_before_the_marker_is_judged_by_its_plans_and_a_refused_run_leaves_it_unmigrated(
            String teamId, String owner, TestDatabase database) throws Exception {
        String url = database.createDatabase("before_marker");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("4").load().migrate();
        execute(url, "insert into plan (team_id, channel_id, title, owner_user_id, start_date, time_zone, created_at, updated_at) "
                + "values ('" + teamId + "', 'C1', 'Rollout', 'U1', date '2026-11-30', 'UTC', now(), now())");
        boolean sandboxOwns = owner.equals("sandbox");

        Map<String, String> refused = sandboxOwns ? real(Optional.of(url), temporaryFolder()) : sandbox(Optional.of(url), temporaryFolder());
        assertThatThrownBy(() -> start(refused)).isInstanceOf(ConfigException.class)
                .hasMessage(sandboxOwns ? REFUSED_SANDBOX_DATA : REFUSED_REAL_DATA);
        assertThat(query(url, "select max(version::int) from flyway_schema_history")).isEqualTo("4");

        start(sandboxOwns ? sandbox(Optional.of(url), temporaryFolder()) : real(Optional.of(url), temporaryFolder())).close();
        assertThat(query(url, "select kind from database_owner")).isEqualTo(sandboxOwns ? "sandbox" : "slack");
    }

    @Test
    void on_one_data_folder_the_sandbox_and_a_real_run_keep_separate_databases_and_old_sandbox_data_is_refused() throws Exception {
        Path dataDir = temporaryFolder();
        start(sandbox(Optional.empty(), dataDir)).close();
        start(real(Optional.empty(), dataDir)).close();

        assertThat(dataDir.resolve("sandbox/postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        // Where a real run looks, the sandbox's data as an earlier version left it in ./data/postgres.
        Path earlier = temporaryFolder();
        Files.move(dataDir.resolve("sandbox/postgres"), earlier.resolve("postgres"));
        assertThatThrownBy(() -> start(real(Optional.empty(), earlier))).isInstanceOf(ConfigException.class)
                .hasMessage("the embedded database in " + earlier.resolve("postgres") + " holds the sandbox's data, and "
                        + "this run is for a real Slack workspace: move " + earlier.resolve("postgres")
                        + " away (or set MAP_DATA_DIR to another folder) to start with an empty database");
    }

    private static MapBot start(Map<String, String> env) {
        return MapBot.start(Config.fromEnv(env), Clock.systemUTC());
    }

    private static Map<String, String> sandbox(Optional<String> databaseUrl, Path dataDir) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "MAP_DATA_DIR", dataDir.toString()));
        databaseUrl.ifPresent(url -> {
            env.put("DATABASE_URL", url);
            env.put("MAP_SANDBOX", "true");
        });
        return env;
    }

    private static Map<String, String> real(Optional<String> databaseUrl, Path dataDir) {
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "MAP_DATA_DIR", dataDir.toString()));
        databaseUrl.ifPresent(url -> env.put("DATABASE_URL", url));
        return env;
    }

    private static Path temporaryFolder() throws Exception {
        return Files.createTempDirectory("mapbot-owner");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
