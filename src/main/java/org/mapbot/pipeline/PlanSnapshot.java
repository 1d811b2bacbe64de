package org.mapbot.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mapbot.plan.domain.DealLink;
import org.mapbot.plan.domain.Plan;
import org.mapbot.plan.domain.PlanView;
import org.mapbot.reminder.domain.ReminderSettings;
import org.mapbot.slack.SlackUser;

/**
 * A plan as the after-commit pipeline hands it to every consumer, read once per fold: the plan view, its reminder
 * settings, what the caches know of its channel and of the people on it, and who made the latest change.
 *
 * @param channelShared whether the channel is shared with another organisation, when the cache is fresh; empty means
 *                      ask Slack
 * @param people        the plan owner and every step owner the user cache knows, by user id
 * @param stalePeople   the ones to ask Slack about again (unknown, or cached too long ago)
 * @param webhooksDue   whether webhook deliveries of this plan wait to be sent (never for workspaces without webhooks)
 * @param deal          the CRM deal the plan is linked to, read from the plan row (so plans without one cost nothing)
 */
public record PlanSnapshot(
        PlanView view,
        ReminderSettings reminderSettings,
        Optional<Boolean> channelShared,
        Map<String, SlackUser> people,
        Set<String> stalePeople,
        Map<String, Boolean> muted,
        String changedBy,
        int publishAttempts,
        Optional<Instant> failingSince,
        boolean told,
        boolean webhooksDue,
        Optional<DealLink> deal) {

    public Plan plan() {
        return view.plan();
    }

    public int version() {
        return view.plan().version();
    }

    /** The people whose Home tab shows this plan: its owner and every step owner with a Slack account. */
    public Set<String> audience() {
        Set<String> users = new LinkedHashSet<>();
        users.add(plan().ownerUserId());
        view.steps().forEach(s -> s.owner().slackUserId().ifPresent(users::add));
        return users;
    }

    public ZoneId zoneOf(String userId, ZoneId fallback) {
        SlackUser user = people.get(userId);
        return user == null || user.timeZone() == null ? fallback : user.timeZone();
    }
}
