package org.mapbot.app;

import java.util.concurrent.atomic.AtomicReference;
import org.mapbot.plan.service.PlanChanges;

/**
 * Where the services hand committed changes, filled once the pipeline exists: the pipeline's consumers need the
 * services, and the services need somewhere to hand their changes, so one of them has to be connected after the other.
 */
final class PipelineSlot implements PlanChanges {
    private final AtomicReference<PlanChanges> pipeline = new AtomicReference<>();

    void set(PlanChanges target) {
        if (!pipeline.compareAndSet(null, target)) {
            throw new IllegalStateException("The pipeline is connected once");
        }
    }

    @Override
    public void committed(long planId) {
        pipeline.get().committed(planId);
    }
}
