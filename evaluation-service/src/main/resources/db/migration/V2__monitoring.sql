-- Annual monitoring (年度监测): cycles per plan and year, the reports agencies owe, their submissions and observations.

create table monitoring_cycle (
    id         bigserial primary key,
    plan_code  varchar(64) not null,
    year       integer     not null,
    status     varchar(16) not null,
    opens_on   date        not null,
    due_on     date        not null,
    opened_at  timestamptz not null default now(),
    opened_by  varchar(200),
    closed_at  timestamptz,
    closed_by  varchar(200),
    revision   bigint      not null default 0,
    constraint monitoring_cycle_unique unique (plan_code, year),
    constraint monitoring_cycle_dates check (due_on >= opens_on)
);

-- Which agency owes which indicator in a cycle, derived from the matrix and the catalogue when the cycle opens.
create table expected_report (
    id             bigserial primary key,
    cycle_id       bigint      not null references monitoring_cycle (id),
    agency_code    varchar(64) not null,
    agency_name_zh text        not null,
    indicator_code varchar(64) not null,
    domain_code    varchar(32) not null,
    constraint expected_report_unique unique (cycle_id, agency_code, indicator_code)
);

create table submission (
    id             bigserial primary key,
    cycle_id       bigint       not null references monitoring_cycle (id),
    code           varchar(120) not null,
    agency_code    varchar(64)  not null,
    status         varchar(16)  not null,
    created_at     timestamptz  not null default now(),
    created_by     varchar(200),
    submitted_at   timestamptz,
    submitted_by   varchar(200),
    reviewed_at    timestamptz,
    reviewed_by    varchar(200),
    return_reason  text,
    revision       bigint       not null default 0,
    constraint submission_code_unique unique (cycle_id, code)
);

create index submission_cycle_agency on submission (cycle_id, agency_code);

-- One value per indicator, year, area and disaggregation; TOTAL where a dimension is not broken down.
create table observation (
    id             bigserial primary key,
    submission_id  bigint      not null references submission (id),
    cycle_id       bigint      not null references monitoring_cycle (id),
    row_number     integer     not null,
    indicator_code varchar(64) not null,
    year           integer     not null,
    area_code      varchar(64) not null,
    sex            varchar(16) not null default 'TOTAL',
    residence      varchar(16) not null default 'TOTAL',
    age_group      varchar(16) not null default 'TOTAL',
    value          numeric     not null,
    numerator      numeric,
    denominator    numeric,
    source         text,
    note           text,
    -- 1 for the value as accepted; each correction after the cycle closed adds one (history in observation_revision)
    value_version  integer     not null default 1
);

create index observation_submission on observation (submission_id);
create index observation_series on observation (cycle_id, indicator_code);

-- Corrections of locked (accepted, cycle closed) values; the old value stays here.
create table observation_revision (
    id               bigserial primary key,
    observation_id   bigint      not null references observation (id),
    value_version    integer     not null,
    old_value        numeric     not null,
    old_numerator    numeric,
    old_denominator  numeric,
    new_value        numeric     not null,
    new_numerator    numeric,
    new_denominator  numeric,
    reason           text        not null,
    revised_at       timestamptz not null default now(),
    revised_by       varchar(200),
    constraint observation_revision_unique unique (observation_id, value_version)
);

-- The last answer read from a peer service (catalogue, responsibilities) per key, so reads keep working while it is down.
create table peer_cache (
    source     varchar(32)  not null,
    cache_key  varchar(200) not null,
    fetched_at timestamptz  not null,
    body       text         not null,
    primary key (source, cache_key)
);
