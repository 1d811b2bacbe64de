package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.PLAN;
import static org.mapbot.db.generated.Tables.PLAN_AGREEMENT;
import static org.mapbot.db.generated.Tables.PLAN_WELCOME;
import static org.mapbot.db.generated.Tables.STEP;
import static org.mapbot.db.generated.Tables.STEP_PROPOSAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.mapbot.db.generated.tables.records.StepProposalRecord;
import org.mapbot.plan.domain.Agreement;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.OrgSide;
import org.mapbot.plan.domain.Owner;
import org.mapbot.plan.domain.Proposal;

/**
 * Stores what the organisations committed to: their agreements and the proposals between them. The commitment of a
 * plan reads as two nested sets of the plan's own row, so any query that selects a plan can carry it along.
 */
public final class CommitmentRepository {
    private static final Field<Result<Record>> AGREEMENTS = DSL.multiset(DSL.select(PLAN_AGREEMENT.fields())
            .from(PLAN_AGREEMENT).where(PLAN_AGREEMENT.PLAN_ID.eq(PLAN.ID))).as("agreements");
    private static final Field<Result<Record>> OPEN_PROPOSALS = DSL.multiset(DSL.select(STEP_PROPOSAL.fields())
            .from(STEP_PROPOSAL).where(STEP_PROPOSAL.PLAN_ID.eq(PLAN.ID).and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue())))
            .orderBy(STEP_PROPOSAL.ID)).as("open_proposals");

    private final DSLContext dsl;

    public CommitmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The fields to add to a query of {@code plan} so that {@link #from(Record)} can read the commitment. */
    public static List<Field<?>> fields() {
        return List.of(PLAN.TERMS_VERSION, PLAN.PROPOSED_AT, PLAN.AGREED_AT, AGREEMENTS, OPEN_PROPOSALS);
    }

    public static Commitment from(Record r) {
        Optional<Agreement> seller = Optional.empty();
        Optional<Agreement> customer = Optional.empty();
        for (Record a : r.get(AGREEMENTS)) {
            Agreement agreement = new Agreement(OrgSide.fromDb(a.get(PLAN_AGREEMENT.SIDE)), a.get(PLAN_AGREEMENT.TERMS_VERSION),
                    a.get(PLAN_AGREEMENT.USER_ID), a.get(PLAN_AGREEMENT.ORG_NAME), a.get(PLAN_AGREEMENT.AGREED_AT).toInstant());
            if (agreement.side() == OrgSide.SELLER) {
                seller = Optional.of(agreement);
            } else {
                customer = Optional.of(agreement);
            }
        }
        List<Proposal> open = r.get(OPEN_PROPOSALS).map(p -> toProposal(p.into(STEP_PROPOSAL)));
        return new Commitment(r.get(PLAN.TERMS_VERSION), Optional.ofNullable(r.get(PLAN.PROPOSED_AT)).map(OffsetDateTime::toInstant),
                Optional.ofNullable(r.get(PLAN.AGREED_AT)).map(OffsetDateTime::toInstant), seller, customer, open);
    }

    public Commitment of(long planId) {
        return of(dsl, planId);
    }

    public Commitment of(DSLContext tx, long planId) {
        return tx.select(fields()).from(PLAN).where(PLAN.ID.eq(planId)).fetchOptional().map(CommitmentRepository::from)
                .orElse(Commitment.NONE);
    }

    public int termsVersion(DSLContext tx, long planId) {
        return tx.select(PLAN.TERMS_VERSION).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.TERMS_VERSION);
    }

    public void agree(DSLContext tx, long planId, Agreement agreement, String teamId) {
        tx.insertInto(PLAN_AGREEMENT)
                .set(PLAN_AGREEMENT.PLAN_ID, planId).set(PLAN_AGREEMENT.SIDE, agreement.side().dbValue())
                .set(PLAN_AGREEMENT.TERMS_VERSION, agreement.termsVersion()).set(PLAN_AGREEMENT.USER_ID, agreement.userId())
                .set(PLAN_AGREEMENT.TEAM_ID, teamId).set(PLAN_AGREEMENT.ORG_NAME, agreement.orgName())
                .set(PLAN_AGREEMENT.AGREED_AT, at(agreement.at()))
                .onConflict(PLAN_AGREEMENT.PLAN_ID, PLAN_AGREEMENT.SIDE).doUpdate()
                .set(PLAN_AGREEMENT.TERMS_VERSION, agreement.termsVersion()).set(PLAN_AGREEMENT.USER_ID, agreement.userId())
                .set(PLAN_AGREEMENT.TEAM_ID, teamId).set(PLAN_AGREEMENT.ORG_NAME, agreement.orgName())
                .set(PLAN_AGREEMENT.AGREED_AT, at(agreement.at()))
                .execute();
    }

    /** Moves a side's agreement to {@code version} if it stood at {@code from}: an accepted change keeps it current. */
    public void carryAgreement(DSLContext tx, long planId, OrgSide side, int from, int version) {
        tx.update(PLAN_AGREEMENT).set(PLAN_AGREEMENT.TERMS_VERSION, version)
                .where(PLAN_AGREEMENT.PLAN_ID.eq(planId).and(PLAN_AGREEMENT.SIDE.eq(side.dbValue()))
                        .and(PLAN_AGREEMENT.TERMS_VERSION.eq(from)))
                .execute();
    }

    /** Both organisations agree the plan as it stands: every customer-visible step's date becomes an agreed date. */
    public void markAgreed(DSLContext tx, long planId, Instant now) {
        tx.update(PLAN).set(PLAN.AGREED_AT, at(now)).where(PLAN.ID.eq(planId)).execute();
        tx.update(STEP).set(STEP.AGREED_DUE_DATE, STEP.DUE_DATE)
                .where(STEP.PLAN_ID.eq(planId).and(STEP.INTERNAL_ONLY.isFalse())).execute();
    }

    public void proposed(DSLContext tx, long planId, Instant now) {
        tx.update(PLAN).set(PLAN.PROPOSED_AT, at(now)).where(PLAN.ID.eq(planId)).execute();
    }

    public void rememberRequestMessage(long planId, String channelId, String ts) {
        dsl.update(PLAN).set(PLAN.PROPOSAL_CHANNEL, channelId).set(PLAN.PROPOSAL_TS, ts).where(PLAN.ID.eq(planId)).execute();
    }

    /** The message that asked the customer to agree, as channel and ts, if one was posted. */
    public Optional<String[]> requestMessage(long planId) {
        return dsl.select(PLAN.PROPOSAL_CHANNEL, PLAN.PROPOSAL_TS).from(PLAN).where(PLAN.ID.eq(planId)).fetchOptional()
                .filter(r -> r.value2() != null).map(r -> new String[] {r.value1(), r.value2()});
    }

    public long insertProposal(DSLContext tx, Proposal p, String proposedTeam) {
        return tx.insertInto(STEP_PROPOSAL)
                .set(STEP_PROPOSAL.PLAN_ID, p.planId()).set(STEP_PROPOSAL.STEP_ID, p.stepId())
                .set(STEP_PROPOSAL.KIND, p.kind().dbValue()).set(STEP_PROPOSAL.OLD_DATE, p.oldDate())
                .set(STEP_PROPOSAL.NEW_DATE, p.newDate())
                .set(STEP_PROPOSAL.NEW_OWNER_USER_ID, p.newOwner() == null ? null : p.newOwner().userId())
                .set(STEP_PROPOSAL.NEW_OWNER_TEAM_ID, p.newOwner() == null ? null : p.newOwner().teamId())
                .set(STEP_PROPOSAL.NEW_OWNER_NAME, p.newOwner() == null ? null : p.newOwner().name())
                .set(STEP_PROPOSAL.REASON, p.reason()).set(STEP_PROPOSAL.PROPOSED_BY, p.proposedBy())
                .set(STEP_PROPOSAL.PROPOSED_TEAM, proposedTeam).set(STEP_PROPOSAL.PROPOSED_SIDE, p.proposedSide().dbValue())
                .set(STEP_PROPOSAL.WITH_AGREEMENT, p.withAgreement())
                .set(STEP_PROPOSAL.STATE, Proposal.State.OPEN.dbValue()).set(STEP_PROPOSAL.CREATED_AT, at(p.createdAt()))
                .returning(STEP_PROPOSAL.ID).fetchOne(STEP_PROPOSAL.ID);
    }

    public Optional<Proposal> proposal(long id) {
        return dsl.selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.ID.eq(id)).fetchOptional().map(CommitmentRepository::toProposal);
    }

    public Optional<Proposal> openProposal(DSLContext tx, long stepId) {
        return tx.selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.STEP_ID.eq(stepId)
                .and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue()))).fetchOptional().map(CommitmentRepository::toProposal);
    }

    /** Open → {@code state}, only if still open: true for the one answer that counts when two arrive at once. */
    public boolean close(DSLContext tx, long proposalId, Proposal.State state, String userId, Instant now) {
        return tx.update(STEP_PROPOSAL).set(STEP_PROPOSAL.STATE, state.dbValue()).set(STEP_PROPOSAL.ANSWERED_BY, userId)
                .set(STEP_PROPOSAL.ANSWERED_AT, at(now))
                .where(STEP_PROPOSAL.ID.eq(proposalId).and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue())))
                .execute() == 1;
    }

    /** A side's agreement no longer holds (it agreed subject to a proposal the other side declined). */
    public void withdrawAgreement(DSLContext tx, long planId, OrgSide side) {
        tx.deleteFrom(PLAN_AGREEMENT).where(PLAN_AGREEMENT.PLAN_ID.eq(planId).and(PLAN_AGREEMENT.SIDE.eq(side.dbValue()))).execute();
    }

    /** The side's other open review proposals no longer carry its agreement: one of them was declined. */
    public void dropConditionalAgreement(DSLContext tx, long planId, OrgSide side) {
        tx.update(STEP_PROPOSAL).set(STEP_PROPOSAL.WITH_AGREEMENT, false)
                .where(STEP_PROPOSAL.PLAN_ID.eq(planId).and(STEP_PROPOSAL.PROPOSED_SIDE.eq(side.dbValue()))
                        .and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue())))
                .execute();
    }

    /** A step's open proposal no longer applies (its date was changed otherwise); true if there was one. */
    public boolean withdrawOpen(long stepId, String userId, Instant now) {
        return dsl.update(STEP_PROPOSAL).set(STEP_PROPOSAL.STATE, Proposal.State.WITHDRAWN.dbValue())
                .set(STEP_PROPOSAL.ANSWERED_BY, userId).set(STEP_PROPOSAL.ANSWERED_AT, at(now))
                .where(STEP_PROPOSAL.STEP_ID.eq(stepId).and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue())))
                .execute() > 0;
    }

    /** True the first time {@code userId} is welcomed to the plan; every later call is false. */
    public boolean firstWelcome(long planId, String userId, Instant now) {
        return dsl.insertInto(PLAN_WELCOME).set(PLAN_WELCOME.PLAN_ID, planId).set(PLAN_WELCOME.USER_ID, userId)
                .set(PLAN_WELCOME.WELCOMED_AT, at(now)).onConflictDoNothing().execute() == 1;
    }

    /** Who answered a closed proposal, for the person whose answer came second. */
    public Optional<String> answeredBy(long proposalId) {
        return dsl.select(STEP_PROPOSAL.ANSWERED_BY).from(STEP_PROPOSAL).where(STEP_PROPOSAL.ID.eq(proposalId))
                .fetchOptional(STEP_PROPOSAL.ANSWERED_BY);
    }

    public List<Proposal> openOfPlanIn(DSLContext tx, long planId) {
        return tx.selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.PLAN_ID.eq(planId)
                .and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue()))).fetch(CommitmentRepository::toProposal);
    }

    public List<Proposal> openOfPlan(long planId) {
        return dsl.selectFrom(STEP_PROPOSAL).where(STEP_PROPOSAL.PLAN_ID.eq(planId)
                .and(STEP_PROPOSAL.STATE.eq(Proposal.State.OPEN.dbValue()))).orderBy(STEP_PROPOSAL.ID)
                .fetch(CommitmentRepository::toProposal);
    }

    public static Proposal toProposal(StepProposalRecord r) {
        Owner owner = r.getNewOwnerUserId() == null && r.getNewOwnerName() == null ? null
                : new Owner(r.getNewOwnerUserId(), r.getNewOwnerTeamId(), r.getNewOwnerName());
        LocalDate oldDate = r.getOldDate();
        return new Proposal(r.getId(), r.getPlanId(), r.getStepId(), Proposal.Kind.fromDb(r.getKind()), oldDate, r.getNewDate(),
                owner, r.getReason(), r.getProposedBy(), OrgSide.fromDb(r.getProposedSide()), Proposal.State.fromDb(r.getState()),
                r.getCreatedAt().toInstant(), Boolean.TRUE.equals(r.getWithAgreement()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
