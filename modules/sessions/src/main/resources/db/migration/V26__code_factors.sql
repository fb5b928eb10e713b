-- Second factors that send a code: e-mail and SMS. One row per account and method; the last code
-- sent (hashed, with what it is for and until when), and what the SMS gateway last reported.
create table code_factor (
    account_id           uuid         not null references account (id) on delete cascade,
    method               varchar(8)   not null,
    enabled              boolean      not null default false,
    phone                varchar(20),
    pending_phone        varchar(20),
    code_hash            varchar(64),
    code_salt            varchar(32),
    code_purpose         varchar(8),
    code_challenge       varchar(64),
    code_expires_at      timestamptz,
    message_id           varchar(200),
    delivery_status      varchar(20),
    delivery_reported_at timestamptz,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint pk_code_factor primary key (account_id, method)
);
create index ix_code_factor_message on code_factor (message_id) where message_id is not null;
