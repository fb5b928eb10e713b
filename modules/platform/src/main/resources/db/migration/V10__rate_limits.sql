-- One row per limit and subject (e.g. "device-registration:<account id>"): a fixed window that
-- opens with the first hit. Counted by a single upsert, so the limit holds across nodes.
create table rate_limit_counter (
    bucket       varchar(300) not null,
    window_start timestamptz  not null,
    expires_at   timestamptz  not null,
    hits         integer      not null,
    constraint pk_rate_limit_counter primary key (bucket)
);
create index ix_rate_limit_counter_expires_at on rate_limit_counter (expires_at);
