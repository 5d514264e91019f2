-- Issue 14: a cycle closed with force withdraws the drafts still open in it; who did it, when and why stay on both
-- the cycle and each withdrawn submission, whose rows are kept (nothing is deleted).
alter table monitoring_cycle add column close_reason text;

alter table submission add column withdrawn_at timestamptz;
alter table submission add column withdrawn_by varchar(200);
alter table submission add column withdraw_reason text;
