-- Maintenance mode lives in the database, so every node sees it at once and it survives restarts.
create table maintenance (
    id            integer     not null,
    enabled       boolean     not null,
    estimated_end timestamptz,
    updated_at    timestamptz not null,
    version       bigint      not null default 0,
    constraint pk_maintenance primary key (id),
    constraint ck_maintenance_single check (id = 1)
);
insert into maintenance (id, enabled, updated_at) values (1, false, now());
