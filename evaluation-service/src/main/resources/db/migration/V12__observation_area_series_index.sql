-- The compile's series aggregate (SeriesRepository.accepted) reads the accepted jurisdiction-level values: one area,
-- the all-ages group, every indicator and year. No index started with the area, so the query read the whole
-- observation table, and the compile grew with the township rows (bench/reports/compile-scaling.md). With the area
-- and age group first it reads only the jurisdiction's rows, at any size. bench/compile-scaling.sh knows this name.
create index observation_area_series on observation (area_code, age_group, indicator_code, year);
