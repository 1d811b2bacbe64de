-- What the plan's card and Home tabs last showed, so a change always reaches them: every change bumps plan.version;
-- the after-commit pipeline records the version it published. A plan whose published_version is behind is retried
-- with backoff (publish_due_at) by whichever instance sweeps first, also after a restart.
alter table plan add column changed_by varchar(32);                  -- who made the latest change: told if it lags
alter table plan add column published_version integer not null default 0;
alter table plan add column publish_attempts integer not null default 0;
alter table plan add column publish_due_at timestamp with time zone;   -- next try; null right after a change
alter table plan add column publish_failing_since timestamp with time zone;
alter table plan add column publish_told boolean not null default false;

-- Plans that exist already were published by the version that made them.
update plan set published_version = version;

-- [jooq ignore start]
create index plan_unpublished_idx on plan (publish_due_at) where published_version < version;
-- [jooq ignore stop]

-- Enterprise Grid: a colleague in another workspace of the seller's enterprise is on the seller's side too.
alter table slack_user add column enterprise_id varchar(32);
