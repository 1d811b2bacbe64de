package org.mapbot.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.mapbot.app.MapBot;
import org.mapbot.reminder.ReminderSweeper;

/**
 * A burst of due reminders in the load benchmark's app: {@code due soon} DMs about the bench plans' later steps to
 * 5,000 people (two each), in a zone where it is working hours now, so every one is sent. Plain JDBC, not counted.
 */
final class BenchReminders {
    static final String KEY_PREFIX = "bench:";
    static final int RECIPIENTS = 5_000;

    private final DataSource rawSql;
    private final MapBot app;

    /** What the sweep sent and how fast, from the rows' own timestamps. */
    record Sending(long sent, double seconds) {
        double perSecond() {
            return seconds <= 0 ? 0 : sent / seconds;
        }
    }

    BenchReminders(MapBot app) {
        this.app = app;
        this.rawSql = app.database().dataSource();
    }

    /** Replaces the bench's reminder rows with {@code count} due now. */
    void load(int count) {
        String zone = workingHoursZone(Instant.now());
        sql("delete from reminder where dedupe_key like '" + KEY_PREFIX + "%'", null, 0);
        sql("insert into reminder (plan_id, step_id, kind, recipient, for_date, dedupe_key, time_zone, due_at, next_attempt_at, created_at) "
                + "select st.plan_id, st.id, 'due_soon', r.recipient, st.due_date, '" + KEY_PREFIX + "' || st.id || ':' || r.recipient, ?, "
                + "now() - interval '1 second', now() - interval '1 second', now() "
                + "from step st join plan p on p.id = st.plan_id "
                + "cross join lateral (select 'UR' || ((st.id * 3 + n) % " + RECIPIENTS + ") as recipient from generate_series(0, 2) n) r "
                + "where st.status = 'todo' and not st.internal_only and st.due_date > current_date + 2 "
                + "order by st.id, r.recipient limit " + count, zone, 0);
    }

    /** Starts a sweep of its own, beside the scheduled ones (sweeps on one instance take turns). */
    CompletableFuture<ReminderSweeper.Report> sweepInBackground() {
        return CompletableFuture.supplyAsync(app.parts().sweeper()::sweep, runnable -> {
            Thread thread = new Thread(runnable, "bench-sweep");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The bench rows sent, and the time from the first {@code sending} mark to the last {@code sent}. */
    Sending sending() {
        try (Connection connection = rawSql.getConnection();
             var rs = connection.createStatement().executeQuery("select count(*), coalesce(extract(epoch from max(sent_at) - "
                     + "min(sending_at)), 0) from reminder where state = 'sent' and dedupe_key like '" + KEY_PREFIX + "%'")) {
            rs.next();
            return new Sending(rs.getLong(1), rs.getDouble(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixed-offset zone where it is now between 09:00 and 16:00 on a working day. */
    static String workingHoursZone(Instant now) {
        for (int hours = -12; hours <= 14; hours++) {
            ZonedDateTime local = now.atZone(ZoneOffset.ofHours(hours));
            boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && local.getHour() >= 9 && local.getHour() < 16) {
                return ZoneOffset.ofHours(hours).getId();
            }
        }
        throw new IllegalStateException("No zone has working hours at " + now);
    }

    private void sql(String statement, String zone, int unused) {
        try (Connection connection = rawSql.getConnection(); PreparedStatement prepared = connection.prepareStatement(statement)) {
            if (zone != null) {
                prepared.setString(1, zone);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
