package org.mapbot.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.mapbot.app.DatabaseUrl;

/** The connection pool, the migrated schema and jOOQ, over an external or embedded PostgreSQL. */
public final class Database implements AutoCloseable {
    static {
        // jOOQ prints its logo and a "tip of the day" on first use: not in a service's logs.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Optional<EmbeddedDatabase> embedded;
    private final Flyway flyway;

    private Database(HikariDataSource dataSource, DSLContext dsl, Optional<EmbeddedDatabase> embedded) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.embedded = embedded;
        this.flyway = flyway(dataSource);
    }

    /**
     * Connects (starting the embedded database, with its data in {@code embeddedDir}, when there is no URL), makes
     * sure the database belongs to this kind of run, migrates with the scripts in db/ and claims it.
     */
    public static Database open(Optional<String> databaseUrl, Path embeddedDir, DatabaseOwnership ownership,
                                ExecuteListener... listeners) {
        Optional<EmbeddedDatabase> embedded = databaseUrl.isEmpty() ? Optional.of(EmbeddedDatabase.start(embeddedDir)) : Optional.empty();
        HikariDataSource dataSource = null;
        try {
            DatabaseUrl url = databaseUrl.map(DatabaseUrl::parse)
                    .orElseGet(() -> new DatabaseUrl(embedded.get().jdbcUrl(), null, null));
            HikariConfig hikari = new HikariConfig();
            hikari.setJdbcUrl(url.jdbcUrl());
            if (url.user() != null) {
                hikari.setUsername(url.user());
            }
            if (url.password() != null) {
                hikari.setPassword(url.password());
            }
            hikari.setPoolName("mapbot");
            hikari.setMaximumPoolSize(16);
            hikari.setConnectionTimeout(5_000);
            hikari.setInitializationFailTimeout(10_000);
            dataSource = new HikariDataSource(hikari);
            Optional<Path> where = embedded.map(started -> embeddedDir);
            DSLContext unlisted = DSL.using(dataSource, SQLDialect.POSTGRES);
            ownership.refuseForeign(unlisted, where);
            migrate(dataSource);
            ownership.claim(unlisted, where);
            DefaultConfiguration jooq = new DefaultConfiguration();
            jooq.set(dataSource);
            jooq.set(SQLDialect.POSTGRES);
            jooq.settings().withExecuteLogging(false);
            if (listeners.length > 0) {
                jooq.set(listeners);
            }
            return new Database(dataSource, DSL.using(jooq), embedded);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    /** True when every migration in db/ is applied to the database this pool reaches (none pending, none failed). */
    public boolean isMigrated() {
        try {
            MigrationInfoService info = flyway.info();
            return info.current() != null && !info.current().getState().isFailed() && info.pending().length == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
