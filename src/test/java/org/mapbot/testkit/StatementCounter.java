package org.mapbot.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Counts the SQL statements the app runs, to prove an interaction's cost does not grow with the plan. */
public final class StatementCounter implements ExecuteListener {
    private final AtomicInteger count = new AtomicInteger();
    private final java.util.Queue<String> sql = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    public void executeStart(ExecuteContext ctx) {
        count.incrementAndGet();
        sql.add(ctx.sql() == null ? String.valueOf(ctx.query()) : ctx.sql());
    }

    /** The statements counted since the last reset, to say which one is extra when a count is off. */
    public java.util.List<String> statements() {
        return java.util.List.copyOf(sql);
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
        sql.clear();
    }
}
