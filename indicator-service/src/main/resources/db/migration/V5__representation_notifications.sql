-- Prepared representations (platform representation/Representations) are dropped on every replica when a table they
-- are made from changes: each statement that writes one of these tables notifies the channel the replicas LISTEN on.
-- PostgreSQL delivers a notification only when the writing transaction commits (and one per transaction for the same
-- payload), so a rolled-back write invalidates nothing and a committed one everywhere, whatever path wrote it (the
-- API, an import, the seed, or SQL by hand).
create or replace function childplan_notify_representations() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('childplan_representations', tg_table_name);
    return null;
end;
$$;

create trigger plan_changed_notify after insert or update or delete or truncate on plan
    for each statement execute function childplan_notify_representations();
create trigger plan_domain_changed_notify after insert or update or delete or truncate on plan_domain
    for each statement execute function childplan_notify_representations();
create trigger goal_changed_notify after insert or update or delete or truncate on goal
    for each statement execute function childplan_notify_representations();
create trigger strategy_measure_changed_notify after insert or update or delete or truncate on strategy_measure
    for each statement execute function childplan_notify_representations();
create trigger indicator_changed_notify after insert or update or delete or truncate on indicator
    for each statement execute function childplan_notify_representations();
create trigger indicator_version_changed_notify after insert or update or delete or truncate on indicator_version
    for each statement execute function childplan_notify_representations();
create trigger reporting_area_changed_notify after insert or update or delete or truncate on reporting_area
    for each statement execute function childplan_notify_representations();
