-- API keys act for their account with their scopes; the key itself is kept as its SHA-256 only.
create table api_key (
    id          uuid         not null,
    account_id  uuid         not null references account (id) on delete cascade,
    name        varchar(100) not null,
    scopes      varchar(300) not null,
    key_hash    varchar(64)  not null,
    created_at  timestamptz  not null,
    revoked_at  timestamptz,
    version     bigint       not null default 0,
    constraint pk_api_key primary key (id)
);
create unique index uk_api_key_hash on api_key (key_hash);
create unique index uk_api_key_name on api_key (account_id, lower(name)) where revoked_at is null;
