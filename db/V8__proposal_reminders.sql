-- An unanswered date (or owner) proposal is reminded once, to the organisation that answers it (the kind 'proposal'
-- is allowed since V7). The row names its proposal: the reminder is once per proposal (a proposal declined and made
-- again is a new one), the send re-checks that this proposal is still open, and its Accept / Decline are tied to it.
-- Keep to portable DDL: jOOQ generates its classes from these scripts (replayed in H2).
alter table reminder add column proposal_id bigint references step_proposal (id) on delete cascade;
create index reminder_proposal_idx on reminder (proposal_id);

-- `/map settings` can switch proposal reminders off per plan, like every other kind.
alter table plan_reminder_settings add column proposal boolean not null default true;
