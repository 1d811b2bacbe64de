package org.mapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapbot.pipeline.PlanConsumer;
import org.mapbot.pipeline.PlanSnapshot;
import org.mapbot.pipeline.PlanSnapshots;
import org.mapbot.plan.domain.Commitment;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanStatus;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.plan.domain.Step;
import org.mapbot.reminder.domain.PlannedReminder;
import org.mapbot.reminder.domain.ReminderKind;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.reminder.domain.ReminderTiming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a plan's pending reminder rows in line with the plan after every change: rows that should exist are inserted,
 * rows that no longer apply (step done or cancelled, due date moved, proposal answered, plan not active, kind switched
 * off) are deleted.
 * A handful of statements per plan, however many steps it has; it runs in the after-commit pipeline, which never
 * re-plans one plan on two threads at once.
 */
public final class ReminderPlanner implements PlanConsumer {
    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    private final PlanSnapshots snapshots;
    private final ReminderRepository reminders;
    private final SlackDirectory directory;
    private final Clock clock;

    public ReminderPlanner(PlanSnapshots snapshots, ReminderRepository reminders, SlackDirectory directory, Clock clock) {
        this.snapshots = snapshots;
        this.reminders = reminders;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void publish(PlanSnapshot snapshot) {
        SlackDirectory.Cached zones = zonesOf(snapshot);
        replan(snapshot.view(), snapshot.reminderSettings(), zones);
        if (!zones.stale().isEmpty() && snapshot.plan().status() == PlanStatus.ACTIVE) {
            // Slack may know a time zone we do not: ask, and plan again with what it says.
            boolean any = false;
            for (String user : zones.stale()) {
                any |= directory.refreshUser(snapshot.plan(), user);
            }
            if (any) {
                replan(snapshot.view(), snapshot.reminderSettings(), directory.zones(snapshot.plan(), usersOf(snapshot.view())));
            }
        }
    }

    /** Re-plans one plan now, from a fresh snapshot (after its settings changed, say). */
    public void replan(long planId) {
        snapshots.load(planId).ifPresent(s -> replan(s.view(), s.reminderSettings(), zonesOf(s)));
    }

    private static SlackDirectory.Cached zonesOf(PlanSnapshot snapshot) {
        Map<String, Optional<ZoneId>> zones = new HashMap<>();
        snapshot.people().forEach((id, user) -> zones.put(id, Optional.ofNullable(user.timeZone())));
        return new SlackDirectory.Cached(zones, snapshot.stalePeople());
    }

    private static Set<String> usersOf(PlanView view) {
        Set<String> users = new LinkedHashSet<>();
        users.add(view.plan().ownerUserId());
        view.steps().forEach(s -> s.owner().slackUserId().ifPresent(users::add));
        return users;
    }

    /** Brings the plan's pending reminders in line with the plan. */
    private void replan(PlanView view, ReminderSettings settings, SlackDirectory.Cached zones) {
        Plan plan = view.plan();
        Instant now = clock.instant();
        Wanted wanted = wanted(plan, view.steps(), view.commitment(), settings, zones, now);
        List<ReminderRepository.PendingKey> pending = reminders.pendingOfPlan(plan.id());
        Set<String> pendingKeys = pending.stream().map(ReminderRepository.PendingKey::dedupeKey).collect(Collectors.toSet());
        List<Long> obsolete = pending.stream().filter(p -> !wanted.keeps(p.dedupeKey())).map(ReminderRepository.PendingKey::id).toList();
        reminders.deletePending(obsolete);
        // A moment already past when the step was planned is not a reminder anyone missed: it is never inserted.
        reminders.insertAll(wanted.rows().stream()
                .filter(r -> !pendingKeys.contains(r.dedupeKey()) && !r.dueAt().isBefore(now))
                .toList(), now);
        log.debug("Re-planned the reminders of plan {}", plan.id());
    }

    /** The reminders a plan should have now, and which pending rows made earlier are still fine. */
    static Wanted wanted(Plan plan, List<Step> steps, Commitment commitment, ReminderSettings settings, SlackDirectory.Cached zones,
                         Instant now) {
        List<PlannedReminder> rows = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        if (plan.status() != PlanStatus.ACTIVE) {
            return new Wanted(rows, keep, false);
        }
        ZoneId planZone = plan.timeZone();
        String seller = plan.ownerUserId();
        ZoneId sellerZone = zones.zoneOr(seller, planZone);
        for (Step step : steps) {
            if (!step.isOpen() || step.dueDate() == null) {
                continue;
            }
            LocalDate due = step.dueDate();
            // An internal step is never put to someone outside the seller's organisation, whatever the data says.
            String owner = step.internalOnly() && !step.owner().isSellerPersonOf(plan) ? null
                    : step.owner().slackUserId().orElse(null);
            String dmTo = owner == null ? seller : owner;
            ZoneId zone = owner == null ? sellerZone : zones.zoneOr(owner, planZone);
            if (settings.wants(ReminderKind.DUE_SOON) && settings.leadDays() > 0) {
                rows.add(stepReminder(plan, step, ReminderKind.DUE_SOON, dmTo, zone, settings.leadDays()));
            }
            if (settings.wants(ReminderKind.DUE_TODAY)) {
                rows.add(stepReminder(plan, step, ReminderKind.DUE_TODAY, dmTo, zone, settings.leadDays()));
            }
            if (settings.wants(ReminderKind.OVERDUE)) {
                rows.add(stepReminder(plan, step, ReminderKind.OVERDUE, dmTo, zone, settings.leadDays()));
                if (!dmTo.equals(seller)) {
                    rows.add(stepReminder(plan, step, ReminderKind.OVERDUE, seller, sellerZone, settings.leadDays()));
                }
            }
            if (settings.wants(ReminderKind.STATUS_CHECK)) {
                // An internal-only step is never asked about in the channel: its status check goes to the seller owner.
                String where = step.internalOnly() ? seller : plan.channelId();
                rows.add(stepReminder(plan, step, ReminderKind.STATUS_CHECK, where, zone, settings.leadDays()));
            }
            if (settings.wants(ReminderKind.NO_ANSWER)) {
                keep.add(PlannedReminder.dedupeKey(plan.id(), step.id(), ReminderKind.NO_ANSWER, seller, due));
            }
        }
        if (settings.wants(ReminderKind.PROPOSAL)) {
            rows.addAll(ProposalReminders.planned(plan, steps, commitment, zones, now));
        }
        boolean digest = settings.wants(ReminderKind.DIGEST);
        if (digest) {
            Instant next = ReminderTiming.nextDigestAt(now, planZone);
            rows.add(new PlannedReminder(plan.id(), null, ReminderKind.DIGEST, plan.channelId(),
                    next.atZone(planZone).toLocalDate(), planZone, next));
        }
        rows.forEach(r -> keep.add(r.dedupeKey()));
        return new Wanted(rows, keep, digest);
    }

    private static PlannedReminder stepReminder(Plan plan, Step step, ReminderKind kind, String recipient, ZoneId zone, int leadDays) {
        return new PlannedReminder(plan.id(), step.id(), kind, recipient, step.dueDate(), zone,
                ReminderTiming.sendAt(kind, step.dueDate(), zone, leadDays));
    }

    /** What the planner wants; a pending digest of an earlier Monday (not sent yet after downtime) is kept too. */
    record Wanted(List<PlannedReminder> rows, Set<String> keepKeys, boolean digestsWanted) {
        boolean keeps(String key) {
            return keepKeys.contains(key) || (digestsWanted && key.startsWith("plan:") && key.contains(":digest:"));
        }
    }

    /** For callers that only need the keys, e.g. tests. */
    static Map<String, PlannedReminder> byKey(List<PlannedReminder> rows) {
        return rows.stream().collect(Collectors.toMap(PlannedReminder::dedupeKey, r -> r, (a, b) -> a));
    }
}
