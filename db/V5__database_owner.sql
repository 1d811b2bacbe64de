-- Which kind of run this database belongs to: a real Slack workspace's ('slack') or the sandbox's ('sandbox').
-- The first run on a database writes the one row; a run of the other kind then refuses to start on it, so the
-- sandbox's stand-in Slack never takes (and marks sent) a real reminder, and a real workspace never serves demo plans.
create table database_owner (
    id          integer     not null primary key,
    kind        varchar(16) not null,
    claimed_at  timestamp with time zone not null,
    constraint database_owner_one_row check (id = 1),
    constraint database_owner_kind_check check (kind in ('slack', 'sandbox'))
);
