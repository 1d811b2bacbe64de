package org.mapbot.ops;

import org.slf4j.MDC;

/**
 * What a log line is about, kept in SLF4J's MDC on the thread doing the work and written as fields of each JSON
 * line: the HTTP request ({@code request_id}), the Slack workspace acting ({@code team}), the plan ({@code plan_id}).
 */
public final class LogContext {
    public static final String REQUEST_ID = "request_id";
    public static final String TEAM = "team";
    public static final String PLAN_ID = "plan_id";

    private LogContext() {
    }

    public static void team(String teamId) {
        MDC.put(TEAM, teamId);
    }

    /** Marks the lines about one plan until the returned scope closes. */
    public static MDC.MDCCloseable plan(long planId) {
        return MDC.putCloseable(PLAN_ID, Long.toString(planId));
    }

    static void request(String requestId) {
        MDC.put(REQUEST_ID, requestId);
    }

    /** Forgets one request's context, so the thread's next request starts without it. */
    static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(TEAM);
        MDC.remove(PLAN_ID);
    }
}
