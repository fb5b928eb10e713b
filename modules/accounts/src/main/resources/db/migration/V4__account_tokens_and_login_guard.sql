-- One-time tokens sent by mail; only their SHA-256 is stored.
create table account_token (
    token_hash  varchar(64) not null,
    account_id  uuid        not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    version     bigint      not null default 0,
    constraint pk_account_token primary key (token_hash),
    constraint ck_account_token_purpose check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);
create index ix_account_token_account on account_token (account_id, purpose);

-- Failed sign-ins per subject: an account ("account:<id>") or an identifier that names none
-- ("login:<identifier>"). "pending" counts password checks under way, so that parallel guesses
-- never get more checks than the lockout allows.
create table login_guard (
    subject       varchar(300) not null,
    failures      integer      not null default 0,
    pending       integer      not null default 0,
    locked_until  timestamptz,
    updated_at    timestamptz  not null,
    constraint pk_login_guard primary key (subject)
);
