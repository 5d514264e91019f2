-- Responses of POSTs sent with an Idempotency-Key, replayed when the same request is repeated.
create table idempotency_record (
    idempotency_key varchar(200) not null,
    operation       varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    location        text,
    body            text         not null,
    created_at      timestamptz  not null default now(),
    primary key (operation, idempotency_key)
);
