-- Feedback from readers of a published report who have no account (issue 12). It is held for moderation by the
-- committee office (role evaluator) and shows to public readers only once approved. Signed-in feedback stays in
-- report_feedback, unmoderated, as before.
-- (Numbered 12.5, after the issue and its deliverable, so that migrations added on parallel branches do not collide.)
create table public_feedback (
    id              bigserial    primary key,
    code            varchar(40)  not null unique,
    evaluation_id   bigint       not null references evaluation (id),
    received_at     timestamptz  not null,
    -- SHA-256 of the client address, only for the limit per address: the table keeps no address in the clear
    client_key      varchar(64)  not null,
    author_name     varchar(100),
    organisation    varchar(200),
    contact         varchar(200),
    comment_zh      text         not null,
    status          varchar(20)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    moderated_at    timestamptz,
    moderated_by    varchar(200),
    moderation_note varchar(1000)
);
create index public_feedback_client on public_feedback (client_key, received_at);
create index public_feedback_queue on public_feedback (status, received_at);
create index public_feedback_report on public_feedback (evaluation_id, status, received_at);
