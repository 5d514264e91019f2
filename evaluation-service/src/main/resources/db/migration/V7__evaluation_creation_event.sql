-- Every evaluation's history begins with its creation (issue 12). Evaluations created before that entry was written
-- get it here, from what the evaluation itself records: when it was created and by whom ("unknown" where no creator
-- was stored; the service always stores one). A new evaluation is a DRAFT,
-- so the entry goes from DRAFT to DRAFT. Running this again adds nothing.
insert into evaluation_event (evaluation_id, action, from_status, to_status, actor, at, comment)
select e.id, 'CREATE', 'DRAFT', 'DRAFT', coalesce(e.created_by, 'unknown'), e.created_at, null
from evaluation e
where not exists (select 1 from evaluation_event x where x.evaluation_id = e.id and x.action = 'CREATE');
