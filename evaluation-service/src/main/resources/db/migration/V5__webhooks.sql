-- Webhooks: other systems are told when a cycle closes or a report is published. Targets must be on an
-- allow-list that administrators keep, so the mechanism can not be aimed at internal addresses.
create table webhook_allowed_host (
    host     varchar(253) primary key,
    added_by varchar(200),
    added_at timestamptz  not null
);

create table webhook_subscription (
    id         bigserial primary key,
    code       varchar(64)  not null unique,
    url        text         not null,
    events     jsonb        not null,
    secret     varchar(64)  not null,
    active     boolean      not null,
    created_by varchar(200),
    created_at timestamptz  not null,
    revision   bigint       not null default 0
);

create table webhook_delivery (
    id               bigserial primary key,
    subscription_id  bigint       not null references webhook_subscription (id),
    event            varchar(32)  not null,
    payload          text         not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz  not null,
    delivered_at     timestamptz
);

create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at desc);
