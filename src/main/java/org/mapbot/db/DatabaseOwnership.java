package org.mapbot.db;

import static org.mapbot.db.generated.Tables.DATABASE_OWNER;
import static org.mapbot.db.generated.Tables.PLAN;

import java.nio.file.Path;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mapbot.app.ConfigException;

/**
 * Keeps the sandbox and real runs on separate databases. The first run on a database claims it (the one row of
 * {@code database_owner}); a run of the other kind is refused before it migrates or changes anything, so the sandbox's
 * stand-in Slack never takes a real reminder and a real workspace never serves demo plans.
 *
 * <p>A database from before the marker is judged by its plans: if all of them belong to the sandbox's own
 * organisation it is the sandbox's, if any belongs to another team it is a real workspace's, and an empty one is
 * claimed by whoever comes first.
 */
public final class DatabaseOwnership {
    private final RunKind run;
    private final String sandboxTeamId;

    /**
     * @param run           the kind of this run
     * @param sandboxTeamId the team id of the sandbox's installing organisation, which no real workspace has
     */
    public DatabaseOwnership(RunKind run, String sandboxTeamId) {
        this.run = run;
        this.sandboxTeamId = sandboxTeamId;
    }

    /**
     * Refuses a database that belongs to the other kind of run. Called before migrating: a refused run leaves the
     * database exactly as it found it.
     *
     * @param embeddedDir the embedded database's folder, or empty for {@code DATABASE_URL}: the message names it
     */
    void refuseForeign(DSLContext dsl, Optional<Path> embeddedDir) {
        Optional<RunKind> owner = recordedOwner(dsl).or(() -> ownerByPlans(dsl));
        if (owner.isPresent() && owner.get() != run) {
            throw refusal(owner.get(), embeddedDir);
        }
    }

    /** Records this run as the owner of the migrated database, unless one is recorded; refuses if another kind got there first. */
    void claim(DSLContext dsl, Optional<Path> embeddedDir) {
        dsl.insertInto(DATABASE_OWNER)
                .set(DATABASE_OWNER.ID, 1)
                .set(DATABASE_OWNER.KIND, run.code)
                .set(DATABASE_OWNER.CLAIMED_AT, DSL.currentOffsetDateTime())
                .onConflictDoNothing()
                .execute();
        RunKind owner = RunKind.of(dsl.select(DATABASE_OWNER.KIND).from(DATABASE_OWNER).fetchSingle(DATABASE_OWNER.KIND));
        if (owner != run) {
            throw refusal(owner, embeddedDir);
        }
    }

    private static Optional<RunKind> recordedOwner(DSLContext dsl) {
        if (!tableExists(dsl, "database_owner")) {
            return Optional.empty();
        }
        return dsl.select(DATABASE_OWNER.KIND).from(DATABASE_OWNER).fetchOptional(DATABASE_OWNER.KIND).map(RunKind::of);
    }

    private Optional<RunKind> ownerByPlans(DSLContext dsl) {
        if (!tableExists(dsl, "plan")) {
            return Optional.empty();
        }
        if (dsl.fetchExists(PLAN, PLAN.TEAM_ID.ne(sandboxTeamId))) {
            return Optional.of(RunKind.SLACK);
        }
        return dsl.fetchExists(PLAN) ? Optional.of(RunKind.SANDBOX) : Optional.empty();
    }

    private static boolean tableExists(DSLContext dsl, String table) {
        // Resolved on the search path, as jOOQ's unqualified names and Flyway's migrations are.
        return Boolean.TRUE.equals(dsl.fetchValue("select to_regclass(?) is not null", table));
    }

    private ConfigException refusal(RunKind owner, Optional<Path> embeddedDir) {
        String where = embeddedDir.map(dir -> "the embedded database in " + dir).orElse("the database at DATABASE_URL");
        String remedy = embeddedDir
                .map(dir -> "move " + dir + " away (or set MAP_DATA_DIR to another folder) to start with an empty database")
                .orElse(run == RunKind.SANDBOX ? "unset DATABASE_URL to give the sandbox its own embedded database"
                        : "point DATABASE_URL at a database the sandbox never used");
        return new ConfigException(where + " holds " + owner.data + ", and this run is " + run.label + ": " + remedy);
    }
}
