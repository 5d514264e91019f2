-- Accepting a submission checks each of its rows against the cycle's accepted rows for the same data point
-- (cycle, indicator, year, area, sex, residence, age group). With only (cycle_id, indicator_code) indexed, every row
-- scanned all of its indicator's rows in the cycle: quadratic, and accepting a 65,690-row submission ran into the
-- 60 s transaction timeout (bench/reports/bulk-ingest.md). This index starts with the old one's columns, so the series
-- queries that used it use this one.
create index observation_data_point on observation (cycle_id, indicator_code, year, area_code, sex, residence, age_group);
drop index observation_series;
