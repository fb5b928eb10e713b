create table account (
    id              uuid         not null,
    email           varchar(254) not null,
    username        varchar(32)  not null,
    password_hash   varchar(200) not null,
    display_name    varchar(100),
    status          varchar(20)  not null,
    email_confirmed boolean      not null default false,
    permissions     varchar(200) not null,
    group_id        uuid,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint pk_account primary key (id),
    constraint ck_account_status check (status in ('PENDING', 'ACTIVE', 'DECLINED', 'DEACTIVATED'))
);
-- emails are stored lower case; usernames keep their case but are unique regardless of it
create unique index uk_account_email on account (email);
create unique index uk_account_username on account (lower(username));
