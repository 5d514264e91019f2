-- The audit trail: every write (who, when, which resource, before and after) and every object-level refusal.
create table audit_event (
    id             bigserial primary key,
    at             timestamptz  not null,
    actor          varchar(200) not null,
    actor_roles    varchar(400),
    actor_agency   varchar(64),
    action         varchar(16)  not null,
    resource_type  varchar(64)  not null,
    resource_key   varchar(200),
    agency_code    varchar(64),
    request_method varchar(8),
    request_path   text,
    request_id     varchar(100),
    before         jsonb,
    after          jsonb,
    detail         text
);

create index audit_event_at on audit_event (at desc);
create index audit_event_resource on audit_event (resource_type, resource_key);
create index audit_event_actor on audit_event (actor);
create index audit_event_agency on audit_event (agency_code);
