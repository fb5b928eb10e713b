-- Groups: a name unique among the groups not deleted; a deleted group stays, so its members are told GROUP_DELETED.
create table account_group (
    id          uuid         not null,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    deleted_at  timestamptz,
    version     bigint       not null default 0,
    constraint pk_account_group primary key (id)
);
create unique index uk_group_name on account_group (lower(name)) where deleted_at is null;

-- Every change of an account's status, by whom: one row per change actually made.
create table account_status_change (
    id          bigserial    not null,
    account_id  uuid         not null references account (id) on delete cascade,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    changed_by  uuid,
    changed_at  timestamptz  not null,
    constraint pk_account_status_change primary key (id)
);
create index ix_account_status_change_account on account_status_change (account_id);
create index ix_account_status on account (status);
