-- Agencies (责任单位) and every other spelling the plans use for them.
create table agency (
    id                bigserial    primary key,
    code              varchar(64)  not null unique,
    name_zh           varchar(200) not null,
    -- name_zh normalised (NFKC, no white space): what look-ups compare
    name_key          varchar(200) not null unique,
    name_en           varchar(400),
    kind              varchar(40)  not null,
    committee_member  boolean      not null,
    contact_person    varchar(200),
    contact_phone     varchar(100),
    contact_email     varchar(200),
    address           varchar(400),
    active            boolean      not null default true,
    note              text,
    revision          bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);

create table agency_alias (
    id         bigserial    primary key,
    agency_id  bigint       not null references agency (id),
    position   integer      not null,
    alias      varchar(200) not null,
    alias_key  varchar(200) not null unique
);
create index agency_alias_agency on agency_alias (agency_id);

-- The women-and-children committee, its office, the monitoring and evaluation leading group and its two groups.
create table governance_body (
    id                          bigserial    primary key,
    code                        varchar(64)  not null unique,
    name_zh                     varchar(200) not null,
    short_name_zh               varchar(100),
    name_en                     varchar(400),
    kind                        varchar(40)  not null,
    parent_id                   bigint       references governance_body (id),
    lead_agency_id              bigint       references agency (id),
    lead_body_id                bigint       references governance_body (id),
    -- the lead as the plan writes it, e.g. 统计部门
    lead_name_zh                varchar(200),
    housed_at_agency_id         bigint       references agency (id),
    includes_committee_members  boolean      not null default false,
    duties_zh                   text,
    source_zh                   varchar(200),
    note                        text,
    revision                    bigint       not null default 0,
    created_at                  timestamptz  not null default now(),
    updated_at                  timestamptz  not null default now(),
    constraint governance_body_one_lead check (lead_agency_id is null or lead_body_id is null)
);

create table governance_body_member (
    id              bigserial primary key,
    body_id         bigint    not null references governance_body (id),
    position        integer   not null,
    agency_id       bigint    references agency (id),
    member_body_id  bigint    references governance_body (id),
    constraint governance_body_member_one_kind check ((agency_id is null) <> (member_body_id is null))
);
create index governance_body_member_body on governance_body_member (body_id);

-- Who answers for what: an agency, a scope (the plan, a domain, a goal or an indicator) and a role, over a period.
-- Plans, domains, goals and indicators live in indicator-service, so they are held here by code.
create table responsibility_assignment (
    id              bigserial    primary key,
    code            varchar(200) not null,
    plan_code       varchar(64)  not null,
    agency_id       bigint       not null references agency (id),
    scope_type      varchar(16)  not null,
    scope_code      varchar(64)  not null,
    -- the domain the scope lies in (null for the whole plan), so the matrix needs no catalogue look-up
    domain_code     varchar(32),
    role            varchar(16)  not null,
    valid_from      date         not null,
    valid_to        date,
    -- the unit as the source names it, e.g. 民政局 where the agency is 市民政局
    source_name_zh  varchar(200),
    position        integer,
    origin          varchar(16)  not null,
    note            text,
    revision        bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint responsibility_assignment_code unique (plan_code, code),
    constraint responsibility_assignment_key unique (plan_code, agency_id, scope_type, scope_code, role, valid_from),
    constraint responsibility_assignment_period check (valid_to is null or valid_to >= valid_from)
);
create index responsibility_assignment_scope on responsibility_assignment (plan_code, scope_type, scope_code);
create index responsibility_assignment_agency on responsibility_assignment (agency_id);

-- The last catalogue indicator-service gave for each plan (indicator -> goal -> domain), so that questions about
-- indicators can still be answered from stored data while indicator-service is unavailable.
create table catalogue_snapshot (
    plan_code        varchar(64)  primary key,
    fetched_at       timestamptz  not null,
    catalogue_as_of  date,
    content_hash     varchar(64)  not null,
    content          text         not null
);

-- Completed (not dry-run) imports of responsibility documents; the seeder looks here to load its document once.
create table responsibility_import (
    id             bigserial    primary key,
    origin         varchar(16)  not null,
    source         varchar(400),
    document_hash  varchar(64)  not null,
    outcome        varchar(16)  not null,
    imported_at    timestamptz  not null default now()
);
create index responsibility_import_source on responsibility_import (origin, source);
