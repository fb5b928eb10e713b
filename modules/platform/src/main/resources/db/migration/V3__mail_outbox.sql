-- Mails are written here in the transaction that causes them and delivered after commit.
create table mail_outbox (
    id              bigserial    not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    next_attempt_at timestamptz  not null,
    attempts        integer      not null default 0,
    last_error      varchar(500),
    sent_at         timestamptz,
    version         bigint       not null default 0,
    constraint pk_mail_outbox primary key (id)
);
create index ix_mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
