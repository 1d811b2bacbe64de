-- Bearer tokens for the REST API under /api/v1, one set per installation. The token itself is shown once to the
-- workspace admin who created it and never stored: only its SHA-256 is, so a copy of the database opens nothing.
create table api_token (
    id            bigserial    primary key,
    team_id       varchar(32)  not null,
    enterprise_id varchar(32),
    name          varchar(40)  not null,
    token_hash    char(64)     not null unique,
    created_by    varchar(32)  not null,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(32)
);

-- A name picks one live token of an installation (for `/map api token revoke <name>`); revoked ones keep theirs.
create unique index api_token_live_name on api_token (team_id, name) where revoked_at is null;
