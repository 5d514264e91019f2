-- The last good answer of each peer service, kept for when the peer is unavailable (PeerAnswerCache).
-- evaluation-service created this table in its own V2 before the platform owned it; "if not exists" leaves that one
-- as it is, and gives the other services theirs.
create table if not exists peer_cache (
    source     varchar(32)  not null,
    cache_key  varchar(200) not null,
    fetched_at timestamptz  not null,
    body       text         not null,
    primary key (source, cache_key)
);
