package org.mapbot.plan.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.BuiltInTemplates;
import org.mapbot.plan.domain.Limits;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.domain.Step;
import org.mapbot.plan.domain.StepStatus;
import org.mapbot.plan.domain.Template;
import org.mapbot.plan.domain.Template.TemplateStep;
import org.mapbot.plan.storage.StepRepository;
import org.mapbot.plan.storage.TemplateRepository;

/** The built-in templates and the ones a workspace saved from its own plans. */
public final class TemplateService {
    private final TemplateRepository templates;
    private final StepRepository steps;
    private final Clock clock;

    public TemplateService(TemplateRepository templates, StepRepository steps, Clock clock) {
        this.templates = templates;
        this.steps = steps;
        this.clock = clock;
    }

    public List<Template> all(String teamId) {
        List<Template> all = new ArrayList<>(BuiltInTemplates.ALL);
        all.addAll(templates.all(teamId));
        return all;
    }

    /**
     * What the template menu offers as someone types: built-ins whose name or description contain it, then the
     * installation's saved ones by name; at most {@code limit}, and nothing for the customer's people.
     */
    public List<Template> matching(Actor actor, String typed, int limit) {
        if (!actor.isSeller()) {
            return List.of();
        }
        String query = typed.toLowerCase(java.util.Locale.ROOT);
        List<Template> found = new ArrayList<>();
        BuiltInTemplates.ALL.stream().filter(t -> (t.name() + " " + t.description()).toLowerCase(java.util.Locale.ROOT).contains(query))
                .limit(limit).forEach(found::add);
        templates.names(actor.installation().teamId(), typed, limit - found.size())
                .forEach(name -> found.add(new Template(name, null, List.of())));
        return found;
    }

    public Optional<Template> named(String teamId, String name) {
        return BuiltInTemplates.named(name).or(() -> templates.find(teamId, name));
    }

    Template require(String teamId, String name) {
        return named(teamId, name).orElseThrow(() -> new PlanException("There is no template called `"
                + name.replace("`", "") + "`. `/map templates` lists them; for example `/map new Acme rollout with enterprise`."));
    }

    public void save(Actor actor, Plan plan, String name) {
        Permissions.requireSeller(actor, plan, "save templates");
        String clean = Limits.require(name, Limits.TEMPLATE_NAME, "template name", "`/map template save saas-midmarket`");
        if (!clean.matches("[A-Za-z0-9_-]+")) {
            throw new PlanException("A template name is one word of letters, digits, - or _. Example: `/map template save saas-midmarket`");
        }
        if (BuiltInTemplates.named(clean).isPresent()) {
            throw new PlanException("`" + clean + "` is a built-in template; choose another name.");
        }
        List<Step> planSteps = steps.ofPlan(plan.id());
        if (planSteps.isEmpty()) {
            throw new PlanException("This plan has no steps to save yet. Add some with `/map add Security review by week 3`.");
        }
        templates.save(plan.teamId(), clean, actor.userId(), planSteps.stream()
                // A template's steps show on every plan made from it: an internal step must not become a visible one.
                .filter(s -> s.status() != StepStatus.CANCELLED && !s.internalOnly())
                .map(s -> new TemplateStep(s.title(), s.side(), s.owner().isSlackUser() ? null : s.owner().name(), null,
                        s.dueDate() == null ? null : (int) ChronoUnit.DAYS.between(plan.startDate(), s.dueDate())))
                .toList(), clock.instant());
    }
}
