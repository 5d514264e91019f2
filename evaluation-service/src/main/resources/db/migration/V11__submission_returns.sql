-- Every return of a submission, kept (issue 14, department scorecards): a returned submission that is submitted again
-- loses its RETURNED status and its reason, so without this the scorecards could not count how often an agency's data
-- was sent back, nor say why.
create table submission_return (
    id            bigserial    primary key,
    submission_id bigint       not null references submission (id),
    reason        text         not null,
    returned_at   timestamptz  not null,
    returned_by   varchar(200)
);

create index submission_return_submission on submission_return (submission_id);

-- Returns made before this table, as the audit trail recorded them (the return request's path names the plan, year
-- and code, which together identify the submission) ...
insert into submission_return (submission_id, reason, returned_at, returned_by)
select s.id, coalesce(a.after ->> 'returnReason', ''), a.at, a.actor
from audit_event a
join submission s on s.code = a.resource_key
join monitoring_cycle c on c.id = s.cycle_id
where a.resource_type = 'Submission' and a.action = 'UPDATE' and a.after ->> 'status' = 'RETURNED'
  and a.request_path = '/api/v1/plans/' || c.plan_code || '/monitoring-cycles/' || c.year || '/submissions/' || s.code || '/return';

-- ... and any submission returned now whose return the trail does not show.
insert into submission_return (submission_id, reason, returned_at, returned_by)
select s.id, coalesce(s.return_reason, ''), coalesce(s.reviewed_at, s.created_at), s.reviewed_by
from submission s
where s.status = 'RETURNED' and not exists (select 1 from submission_return r where r.submission_id = s.id);
