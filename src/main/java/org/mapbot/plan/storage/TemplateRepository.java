package org.mapbot.plan.storage;

import static org.mapbot.db.generated.Tables.PLAN_TEMPLATE;
import static org.mapbot.db.generated.Tables.PLAN_TEMPLATE_STEP;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mapbot.plan.domain.Template.TemplateStep;
import org.mapbot.plan.domain.Side;
import org.mapbot.plan.domain.Template;

/** Templates a workspace saved with {@code /map template save}. */
public final class TemplateRepository {
    private final DSLContext dsl;

    public TemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Template> find(String teamId, String name) {
        var template = dsl.selectFrom(PLAN_TEMPLATE)
                .where(PLAN_TEMPLATE.TEAM_ID.eq(teamId).and(PLAN_TEMPLATE.NAME.equalIgnoreCase(name))).fetchOptional();
        return template.map(t -> new Template(t.getName(), "saved by <@" + t.getCreatedBy() + ">",
                dsl.selectFrom(PLAN_TEMPLATE_STEP).where(PLAN_TEMPLATE_STEP.TEMPLATE_ID.eq(t.getId()))
                        .orderBy(PLAN_TEMPLATE_STEP.POSITION)
                        .fetch(s -> new TemplateStep(s.getTitle(), Side.fromDb(s.getSide()), s.getOwnerName(), null,
                                s.getDueOffsetDays()))));
    }

    public List<Template> all(String teamId) {
        var templates = dsl.selectFrom(PLAN_TEMPLATE).where(PLAN_TEMPLATE.TEAM_ID.eq(teamId)).orderBy(PLAN_TEMPLATE.NAME).fetch();
        Map<Long, List<TemplateStep>> steps = dsl.selectFrom(PLAN_TEMPLATE_STEP)
                .where(PLAN_TEMPLATE_STEP.TEMPLATE_ID.in(templates.map(t -> t.getId())))
                .orderBy(PLAN_TEMPLATE_STEP.POSITION)
                .fetchGroups(PLAN_TEMPLATE_STEP.TEMPLATE_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().map(s -> new TemplateStep(s.getTitle(),
                        Side.fromDb(s.getSide()), s.getOwnerName(), null, s.getDueOffsetDays()))));
        return templates.map(t -> new Template(t.getName(), "saved by <@" + t.getCreatedBy() + ">",
                steps.getOrDefault(t.getId(), List.of())));
    }

    /** The names of the team's saved templates that contain {@code text} (any case), in order, at most {@code limit}. */
    public List<String> names(String teamId, String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return dsl.select(PLAN_TEMPLATE.NAME).from(PLAN_TEMPLATE)
                .where(PLAN_TEMPLATE.TEAM_ID.eq(teamId).and(PLAN_TEMPLATE.NAME.likeIgnoreCase(pattern, '\\')))
                .orderBy(PLAN_TEMPLATE.NAME).limit(limit).fetch(PLAN_TEMPLATE.NAME);
    }

    /** Saves (or replaces) a template under {@code name}. */
    public void save(String teamId, String name, String userId, List<TemplateStep> steps, Instant now) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(PLAN_TEMPLATE).where(PLAN_TEMPLATE.TEAM_ID.eq(teamId).and(PLAN_TEMPLATE.NAME.equalIgnoreCase(name))).execute();
            long id = tx.insertInto(PLAN_TEMPLATE)
                    .set(PLAN_TEMPLATE.TEAM_ID, teamId).set(PLAN_TEMPLATE.NAME, name)
                    .set(PLAN_TEMPLATE.CREATED_BY, userId).set(PLAN_TEMPLATE.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                    .returning(PLAN_TEMPLATE.ID).fetchOne().getId();
            var insert = tx.insertInto(PLAN_TEMPLATE_STEP, PLAN_TEMPLATE_STEP.TEMPLATE_ID, PLAN_TEMPLATE_STEP.POSITION,
                    PLAN_TEMPLATE_STEP.TITLE, PLAN_TEMPLATE_STEP.SIDE, PLAN_TEMPLATE_STEP.OWNER_NAME, PLAN_TEMPLATE_STEP.DUE_OFFSET_DAYS);
            int position = 0;
            for (TemplateStep step : steps) {
                insert = insert.values(id, ++position, step.title(), step.side().dbValue(), step.ownerName(), step.offsetDays());
            }
            if (!steps.isEmpty()) {
                insert.execute();
            }
        });
    }
}
