package org.mapbot.reminder;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapbot.plan.domain.Actor;
import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanException;
import org.mapbot.plan.service.Permissions;
import org.mapbot.plan.service.PlanService;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderTiming;

/**
 * Who may choose what reminders send: a plan's reminder settings belong to the seller team; muting one's own
 * reminder DMs is anyone's. Saved settings re-plan the reminders through the after-commit pipeline.
 */
public final class ReminderPreferences {
    private final PlanService plans;
    private final ReminderRepository reminders;
    private final SlackDirectory directory;
    private final Clock clock;

    public ReminderPreferences(PlanService plans, ReminderRepository reminders, SlackDirectory directory, Clock clock) {
        this.plans = plans;
        this.reminders = reminders;
        this.directory = directory;
        this.clock = clock;
    }

    public ReminderSettings settingsFor(Actor actor, Plan plan) {
        Permissions.requireSeller(actor, plan, "change this plan's reminders");
        return reminders.settings(plan.id());
    }

    /** Saves what the form sent; every value may be tampered with, so unknown kinds and leads are refused. */
    public void save(Actor actor, long planId, List<String> kinds, Optional<String> lead) {
        Plan plan = plans.planAt(actor, planId, Origin.modal());
        Permissions.requireSeller(actor, plan, "change this plan's reminders");
        Set<ReminderKind> chosen = EnumSet.noneOf(ReminderKind.class);
        for (String value : kinds) {
            chosen.add(Arrays.stream(ReminderKind.values()).filter(k -> k.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new PlanException("Choose from the listed reminders.")));
        }
        int leadDays = lead.map(v -> v.matches("\\d{1,2}") ? Integer.parseInt(v) : -1).orElse(ReminderTiming.DEFAULT_LEAD_DAYS);
        if (leadDays < 0 || leadDays > ReminderSettings.MAX_LEAD_DAYS) {
            throw new PlanException("Choose 0 to " + ReminderSettings.MAX_LEAD_DAYS + " working days.");
        }
        reminders.saveSettings(plan.id(), new ReminderSettings(chosen, leadDays), actor.userId(), clock.instant());
        plans.refresh(plan.id());
    }

    public void mute(Actor actor, boolean muted) {
        directory.setMuted(actor.installation(), actor.userId(), muted);
    }
}
