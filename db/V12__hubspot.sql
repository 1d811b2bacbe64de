-- HubSpot deal sync. One private-app connection per installation; its token is stored only encrypted (AES-256-GCM,
-- bound to this table and the row's team), next to the id of the key that encrypted it.
create table hubspot_connection (
    team_id          varchar(32)  primary key,
    enterprise_id    varchar(32),
    token_sealed     bytea        not null,
    token_key_id     varchar(32)  not null,
    portal_id        bigint       not null,
    ui_domain        varchar(100) not null,
    connected_by     varchar(32)  not null,
    connected_at     timestamp with time zone not null,
    properties_ready boolean      not null default false, -- the mapbot group and properties exist in that portal
    broken_at        timestamp with time zone,            -- HubSpot refused the token (401): no sync until reconnected
    broken_told      boolean      not null default false
);

-- The deal a plan is linked to, on the plan row itself: the pipeline already reads it, so plans without a link cost
-- no statement, and the card of an internal channel can show the link without another query.
alter table plan add column hubspot_deal_id varchar(20);
alter table plan add column hubspot_deal_name varchar(300);
alter table plan add column hubspot_deal_url varchar(300);
alter table plan add column hubspot_link_broken boolean not null default false;

-- Deal updates waiting to be written: one row per plan (many changes fold into one), due at a time that survives a
-- restart and that any instance's sender honours (HubSpot's Retry-After, or a backoff).
create table hubspot_sync (
    plan_id       bigint       primary key references plan (id) on delete cascade,
    due_at        timestamp with time zone not null,
    attempts      integer      not null default 0,
    claimed_until timestamp with time zone,
    last_error    varchar(300)
);
create index hubspot_sync_due_idx on hubspot_sync (due_at);
