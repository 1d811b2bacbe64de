package org.mapbot.bench;

import static org.mapbot.db.generated.Tables.STEP;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.mapbot.app.MapBot;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.domain.Side;
import org.mapbot.testkit.Actors;
import org.mapbot.testkit.Slackers;
import org.mapbot.testkit.TestPlans;

/**
 * The benchmark's data: plans of a fixed number of steps, one per channel, made through the plan service and filled
 * with one batched insert per plan; plus the housekeeping that keeps every run on the same data.
 */
final class BenchPlans {
    static final Actor SELLER = Actors.SELLER;

    private final List<String> channels;
    private final List<Click> clicks;
    private final DataSource rawSql;
    private final int stepsPerPlan;
    private final AtomicInteger nextChannel = new AtomicInteger();
    private final AtomicInteger nextClick = new AtomicInteger();

    /** A step's Done button on the card of the plan in {@code channelId}. */
    record Click(long stepId, String channelId, String cardTs) {
    }

    private BenchPlans(List<String> channels, List<Click> clicks, DataSource rawSql, int stepsPerPlan) {
        this.channels = channels;
        this.clicks = clicks;
        this.rawSql = rawSql;
        this.stepsPerPlan = stepsPerPlan;
    }

    static BenchPlans load(MapBot app, int planCount, int stepsPerPlan) {
        TestPlans plans = new TestPlans(app);
        DSLContext dsl = app.database().dsl();
        LocalDate start = app.parts().plans().today(ZoneOffset.UTC).minusDays(30);
        List<String> channels = new ArrayList<>();
        List<Click> clicks = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int p = 1; p <= planCount; p++) {
            String channel = String.format("C0BENCH%04d", p);
            Plan plan = plans.createPlan(SELLER, channel, "Bench deal " + p, "Customer " + p, start, start.plusDays(90),
                    ZoneId.of("Europe/Berlin"), Optional.empty());
            var insert = dsl.insertInto(STEP, STEP.PLAN_ID, STEP.POSITION, STEP.TITLE, STEP.SIDE, STEP.OWNER_USER_ID,
                    STEP.OWNER_TEAM_ID, STEP.OWNER_NAME, STEP.DUE_DATE, STEP.INTERNAL_ONLY, STEP.CREATED_BY, STEP.CREATED_AT,
                    STEP.UPDATED_BY, STEP.UPDATED_AT);
            for (int s = 1; s <= stepsPerPlan; s++) {
                boolean customerOwns = s % 3 == 0;
                boolean named = s % 3 == 1;
                insert = insert.values(plan.id(), s, "Bench step " + s, (customerOwns || named ? Side.CUSTOMER : Side.SELLER).dbValue(),
                        customerOwns ? Slackers.CUSTOMER_USER : null, customerOwns ? Slackers.CUSTOMER_TEAM : null,
                        named ? "Pat (Procurement)" : null, start.plusDays(3L * s), s % 10 == 0, Slackers.SELLER_USER, now,
                        Slackers.SELLER_USER, now);
            }
            insert.execute();
            plans.refresh(plan.id());
            channels.add(channel);
        }
        app.settle(java.time.Duration.ofMinutes(2));
        for (String channel : channels) {
            Plan plan = plans.currentPlan(channel).orElseThrow();
            for (var step : plans.view(plan).steps()) {
                clicks.add(new Click(step.id(), channel, plan.cardTs()));
            }
        }
        Collections.shuffle(clicks, new Random(7));
        return new BenchPlans(List.copyOf(channels), List.copyOf(clicks), app.database().dataSource(), stepsPerPlan);
    }

    /** The channels in turn, so consecutive requests land on different plans. */
    String nextChannel() {
        return channels.get(Math.floorMod(nextChannel.getAndIncrement(), channels.size()));
    }

    /** Every step in turn, shuffled once: together with {@link #reopenSettled()} there is always an open one. */
    Click nextClick() {
        return clicks.get(Math.floorMod(nextClick.getAndIncrement(), clicks.size()));
    }

    int plans() {
        return channels.size();
    }

    int steps() {
        return clicks.size();
    }

    /** Reopens steps marked done more than 5 s ago (their card updates are long done). Plain JDBC: not counted. */
    void reopenSettled() {
        sql("update step set status = 'todo', completed_at = null, version = version + 1 "
                + "where status = 'done' and completed_at < now() - interval '5 seconds'");
    }

    void reopenAll() {
        sql("update step set status = 'todo', completed_at = null, version = version + 1 where status = 'done'");
    }

    /** Removes the steps a run of {@code /map add} appended, so every plan has its original steps again. */
    void removeAddedSteps() {
        sql("delete from step where position > " + stepsPerPlan);
    }

    long count(String query) {
        try (Connection connection = rawSql.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private void sql(String update) {
        try (Connection connection = rawSql.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        } catch (SQLException e) {
            throw new IllegalStateException(update, e);
        }
    }
}
