-- Prepared representations (platform representation/Representations; here the responsibility matrix and
-- indicator-responsibilities) are dropped on every replica when a table they are made from changes: each statement
-- that writes one of these tables notifies the channel the replicas LISTEN on. PostgreSQL delivers a notification only
-- when the writing transaction commits (one per transaction for the same payload), whatever path wrote it (the API,
-- an import, the seed, or SQL by hand). What they take from indicator-service's catalogue is checked separately
-- (CurrentCatalogues, childplan.agency.catalogue-revalidate-after).
create or replace function childplan_notify_representations() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('childplan_representations', tg_table_name);
    return null;
end;
$$;

create trigger agency_changed_notify after insert or update or delete or truncate on agency
    for each statement execute function childplan_notify_representations();
create trigger agency_alias_changed_notify after insert or update or delete or truncate on agency_alias
    for each statement execute function childplan_notify_representations();
create trigger responsibility_assignment_changed_notify after insert or update or delete or truncate on responsibility_assignment
    for each statement execute function childplan_notify_representations();
