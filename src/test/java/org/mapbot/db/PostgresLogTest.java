package org.mapbot.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line of initdb's, pg_ctl's and the server's output says why a start failed. */
class PostgresLogTest {

    @Test
    void initdb_names_its_error() {
        assertThat(PostgresLog.cause(List.of(
                "The files belonging to this database system will be owned by user \"nobody\".",
                "This user must also own the server process.",
                "",
                "initdb: error: invalid locale settings; check LANG and LC_* environment variables")))
                .contains("initdb: error: invalid locale settings; check LANG and LC_* environment variables");
    }

    @Test
    void the_bad_setting_comes_before_the_fatal_line_it_causes_and_the_timestamp_goes() {
        assertThat(PostgresLog.cause(List.of(
                "waiting for server to start....2026-12-01 20:15:39.042 UTC [20172] LOG:  invalid value for parameter \"lc_messages\": \"de_DE.UTF-8\"",
                "2026-12-01 20:15:39.042 UTC [20172] FATAL:  configuration file \"/data/postgres/postgresql.conf\" contains errors",
                " stopped waiting",
                "pg_ctl: could not start server",
                "Examine the log output.")))
                .contains("LOG: invalid value for parameter \"lc_messages\": \"de_DE.UTF-8\"");
    }

    @Test
    void a_fatal_line_wins_over_the_hint_after_it() {
        assertThat(PostgresLog.cause(List.of(
                "2026-12-01 20:15:39.042 UTC [20172] FATAL:  lock file \"postmaster.pid\" already exists",
                "2026-12-01 20:15:39.042 UTC [20172] HINT:  Is another postmaster (PID 77) running in data directory \"/data/postgres\"?")))
                .contains("FATAL: lock file \"postmaster.pid\" already exists");
    }

    @Test
    void without_an_error_line_the_last_line_is_the_cause_and_without_output_there_is_none() {
        assertThat(PostgresLog.cause(List.of("pg_ctl: directory \"/data/postgres\" is not a database cluster directory", "")))
                .contains("pg_ctl: directory \"/data/postgres\" is not a database cluster directory");
        assertThat(PostgresLog.cause(List.of("", "  "))).isEmpty();
    }
}
