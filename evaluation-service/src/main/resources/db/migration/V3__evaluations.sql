-- Mid-term and final evaluations (中期评估、终期评估): the workflow, agencies' self-assessments, the evaluation
-- group's ratings and findings, the frozen data snapshot, the sealed report, and readers' feedback.

create table evaluation (
    id                     bigserial primary key,
    plan_code              varchar(64)  not null,
    code                   varchar(64)  not null,
    type                   varchar(16)  not null,
    reference_year         integer      not null,
    status                 varchar(16)  not null,
    plan_text_zh           text         not null,
    plan_text_en           text,
    self_assessment_due_on date         not null,
    report_due_on          date         not null,
    findings_zh            text,
    findings_en            text,
    recommendations_zh     text,
    recommendations_en     text,
    created_at             timestamptz  not null,
    created_by             varchar(200),
    revision               bigint       not null default 0,
    constraint evaluation_code_unique unique (plan_code, code)
);

-- Every workflow step: who took it, when, and why.
create table evaluation_event (
    id            bigserial primary key,
    evaluation_id bigint       not null references evaluation (id),
    action        varchar(32)  not null,
    from_status   varchar(16)  not null,
    to_status     varchar(16)  not null,
    actor         varchar(200),
    at            timestamptz  not null,
    comment       text
);

create index evaluation_event_evaluation on evaluation_event (evaluation_id, at);

create table self_assessment (
    id             bigserial primary key,
    evaluation_id  bigint      not null references evaluation (id),
    agency_code    varchar(64) not null,
    agency_name_zh text        not null,
    status         varchar(16) not null,
    submitted_at   timestamptz,
    submitted_by   varchar(200),
    returned_at    timestamptz,
    return_reason  text,
    revision       bigint      not null default 0,
    constraint self_assessment_unique unique (evaluation_id, agency_code)
);

-- One goal the agency answers for: its narrative, its rating when the goal is qualitative, and its evidence.
create table self_assessment_item (
    id                 bigserial primary key,
    self_assessment_id bigint      not null references self_assessment (id),
    goal_code          varchar(64) not null,
    domain_code        varchar(32) not null,
    qualitative        boolean     not null,
    progress_zh        text,
    problems_zh        text,
    next_steps_zh      text,
    rating             varchar(24),
    evidence           jsonb       not null default '[]',
    constraint self_assessment_item_unique unique (self_assessment_id, goal_code)
);

-- The evaluation group's final rating of a qualitative goal.
create table goal_rating (
    id             bigserial primary key,
    evaluation_id  bigint       not null references evaluation (id),
    goal_code      varchar(64)  not null,
    rating         varchar(24)  not null,
    rationale_zh   text         not null,
    rationale_en   text,
    rated_by       varchar(200),
    rated_at       timestamptz  not null,
    revision       bigint       not null default 0,
    constraint goal_rating_unique unique (evaluation_id, goal_code)
);

-- The data frozen when compiling starts: catalogue versions, matrix, accepted values, statuses, warnings, gaps.
create table evaluation_snapshot (
    evaluation_id bigint       primary key references evaluation (id),
    taken_at      timestamptz  not null,
    checksum      varchar(64)  not null,
    content       text         not null
);

-- The report as sealed for review (and, once approved, as published); rendering reads only this.
create table evaluation_report (
    id            bigserial primary key,
    evaluation_id bigint       not null references evaluation (id),
    version       integer      not null,
    sealed_at     timestamptz  not null,
    checksum      varchar(64)  not null,
    content       text         not null,
    constraint evaluation_report_unique unique (evaluation_id, version)
);

create table report_feedback (
    id            bigserial primary key,
    evaluation_id bigint       not null references evaluation (id),
    received_at   timestamptz  not null,
    author_name   varchar(200),
    organisation  varchar(200),
    contact       varchar(200),
    comment_zh    text         not null
);
