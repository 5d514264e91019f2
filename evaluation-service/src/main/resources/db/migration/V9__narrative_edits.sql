-- The evaluation group's rewrite of a domain's drafted narrative (issue 13). The draft itself is never stored: it is
-- written afresh from the frozen snapshot, so only what the group changed needs keeping; deleting the row restores
-- the draft. Sealing copies the text as it stands into the sealed report, where its checksum covers it.
create table narrative_edit (
    id            bigserial    primary key,
    evaluation_id bigint       not null references evaluation (id),
    domain_code   varchar(32)  not null,
    text_zh       text         not null,
    edited_by     varchar(200),
    edited_at     timestamptz  not null,
    constraint narrative_edit_unique unique (evaluation_id, domain_code)
);
