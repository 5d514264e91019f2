-- Corrections to a shipped seed plan, applied once each. A seed is imported only into an empty catalogue, so a
-- database seeded with an earlier edition learns of a correction here: the seeder applies every amendment not yet
-- recorded, through the versioning path, and records it; a fresh install records them all with the plan it loads.
create table plan_seed_amendment (
    plan_code      varchar(64)  not null references plan (code),
    amendment_code varchar(64)  not null,
    applied_at     timestamptz  not null default now(),
    how            varchar(16)  not null check (how in ('IN_SEED', 'UPGRADE')),
    primary key (plan_code, amendment_code)
);
