package org.mapbot.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real PostgreSQL for the whole test run, migrated by the same scripts as production;
 * {@link #reset()} gives each test a clean database.
 */
public final class TestDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final EmbeddedPostgres postgres;

    private TestDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The run's database, started on first use and stopped when the test run ends. */
    public static TestDatabase shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabase.class, key -> start(), TestDatabase.class);
    }

    /** A database of its own, for tests that stop it. */
    public static TestDatabase start() {
        try {
            TestDatabase database = new TestDatabase(EmbeddedPostgres.builder().start());
            Flyway.configure().dataSource(database.postgres.getPostgresDatabase())
                    .locations("classpath:db/migration").load().migrate();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** A new, empty database on the run's server (dropped first if a previous run left it), for a schema of its own. */
    public String createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
            return postgres.getJdbcUrl("postgres", name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }

    /** Runs one statement, for a test that sets up what the app should find. */
    public void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    /** Empties every table of the app (not the migration history), so a test starts from nothing. */
    public void reset() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'flyway_schema_history' and tablename not like 'qrtz\\_%'")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\"");
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the test database", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
