package org.mapbot.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mapbot.app.Config;
import org.mapbot.app.MapBot;
import org.mapbot.time.AdjustableClock;

/**
 * MAP Bot started as production starts it, on a free port, against the run's PostgreSQL and a WireMock Slack;
 * one per test class, with a clean database and a fresh Slack record before each test. A test fails when the app
 * sent Slack anything that breaks Slack's documented limits (see {@link SlackRefusals}).
 *
 * <pre>{@code @RegisterExtension static RunningApp app = new RunningApp();}</pre>
 */
public final class RunningApp implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    public static final String SIGNING_SECRET = "test-signing-secret-0123456789abcdef";
    /** Monday 30 November 2026, 10:00 UTC: tests that care about dates set their own. */
    public static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private final Map<String, String> extraEnv = new HashMap<>();
    private TestDatabase database;
    private FakeSlack slack;
    private MapBot mapBot;
    private AdjustableClock clock;
    private SlackRequests requests;
    private Path dataDir;
    private final StatementCounter statements = new StatementCounter();

    private String enterpriseId;
    private Map<String, String> env;

    /** The seller's workspace is part of this Enterprise Grid org. */
    public RunningApp onEnterpriseGrid(String enterpriseId) {
        this.enterpriseId = enterpriseId;
        return this;
    }

    public RunningApp with(String variable, String value) {
        extraEnv.put(variable, value);
        return this;
    }

    /** Multi-workspace mode: no bot token; workspaces install the app through "Add to Slack" (see {@link AddToSlack}). */
    public RunningApp installable() {
        extraEnv.put("SLACK_CLIENT_ID", AddToSlack.CLIENT_ID);
        extraEnv.put("SLACK_CLIENT_SECRET", AddToSlack.CLIENT_SECRET);
        extraEnv.put("MAP_ENCRYPTION_KEY", AddToSlack.ENCRYPTION_KEY);
        // Tests wipe the database between tests, behind the app's back: no instance could see that in its cache.
        extraEnv.putIfAbsent("MAP_INSTALLATION_CACHE_SECONDS", "0");
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = TestDatabase.shared(context);
        database.reset();
        slack = new FakeSlack(enterpriseId);
        clock = new AdjustableClock(START, ZoneOffset.UTC);
        dataDir = Files.createTempDirectory("mapbot-test");
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("MAP_DATA_DIR", dataDir.toString());
        env.put("PORT", "0");
        env.put("PUBLIC_URL", "https://mapbot.example.com");
        env.putAll(extraEnv);
        if (env.containsKey("SLACK_CLIENT_ID")) {
            env.remove("SLACK_BOT_TOKEN");
        }
        this.env = Map.copyOf(env);
        mapBot = MapBot.start(Config.fromEnv(env), clock, statements);
        requests = new SlackRequests("http://localhost:" + mapBot.port(), SIGNING_SECRET, clock, slack.baseUrl(),
                slack.refusals()::record);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Let the previous test's card updates land before its traces are wiped, so none leak into this test.
        settle();
        database.reset();
        slack.reset();
        clock.set(START);
    }

    /** Whatever Slack would have refused during the test fails it, once the work it set off has landed. */
    @Override
    public void afterEach(ExtensionContext context) {
        mapBot.settle(java.time.Duration.ofSeconds(20));
        slack.refusals().assertNone(context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (mapBot != null) {
            mapBot.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    public MapBot mapBot() {
        return mapBot;
    }

    /** A second instance of the app on the same database, Slack and clock, as a second replica runs; the caller closes it. */
    public MapBot startAnother() {
        // Tests empty every table between them, the ownership row too; this database is a real run's.
        database.execute("insert into database_owner (id, kind, claimed_at) values (1, 'slack', now()) on conflict do nothing");
        return MapBot.start(Config.fromEnv(env), clock);
    }

    /** The app's services, for tests that need a plan in a known state. */
    public TestPlans plans() {
        return new TestPlans(mapBot);
    }

    /** Waits until the pipeline and the background answers have finished what the last requests set off. */
    public void settle() {
        if (!mapBot.settle(java.time.Duration.ofSeconds(20))) {
            throw new AssertionError("The app's background work did not settle within 20 s");
        }
    }

    public FakeSlack slack() {
        return slack;
    }

    public SlackRequests requests() {
        return requests;
    }

    public AdjustableClock clock() {
        return clock;
    }

    public DSLContext dsl() {
        return mapBot.database().dsl();
    }

    public TestDatabase database() {
        return database;
    }

    public StatementCounter statements() {
        return statements;
    }

    public String baseUrl() {
        return "http://localhost:" + mapBot.port();
    }
}
