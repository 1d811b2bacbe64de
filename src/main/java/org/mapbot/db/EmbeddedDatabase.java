package org.mapbot.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started from a Maven artifact, for running without an installed database.
 * Its data lives in the folder it is given and survives restarts; its output goes to a log file beside that folder.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code pgData}, creating the cluster there first if there is none; one clear line if it cannot. */
    public static EmbeddedDatabase start(Path pgData) {
        PostgresLog output = new PostgresLog(pgData.resolveSibling(pgData.getFileName() + ".log"));
        long from = output.end();
        try {
            Files.createDirectories(pgData);
            log.info("Starting embedded PostgreSQL with data in {} (its output in {})", pgData, output.file());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // initdb otherwise takes its locale from LANG and LC_*, and fails when they name one this machine
                    // lacks (common in containers and CI). C exists everywhere; the encoding is UTF-8 (zonky passes -E UTF-8).
                    .setLocaleConfig("locale", "C")
                    // The server's messages stay in English whatever the environment says: failures are reported from them.
                    .setServerConfig("lc_messages", "C")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(output.file().toFile()))
                    // Stopped by the app after its pool, not by a shutdown hook racing the app's own.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    // This is the production default, not a test database: committed means on disk.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException | RuntimeException e) {
            log.debug("Embedded PostgreSQL did not start", e);
            String cause = output.causeSince(from).orElse(e.getMessage());
            String hint = cause.contains("lock") ? " (is another MAP Bot using it? set MAP_DATA_DIR or DATABASE_URL)" : "";
            // No cause attached: the one line is the whole message, and the full output is in the log file.
            throw new IllegalStateException("the embedded PostgreSQL in " + pgData + " did not start: " + cause + hint
                    + "; its output is in " + output.file());
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
