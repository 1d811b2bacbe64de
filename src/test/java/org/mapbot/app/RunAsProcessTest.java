package org.mapbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mapbot.testkit.AppProcess;
import org.mapbot.testkit.CleanDatabase;
import org.mapbot.testkit.FakeSlack;
import org.mapbot.testkit.SlackRequests;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestDatabase;

/** The app as an operator runs it: its own process, a bare environment, stopped by SIGTERM. */
@ExtendWith(CleanDatabase.class)
class RunAsProcessTest {

    private static Map<String, String> bareEnvironment() {
        // No LANG, no LC_*: the JVM's default charset is then ASCII, as under many service managers.
        Map<String, String> env = new HashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("PORT", "0");
        return env;
    }

    @Test
    void without_a_locale_a_signed_utf8_command_is_still_accepted(TestDatabase database) throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            Map<String, String> env = bareEnvironment();
            env.put("SLACK_BOT_TOKEN", "xoxb-process-test");
            env.put("SLACK_SIGNING_SECRET", "process-secret");
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("DATABASE_URL", database.jdbcUrl());
            env.put("MAP_DATA_DIR", Files.createTempDirectory("mapbot").toString());
            try (AppProcess app = AppProcess.start(env)) {
                int port = app.awaitUp();
                SlackRequests requests = new SlackRequests("http://localhost:" + port, "process-secret", Clock.systemUTC(), slack.baseUrl());

                HttpResponse<String> response = requests.command(Slackers.SELLER_USER, Slackers.SELLER_TEAM,
                        Slackers.SHARED_CHANNEL, "help Ünïcødé ✓ — «ok»");

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("/map help");
                assertThat(app.terminate()).isIn(0, 143);
            }
        }
    }

    @Test
    void invalid_configuration_stops_start_up_with_one_clear_line() throws Exception {
        Map<String, String> env = bareEnvironment();
        env.put("SLACK_BOT_TOKEN", "xoxb-x");
        env.put("SLACK_SIGNING_SECRET", "y");
        env.put("DATABASE_URL", "nonsense");
        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit()).isEqualTo(2);
            assertThat(app.output()).containsExactly("MAP Bot cannot start: DATABASE_URL must look like "
                    + "jdbc:postgresql://host:5432/db or postgres://user:pass@host:5432/db (got 'nonsense')");
        }

        env.put("DATABASE_URL", "jdbc:postgresql://localhost:5432/x");
        env.put("PORT", "abc");
        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit()).isEqualTo(2);
            assertThat(app.output()).containsExactly("MAP Bot cannot start: PORT must be a number from 0 to 65535 (got 'abc')");
        }
    }

    @Test
    void a_database_url_without_slack_credentials_stops_start_up_instead_of_opening_the_sandbox_on_that_database() throws Exception {
        Map<String, String> env = bareEnvironment();
        env.put("DATABASE_URL", "jdbc:postgresql://localhost:5432/production");
        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit()).isEqualTo(2);
            assertThat(app.output()).containsExactly("MAP Bot cannot start: DATABASE_URL is set but SLACK_BOT_TOKEN and "
                    + "SLACK_SIGNING_SECRET are not: set them to serve Slack, or set MAP_SANDBOX=true to run the sandbox on that database");
        }
    }

    @Test
    void with_a_locale_the_machine_lacks_the_run_command_still_opens_the_sandbox_on_data_of_its_own() throws Exception {
        Path dataDir = Files.createTempDirectory("mapbot-fresh-clone");
        Map<String, String> env = bareEnvironment();
        // A locale that is named but not installed, as in many containers and CI images: initdb used to stop on it.
        env.put("LANG", "de_DE.UTF-8");
        env.put("LC_ALL", "de_DE.UTF-8");
        env.put("MAP_DATA_DIR", dataDir.toString());
        try (AppProcess app = AppProcess.start(env)) {
            int port = app.awaitUp();
            SlackRequests page = new SlackRequests("http://127.0.0.1:" + port, "unused", Clock.systemUTC(), "http://localhost:1");
            assertThat(page.get("/health").statusCode()).isEqualTo(200);
            assertThat(page.get("/sandbox").statusCode()).isEqualTo(200);
            assertThat(app.terminate()).isIn(0, 143);
        }
        assertThat(dataDir.resolve("sandbox").resolve("postgres").resolve("PG_VERSION")).exists();
        assertThat(dataDir.resolve("postgres")).as("a real run's folder stays untouched").doesNotExist();
    }

    @Test
    void a_real_run_on_the_sandbox_s_database_stops_with_one_clear_line(TestDatabase database) throws Exception {
        database.execute("insert into database_owner (id, kind, claimed_at) values (1, 'sandbox', now())");
        Map<String, String> env = bareEnvironment();
        env.put("SLACK_BOT_TOKEN", "xoxb-process-test");
        env.put("SLACK_SIGNING_SECRET", "process-secret");
        env.put("DATABASE_URL", database.jdbcUrl());
        try (AppProcess app = AppProcess.start(env)) {
            assertThat(app.awaitExit()).isEqualTo(2);
            assertThat(app.output()).last().isEqualTo("MAP Bot cannot start: the database at DATABASE_URL holds the "
                    + "sandbox's data, and this run is for a real Slack workspace: point DATABASE_URL at a database the sandbox never used");
        }
    }

    @Test
    void with_the_embedded_database_the_app_answers_health_and_sigterm_leaves_no_process_behind() throws Exception {
        Path dataDir = Files.createTempDirectory("mapbot-data");
        Map<String, String> env = bareEnvironment();
        env.put("SLACK_BOT_TOKEN", "xoxb-dummy");
        env.put("SLACK_SIGNING_SECRET", "dummy");
        env.put("MAP_DATA_DIR", dataDir.toString());
        try (AppProcess app = AppProcess.start(env)) {
            int port = app.awaitUp();
            SlackRequests requests = new SlackRequests("http://localhost:" + port, "dummy", Clock.systemUTC(), "http://localhost:1");
            assertThat(requests.get("/health").statusCode()).isEqualTo(200);
            // pg_ctl detaches the server from the app's process tree; its pid file says which process it is.
            Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
            long postgresPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postgres = ProcessHandle.of(postgresPid).orElseThrow();
            List<ProcessHandle> children = app.handle().descendants().toList();

            assertThat(app.terminate()).isIn(0, 143);

            postgres.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(postgres.isAlive()).as("embedded PostgreSQL %s", postgresPid).isFalse();
            assertThat(pidFile).doesNotExist();
            for (ProcessHandle child : children) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(children).noneMatch(ProcessHandle::isAlive);
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).as("the data stays for the next start").exists();
    }
}
