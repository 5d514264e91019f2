-- The last catalogue fetched from indicator-service is now kept by the platform's peer answer cache (table peer_cache,
-- migrated from db/platform), as evaluation-service keeps its peer answers. The copy kept here is a cache, refilled by the
-- next successful fetch, so it is not carried over: until then a read while indicator-service is down answers 503.
drop table catalogue_snapshot;
