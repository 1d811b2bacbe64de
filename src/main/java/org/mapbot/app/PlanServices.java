package org.mapbot.app;

import java.time.Clock;
import org.jooq.DSLContext;
import org.mapbot.plan.service.CommitmentService;
import org.mapbot.plan.service.PlanChanges;
import org.mapbot.plan.service.PlanReview;
import org.mapbot.plan.service.PlanService;
import org.mapbot.plan.service.ProposalAnswers;
import org.mapbot.plan.service.StepService;
import org.mapbot.plan.service.TemplateService;
import org.mapbot.plan.storage.CommitmentRepository;
import org.mapbot.plan.storage.HistoryRepository;
import org.mapbot.plan.storage.PlanRepository;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.TemplateRepository;

/** The services that decide about plans, steps and the commitment, over their repositories; made for the composition root. */
record PlanServices(PlanService plans, StepService steps, TemplateService templates, CommitmentService commitments,
                    ProposalAnswers answers, PlanReview review) {

    /** {@code changes} hears of every committed change (the after-commit pipeline, set once it is made). */
    static PlanServices wire(DSLContext dsl, PlanChanges changes, Clock clock) {
        PlanRepository planRepository = new PlanRepository(dsl);
        StepRepository stepRepository = new StepRepository(dsl);
        HistoryRepository history = new HistoryRepository(dsl);
        CommitmentRepository commitmentRepository = new CommitmentRepository(dsl);
        TemplateService templates = new TemplateService(new TemplateRepository(dsl), stepRepository, clock);
        PlanService plans = new PlanService(dsl, planRepository, stepRepository, history, commitmentRepository, templates,
                changes, clock);
        CommitmentService commitments = new CommitmentService(dsl, planRepository, history, commitmentRepository, changes, clock);
        StepService steps = new StepService(dsl, stepRepository, planRepository, history, commitmentRepository, changes,
                commitments, clock);
        ProposalAnswers answers = new ProposalAnswers(dsl, stepRepository, planRepository, history, commitmentRepository,
                commitments, changes, clock);
        PlanReview review = new PlanReview(dsl, stepRepository, planRepository, history, commitmentRepository, commitments,
                steps, changes, clock);
        return new PlanServices(plans, steps, templates, commitments, answers, review);
    }
}
