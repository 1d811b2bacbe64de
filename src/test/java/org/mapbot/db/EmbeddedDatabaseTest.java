package org.mapbot.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the embedded PostgreSQL cannot start, one line says why: initdb's or the server's own words. */
class EmbeddedDatabaseTest {

    @Test
    void a_failing_initdb_is_reported_by_its_own_error_line(@TempDir Path dataDir) throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(pgData.resolve("notes.txt"), "not a database");

        assertThatThrownBy(() -> EmbeddedDatabase.start(pgData))
                .hasMessage("the embedded PostgreSQL in " + pgData + " did not start: initdb: error: directory \""
                        + pgData + "\" exists but is not empty; its output is in " + dataDir.resolve("postgres.log"))
                .hasNoCause();
    }

    @Test
    void a_server_that_does_not_start_is_reported_by_its_fatal_line(@TempDir Path dataDir) throws Exception {
        // A half-copied data folder: it looks like a cluster to pg_ctl, the server finds nothing it can use.
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        Files.writeString(pgData.resolve("postgresql.conf"), "");
        Files.writeString(pgData.resolve("PG_VERSION"), "18\n");

        assertThatThrownBy(() -> EmbeddedDatabase.start(pgData))
                .hasMessage("the embedded PostgreSQL in " + pgData + " did not start: FATAL: data directory \""
                        + pgData + "\" has invalid permissions; its output is in "
                        + dataDir.resolve("postgres.log"))
                .hasNoCause();
    }
}
