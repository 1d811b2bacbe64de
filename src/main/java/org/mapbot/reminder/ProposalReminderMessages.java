package org.mapbot.reminder;

import org.mapbot.plan.domain.Origin;
import org.mapbot.plan.slack.ProposalMessages;

/** Ties a click on a proposal reminder's Accept or Decline to its proposal: only that proposal's sent reminder counts. */
public final class ProposalReminderMessages implements ProposalMessages {
    private final ReminderRepository reminders;

    public ProposalReminderMessages(ReminderRepository reminders) {
        this.reminders = reminders;
    }

    @Override
    public Origin checked(long proposalId, Origin origin) {
        boolean ours = origin.surface() == Origin.Surface.MESSAGE && origin.channelId() != null && origin.messageTs() != null
                && reminders.isProposalReminderMessage(proposalId, origin.channelId(), origin.messageTs());
        return ours ? Origin.reminder(origin.channelId(), origin.messageTs()) : origin;
    }
}
