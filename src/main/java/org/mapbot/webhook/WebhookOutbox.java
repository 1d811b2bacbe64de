package org.mapbot.webhook;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The transactional outbox: history rows and their webhook deliveries in ONE statement (a PostgreSQL data-modifying
 * CTE), inside the transaction of the change. For an installation without endpoints the join finds nothing, so it
 * costs no extra statement and writes no extra row. A step's events reach only internal endpoints while the step is
 * internal-only, and a history row naming a step that is gone is treated the same way (fail closed). An endpoint
 * receives the plans its installation owns: its workspace's and, on Enterprise Grid, those of its org.
 */
public final class WebhookOutbox {
    private WebhookOutbox() {
    }

    /** {@code historyInsert} must return id, plan_id, step_id, kind and at of the rows it inserts. */
    public static Query appendWithDeliveries(DSLContext tx, ResultQuery<?> historyInsert) {
        return tx.query("with h as ({0}) "
                        + "insert into webhook_delivery (endpoint_id, plan_event_id, plan_id, state, attempts, due_at, created_at) "
                        + "select e.id, h.id, h.plan_id, 'pending', 0, h.at, h.at from h "
                        + "join plan p on p.id = h.plan_id "
                        + "join webhook_endpoint e on (e.team_id = p.team_id or e.enterprise_id = p.enterprise_id) and e.enabled "
                        + "left join step s on s.id = h.step_id "
                        + "where h.kind in ({1}) and (e.internal or h.step_id is null or s.internal_only = false)",
                historyInsert, DSL.list(WebhookEvents.KINDS.stream().sorted().map(DSL::inline).toList()));
    }
}
