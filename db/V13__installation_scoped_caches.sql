-- Slack Connect with MAP Bot installed on both sides: a click or event that arrives through either organisation's
-- installation is handled for the installation that created the channel's plans, found by the channel alone.
create index plan_channel_owner_idx on plan (channel_id);
-- The same for a reminder's buttons in a direct message: whose reminders the bot sent to that conversation.
create index reminder_message_channel_idx on reminder (message_channel);

-- What Slack said about a user or a channel is kept per installation's directory: two workspaces (or a Grid org and a
-- workspace outside it) may use the same user or channel id for different people and channels, and must never read
-- each other's cached name, time zone, organisation, muted reminders or shared flag. The key is the installation's
-- Grid org when it has one (user ids are unique across an org), else its workspace.
alter table slack_user add column directory_key varchar(32) not null default '';
alter table slack_channel add column directory_key varchar(32) not null default '';
-- [jooq ignore start]
-- Rows cached before: a single-workspace run had one installation, the one its plans name.
update slack_user set directory_key = coalesce((select coalesce(enterprise_id, team_id) from plan order by id limit 1), '');
update slack_channel set directory_key = coalesce((select coalesce(enterprise_id, team_id) from plan order by id limit 1), '');
alter table slack_user drop constraint slack_user_pkey;
alter table slack_user add primary key (directory_key, user_id);
alter table slack_channel drop constraint slack_channel_pkey;
alter table slack_channel add primary key (directory_key, channel_id);
-- [jooq ignore stop]
