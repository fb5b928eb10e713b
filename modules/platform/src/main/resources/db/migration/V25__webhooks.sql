-- Outgoing webhooks: administrators' subscriptions, and one delivery row per event and subscription,
-- written in the transaction that causes the event and delivered after commit, in order per subscription.
create table webhook_subscription (
    id          uuid          not null,
    url         varchar(2000) not null,
    events      varchar(400)  not null, -- comma-separated event types
    secret      varchar(400)  not null, -- sealed: it signs every delivery, so it is kept, not hashed
    created_at  timestamptz   not null,
    deleted_at  timestamptz,
    constraint pk_webhook_subscription primary key (id)
);

create table webhook_delivery (
    id              bigserial     not null,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        uuid          not null,
    event_type      varchar(40)   not null,
    payload         text          not null,
    created_at      timestamptz   not null,
    state           varchar(10)   not null default 'pending', -- pending, delivered, failed (gave up), cancelled
    attempts        integer       not null default 0,
    last_status     integer,
    last_error      varchar(300),
    next_attempt_at timestamptz   not null,
    delivered_at    timestamptz,
    constraint pk_webhook_delivery primary key (id)
);
create index ix_webhook_delivery_pending on webhook_delivery (subscription_id, id) where state = 'pending';
create index ix_webhook_delivery_list on webhook_delivery (subscription_id, id desc);

-- Inbound webhooks already taken (X-Webhook-Id), so a replay changes nothing.
create table inbound_webhook (
    webhook_id  varchar(200) not null,
    received_at timestamptz  not null,
    constraint pk_inbound_webhook primary key (webhook_id)
);
