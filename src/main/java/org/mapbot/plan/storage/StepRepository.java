package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.STEP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.records.StepRecord;
import org.mapbot.plan.domain.StepInPlan;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;

/** Stores steps. Updates carry the version the user saw, so two people clicking at once never lose a change. */
public final class StepRepository {
    private final DSLContext dsl;

    public StepRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends steps after the plan's last position, in one statement. */
    public void insertAll(DSLContext tx, long planId, List<NewStep> steps, String actorUserId, Instant now) {
        if (steps.isEmpty()) {
            return;
        }
        Integer last = tx.select(org.jooq.impl.DSL.max(STEP.POSITION)).from(STEP).where(STEP.PLAN_ID.eq(planId)).fetchOne(0, Integer.class);
        int position = last == null ? 0 : last;
        var at = now.atOffset(ZoneOffset.UTC);
        var insert = tx.insertInto(STEP, STEP.PLAN_ID, STEP.POSITION, STEP.TITLE, STEP.SIDE, STEP.OWNER_USER_ID,
                STEP.OWNER_TEAM_ID, STEP.OWNER_NAME, STEP.DUE_DATE, STEP.INTERNAL_ONLY, STEP.CREATED_BY, STEP.CREATED_AT,
                STEP.UPDATED_BY, STEP.UPDATED_AT);
        for (NewStep step : steps) {
            insert = insert.values(planId, ++position, step.title(), step.side().dbValue(), step.owner().userId(),
                    step.owner().teamId(), step.owner().name(), step.dueDate(), step.internalOnly(), actorUserId, at,
                    actorUserId, at);
        }
        insert.execute();
    }

    /**
     * Appends one step after the plan's last position and returns it, in one statement; empty when the plan already
     * holds {@code maxSteps} steps (positions run 1..n, so the count is the last position).
     */
    public Optional<Step> insertOne(DSLContext tx, long planId, NewStep step, int maxSteps, String actorUserId, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        Field<Integer> count = DSL.field(DSL.selectCount().from(STEP).where(STEP.PLAN_ID.eq(planId)));
        return tx.insertInto(STEP, STEP.PLAN_ID, STEP.POSITION, STEP.TITLE, STEP.SIDE, STEP.OWNER_USER_ID,
                        STEP.OWNER_TEAM_ID, STEP.OWNER_NAME, STEP.DUE_DATE, STEP.INTERNAL_ONLY, STEP.CREATED_BY, STEP.CREATED_AT,
                        STEP.UPDATED_BY, STEP.UPDATED_AT)
                .select(DSL.select(DSL.val(planId), count.plus(1), DSL.val(step.title()), DSL.val(step.side().dbValue()),
                                DSL.val(step.owner().userId()), DSL.val(step.owner().teamId()), DSL.val(step.owner().name()),
                                DSL.val(step.dueDate()), DSL.val(step.internalOnly()), DSL.val(actorUserId), DSL.val(at),
                                DSL.val(actorUserId), DSL.val(at))
                        .where(count.lt(maxSteps)))
                .returning()
                .fetchOptional()
                .map(StepRepository::toStep);
    }

    public List<Step> ofPlan(long planId) {
        return ofPlan(dsl, planId);
    }

    public List<Step> ofPlan(DSLContext tx, long planId) {
        return tx.selectFrom(STEP).where(STEP.PLAN_ID.eq(planId)).orderBy(STEP.POSITION).fetch(StepRepository::toStep);
    }

    public int count(DSLContext tx, long planId) {
        return tx.fetchCount(STEP, STEP.PLAN_ID.eq(planId));
    }

    public Optional<Step> find(long stepId) {
        return dsl.selectFrom(STEP).where(STEP.ID.eq(stepId)).fetchOptional().map(StepRepository::toStep);
    }

    /** The step a click or form names, with its plan, in one query. */
    public Optional<StepInPlan> findWithPlan(long stepId) {
        return dsl.select(PLAN.fields()).select(STEP.fields()).from(STEP).join(PLAN).on(PLAN.ID.eq(STEP.PLAN_ID))
                .where(STEP.ID.eq(stepId)).fetchOptional()
                .map(r -> new StepInPlan(PlanRepository.toPlan(r), toStep(r.into(STEP))));
    }

    public Optional<Step> atPosition(DSLContext tx, long planId, int position) {
        return tx.selectFrom(STEP).where(STEP.PLAN_ID.eq(planId).and(STEP.POSITION.eq(position)))
                .fetchOptional().map(StepRepository::toStep);
    }

    /**
     * Writes the changed step if nobody changed it since {@code seen} was read, and returns it as stored; empty means
     * someone else was quicker: reload and decide again.
     */
    public Optional<Step> update(DSLContext tx, Step seen, Step changed, String actorUserId, Instant now) {
        boolean written = tx.update(STEP)
                .set(STEP.TITLE, changed.title())
                .set(STEP.SIDE, changed.side().dbValue())
                .set(STEP.OWNER_USER_ID, changed.owner().userId())
                .set(STEP.OWNER_TEAM_ID, changed.owner().teamId())
                .set(STEP.OWNER_NAME, changed.owner().name())
                .set(STEP.DUE_DATE, changed.dueDate())
                .set(STEP.STATUS, changed.status().dbValue())
                .set(STEP.RESULT, changed.result())
                .set(STEP.INTERNAL_ONLY, changed.internalOnly())
                .set(STEP.AGREED_DUE_DATE, changed.agreedDueDate())
                .set(STEP.COMPLETED_AT, changed.completedAt() == null ? null : changed.completedAt().atOffset(ZoneOffset.UTC))
                .set(STEP.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(STEP.UPDATED_BY, actorUserId)
                .set(STEP.VERSION, seen.version() + 1)
                .where(STEP.ID.eq(seen.id()).and(STEP.VERSION.eq(seen.version())))
                .execute() == 1;
        return written ? Optional.of(new Step(changed.id(), changed.planId(), changed.position(), changed.title(),
                changed.side(), changed.owner(), changed.dueDate(), changed.status(), changed.result(),
                changed.internalOnly(), seen.version() + 1, changed.createdAt(), changed.createdBy(), now, actorUserId,
                changed.completedAt(), changed.agreedDueDate())) : Optional.empty();
    }

    /** Removes a step and closes the gap in positions, so step numbers stay 1..n. */
    public void delete(DSLContext tx, Step step) {
        tx.deleteFrom(STEP).where(STEP.ID.eq(step.id())).execute();
        tx.update(STEP).set(STEP.POSITION, STEP.POSITION.minus(1))
                .where(STEP.PLAN_ID.eq(step.planId()).and(STEP.POSITION.gt(step.position()))).execute();
    }

    public static Step toStep(StepRecord r) {
        Owner owner = new Owner(r.getOwnerUserId(), r.getOwnerTeamId(), r.getOwnerName());
        return new Step(r.getId(), r.getPlanId(), r.getPosition(), r.getTitle(), Side.fromDb(r.getSide()), owner,
                r.getDueDate(), StepStatus.fromDb(r.getStatus()), r.getResult(), r.getInternalOnly(), r.getVersion(),
                r.getCreatedAt().toInstant(), r.getCreatedBy(), r.getUpdatedAt().toInstant(), r.getUpdatedBy(),
                r.getCompletedAt() == null ? null : r.getCompletedAt().toInstant(), r.getAgreedDueDate());
    }

    /** A step to add. */
    public record NewStep(String title, Side side, Owner owner, LocalDate dueDate, boolean internalOnly) {
    }
}
