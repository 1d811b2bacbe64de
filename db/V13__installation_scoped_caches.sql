-- Slack Connect with MAP Bot installed on both sides: a click or event that arrives through either organisation's
-- installation is handled for the installation that created the channel's plans, found by the channel alone.
create index plan_channel_owner_idx on plan (channel_id);
-- The same for a reminder's buttons in a direct message: whose reminders the bot sent to that conversation.
create index reminder_message_channel_idx on reminder (message_channel);
