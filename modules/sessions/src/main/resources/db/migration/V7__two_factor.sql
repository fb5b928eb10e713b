create table totp_factor (
    account_id       uuid        not null references account (id) on delete cascade,
    secret           varchar(64),
    pending_secret   varchar(64),
    enabled          boolean     not null default false,
    last_used_step   bigint      not null default 0,
    failed_attempts  integer     not null default 0,
    updated_at       timestamptz not null,
    version          bigint      not null default 0,
    constraint pk_totp_factor primary key (account_id)
);

create table backup_code (
    code_hash   varchar(64) not null,
    account_id  uuid        not null references account (id) on delete cascade,
    used_at     timestamptz,
    version     bigint      not null default 0,
    constraint pk_backup_code primary key (code_hash)
);
create index ix_backup_code_account on backup_code (account_id);

-- The second step of a sign-in with two-factor authentication: what the first step proved.
create table mfa_challenge (
    token_hash  varchar(64) not null,
    account_id  uuid        not null references account (id) on delete cascade,
    expires_at  timestamptz not null,
    attempts    integer     not null default 0,
    used_at     timestamptz,
    version     bigint      not null default 0,
    constraint pk_mfa_challenge primary key (token_hash)
);
