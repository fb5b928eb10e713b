create table idempotency_record (
    scope             varchar(300) not null,
    idempotency_key   varchar(255) not null,
    request_hash      varchar(64)  not null,
    created_at        timestamptz  not null,
    response_status   integer,
    response_body     bytea,
    response_type     varchar(100),
    response_location varchar(1000),
    version           bigint       not null default 0,
    constraint pk_idempotency_record primary key (scope, idempotency_key)
);
create index ix_idempotency_record_created_at on idempotency_record (created_at);
