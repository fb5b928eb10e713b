create table session (
    id                 uuid         not null,
    account_id         uuid         not null references account (id) on delete cascade,
    created_at         timestamptz  not null,
    expires_at         timestamptz  not null,
    ended_at           timestamptz,
    end_reason         varchar(40),
    refresh_token_hash varchar(64)  not null,
    version            bigint       not null default 0,
    constraint pk_session primary key (id)
);
create index ix_session_account on session (account_id) where ended_at is null;
create unique index uk_session_refresh_token on session (refresh_token_hash);

-- The key that MACs access tokens: made once by whichever node starts first, shared by all.
create table signing_key (
    id         integer     not null,
    secret     bytea       not null,
    created_at timestamptz not null,
    constraint pk_signing_key primary key (id)
);
