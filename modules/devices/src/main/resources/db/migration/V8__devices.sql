create table device (
    id                 uuid         not null,
    account_id         uuid         not null references account (id) on delete cascade,
    name               varchar(100) not null,
    platform           varchar(50),
    public_key         varchar(400) not null,
    key_fingerprint    varchar(64)  not null,
    state              varchar(20)  not null,
    created_at         timestamptz  not null,
    last_used_at       timestamptz,
    revoked_at         timestamptz,
    revocation_reason  varchar(200),
    version            bigint       not null default 0,
    constraint pk_device primary key (id),
    constraint ck_device_state check (state in ('ACTIVE', 'REVOKED'))
);
create index ix_device_account on device (account_id, created_at);
-- one active registration of a key per account
create unique index uk_device_account_key on device (account_id, key_fingerprint) where state = 'ACTIVE';

-- One row per account with devices: its @Version serialises the device quota.
create table account_devices (
    account_id  uuid   not null references account (id) on delete cascade,
    registered  bigint not null default 0,
    version     bigint not null default 0,
    constraint pk_account_devices primary key (account_id)
);

create table device_challenge (
    nonce       varchar(64) not null,
    device_id   uuid        not null references device (id) on delete cascade,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    version     bigint      not null default 0,
    constraint pk_device_challenge primary key (nonce)
);
