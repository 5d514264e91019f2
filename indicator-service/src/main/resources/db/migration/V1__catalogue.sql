-- The catalogue of a development plan: plan -> domains -> goals and strategy measures -> indicators (versioned).

create table plan (
    id                bigserial primary key,
    code              varchar(64)  not null unique,
    title_zh          text         not null,
    title_en          text,
    jurisdiction_code varchar(32)  not null,
    jurisdiction_zh   text         not null,
    jurisdiction_en   text,
    period_start      integer      not null,
    period_end        integer      not null,
    baseline_year     integer,
    document_number   text,
    issuer_zh         text,
    issued_on         date,
    revision          bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint plan_period_ordered check (period_end >= period_start)
);

create table plan_domain (
    id                bigserial primary key,
    plan_id           bigint       not null references plan (id),
    code              varchar(32)  not null,
    ordinal           integer      not null,
    name_zh           text         not null,
    name_en           text,
    -- Unit names exactly as the plan document writes them; agency-service resolves them to agencies.
    lead_units        jsonb        not null default '[]',
    responsible_units jsonb        not null default '[]',
    revision          bigint       not null default 0,
    constraint plan_domain_code_unique unique (plan_id, code)
);

create table goal (
    id         bigserial primary key,
    domain_id  bigint  not null references plan_domain (id),
    number     integer not null,
    text_zh    text    not null,
    text_en    text,
    revision   bigint  not null default 0,
    constraint goal_number_unique unique (domain_id, number)
);

create table strategy_measure (
    id         bigserial primary key,
    domain_id  bigint  not null references plan_domain (id),
    number     integer not null,
    title_zh   text    not null,
    title_en   text,
    revision   bigint  not null default 0,
    constraint measure_number_unique unique (domain_id, number)
);

create table indicator (
    id             bigserial primary key,
    plan_id        bigint      not null references plan (id),
    domain_id      bigint      not null references plan_domain (id),
    code           varchar(64) not null,
    goal_id        bigint references goal (id),
    measure_id     bigint references strategy_measure (id),
    latest_version integer     not null default 0,
    revision       bigint      not null default 0,
    created_at     timestamptz not null default now(),
    constraint indicator_code_unique unique (plan_id, code),
    constraint indicator_single_origin check ((goal_id is null) <> (measure_id is null))
);

-- Each change of an indicator's definition or target is a new row; earlier rows are never updated.
create table indicator_version (
    id                  bigserial primary key,
    indicator_id        bigint      not null references indicator (id),
    version             integer     not null,
    effective_from      date        not null,
    name_zh             text        not null,
    name_en             text,
    unit                varchar(32),
    target_type         varchar(32) not null,
    target_value        numeric,
    target_year         integer,
    baseline_year       integer,
    baseline_value      numeric,
    disaggregations     jsonb       not null default '[]',
    data_source         text,
    reporting_frequency varchar(32) not null,
    source_text_zh      text,
    note                text,
    change_reason       text,
    created_at          timestamptz not null default now(),
    constraint indicator_version_unique unique (indicator_id, version),
    constraint indicator_version_effective_unique unique (indicator_id, effective_from)
);

create index indicator_version_lookup on indicator_version (indicator_id, effective_from desc);

create table reporting_area (
    id          bigserial primary key,
    plan_id     bigint      not null references plan (id),
    code        varchar(32) not null,
    name_zh     text        not null,
    name_en     text,
    level       varchar(32) not null,
    parent_code varchar(32),
    revision    bigint      not null default 0,
    constraint reporting_area_code_unique unique (plan_id, code)
);

-- Responses of POSTs sent with an Idempotency-Key, replayed when the same request is repeated.
create table idempotency_record (
    idempotency_key varchar(200) not null,
    operation       varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    location        text,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    primary key (operation, idempotency_key)
);
