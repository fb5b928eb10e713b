-- One row per account that has signed in: its @Version serialises the concurrent-session limit.
create table account_sessions (
    account_id uuid        not null references account (id) on delete cascade,
    opened     bigint      not null default 0,
    version    bigint      not null default 0,
    constraint pk_account_sessions primary key (account_id)
);

-- Every refresh token ever issued (as SHA-256), so that a rotated-out one presented again is
-- recognised as reuse and ends its session.
create table refresh_token (
    token_hash  varchar(64) not null,
    session_id  uuid        not null references session (id) on delete cascade,
    issued_at   timestamptz not null,
    retired_at  timestamptz,
    version     bigint      not null default 0,
    constraint pk_refresh_token primary key (token_hash)
);
create index ix_refresh_token_session on refresh_token (session_id);
insert into refresh_token (token_hash, session_id, issued_at)
    select refresh_token_hash, id, created_at from session;
alter table session drop column refresh_token_hash;
alter table session add column last_used_at timestamptz;
