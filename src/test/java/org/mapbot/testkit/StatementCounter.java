package org.mapbot.testkit;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements the app runs, to prove an interaction's cost does not grow with the plan; keeps the
 * first statements' SQL so a failing budget shows which ones ran.
 */
public final class StatementCounter implements ExecuteListener {
    private static final int KEPT = 500;

    private final AtomicInteger count = new AtomicInteger();
    private final Queue<String> sql = new ConcurrentLinkedQueue<>();

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (count.incrementAndGet() <= KEPT) {
            sql.add(ctx.sql() == null ? "(batch)" : ctx.sql());
        }
    }

    public int count() {
        return count.get();
    }

    /** The SQL of the statements counted since the last reset, oldest first (the first 500). */
    public List<String> statements() {
        return List.copyOf(sql);
    }

    public void reset() {
        count.set(0);
        sql.clear();
    }
}
