#!/usr/bin/env bash
# Benchmark 2 — bulk ingest: 100,000 observations through evaluation-service's API (one large CSV submission per
# agency, then submit and accept each), against PostgreSQL COPY (psql \copy from a file) of the same rows into a
# scratch copy of the observation table. Also the same 100,000 rows as JSON submissions, into another cycle.
# Writes bench/reports/bulk-ingest.md. Starts its own services on scratch databases and removes them at the end.
#
#   bench/bulk-ingest.sh            ROWS=100000 by default (BENCH_INGEST_ROWS), COPY repeated 5 times (BENCH_COPY_RUNS),
#                                   BENCH_STALE_PROBE=1: first, the acceptance check on tables without statistics
#
# This server may run with autovacuum off (it does on the shared CI machine): then nothing ever ANALYZEs the
# observation table. The main measurement therefore runs ANALYZE after each POST, as autovacuum's autoanalyze would,
# and reports its time separately; the probe (BENCH_STALE_PROBE=1) measures acceptance without statistics first.
# The schema is measured as migrated: before V6__observation_data_point_index.sql (commit 3727b1b) the duplicate
# check run at acceptance was quadratic in the rows per indicator and large accepts (and, without statistics, even a
# 1-row accept) ran into the 60 s transaction timeout; the report says whether any accept still fails, with its plan.
source "$(dirname "$0")/lib/common.sh"

ROWS=${BENCH_INGEST_ROWS:-100000}
COPY_RUNS=${BENCH_COPY_RUNS:-5}
CSV_YEAR=2023
JSON_YEAR=2022
PROBE_YEAR=2021
STALE_PROBE=${BENCH_STALE_PROBE:-1}
REPORT="$REPORTS/bulk-ingest.md"

begin_run "$WORK/ingest"
log "bulk-ingest: fresh scratch databases, starting the services"
fresh_dbs
# indicator-service with its access log on, to tell how much of each POST is its catalogue read (lib/access_log.py)
start_service indicator QUARKUS_HTTP_ACCESS_LOG_ENABLED=true QUARKUS_HTTP_RECORD_REQUEST_START_TIME=true \
  "QUARKUS_HTTP_ACCESS_LOG_PATTERN=%h %t \"%r\" %s %b %D"
wait_ready indicator >/dev/null
wait_seeded indicator
for s in agency evaluation; do start_service "$s"; wait_ready "$s" >/dev/null; done
wait_seeded agency

fetch_catalogue "$D/catalogue-before.json"
open_cycle "$CSV_YEAR"
open_cycle "$JSON_YEAR"
[[ "$STALE_PROBE" == 1 ]] && open_cycle "$PROBE_YEAR"
autovacuum=$(psql -X -tAc 'show autovacuum' -d postgres)
fetch_expected "$CSV_YEAR" "$D/expected.json"
areas=$(python3 "$BENCH_DIR/lib/gen_observations.py" --catalogue "$D/catalogue-before.json" --expected "$D/expected.json" \
  --areas /dev/null --years "$CSV_YEAR" --areas-needed "$ROWS")
log "adding $areas sub-areas (townships) through indicator-service"
start=$(now_ns); add_areas "$areas"; areas_ms=$(ms_since "$start")
fetch_catalogue "$D/catalogue.json"

python3 "$BENCH_DIR/lib/gen_observations.py" --catalogue "$D/catalogue.json" --expected "$D/expected.json" \
  --areas "$WORK/areas.txt" --years "$CSV_YEAR" --rows "$ROWS" --api-dir "$D/csv" --format csv >/dev/null
python3 "$BENCH_DIR/lib/gen_observations.py" --catalogue "$D/catalogue.json" --expected "$D/expected.json" \
  --areas "$WORK/areas.txt" --years "$JSON_YEAR" --rows "$ROWS" --api-dir "$D/json" --format json >/dev/null
[[ "$STALE_PROBE" == 1 ]] && python3 "$BENCH_DIR/lib/gen_observations.py" --catalogue "$D/catalogue.json" --expected "$D/expected.json" \
  --areas "$WORK/areas.txt" --years "$PROBE_YEAR" --rows "$ROWS" --api-dir "$D/probe" --format csv >/dev/null

base="$(url evaluation)/api/v1/plans/$PLAN/monitoring-cycles"
stat_token=$(token statistics)
declare -A reporter=()
while IFS=$'\t' read -r _ agency _ _; do reporter[$agency]=$(token reporter "$agency"); done <"$D/csv/index.tsv"

# Warm-up: every CSV and JSON batch once as a dry run (checked in full, nothing stored), so the timed requests do not
# pay for class loading and JIT compilation of the first request.
log "warm-up: dry runs of every batch"
while IFS=$'\t' read -r year agency _ file; do
  http_ms POST "$base/$year/submissions?agency=$agency&dryRun=true" "${reporter[$agency]}" -H 'Content-Type: text/csv' --data-binary "@$file" >/dev/null
done <"$D/csv/index.tsv"
while IFS=$'\t' read -r year agency _ file; do
  http_ms POST "$base/$year/submissions?dryRun=true" "${reporter[$agency]}" -H 'Content-Type: application/json' --data-binary "@$file" >/dev/null
done <"$D/json/index.tsv"

edb=$(db evaluation)
# The duplicate check SubmissionService.accept runs (clashesWithAccepted), as Hibernate sends it, for submission $1
clash_sql() {
  echo "select o1_0.row_number, s1_0.code from observation o1_0, observation o2_0 join submission s1_0 on s1_0.id = o2_0.submission_id
where o1_0.submission_id = $1 and o2_0.cycle_id = o1_0.cycle_id and s1_0.status = 'ACCEPTED' and s1_0.id <> o1_0.submission_id
  and o2_0.indicator_code = o1_0.indicator_code and o2_0.year = o1_0.year and o2_0.area_code = o1_0.area_code
  and o2_0.sex = o1_0.sex and o2_0.residence = o1_0.residence and o2_0.age_group = o1_0.age_group
order by o1_0.row_number fetch first 100 rows only"
}
submission_id() { psql_db "$edb" -tAc "select id from submission where code = '$1'"; }
# try_accept YEAR CODE: "status ms" even when it fails (a 500 after the transaction timeout, say)
try_accept() {
  local start status
  start=$(now_ns)
  status=$(curl -sS -o "$D/accept-answer.json" -w '%{http_code}' --max-time "${BENCH_ACCEPT_MAX_TIME:-300}" -X POST -H "Authorization: Bearer $stat_token" \
    "$base/$1/submissions/$2/accept" || true)
  echo "${status:-000} $(ms_since "$start")"
}

# ---- the acceptance check with no statistics (what this server does when autovacuum is off, and any server does
# between a large load and the next autoanalyze): one large submission accepted, then a one-row submission.
if [[ "$STALE_PROBE" == 1 ]]; then
  read -r _ big_agency big_rows big_file < <(head -1 "$D/probe/index.tsv")
  read -r _ small_agency small_rows small_file < <(tail -1 "$D/probe/index.tsv")
  log "stale-statistics probe (cycle $PROBE_YEAR): $big_rows rows of $big_agency accepted, then $small_rows row(s) of $small_agency"
  probe_analyzed_before=$(psql_db "$edb" -tAc "select coalesce(max(last_analyze)::text, 'never') from pg_stat_user_tables where relname = 'observation'")
  r=$(http_ms POST "$base/$PROBE_YEAR/submissions?agency=$big_agency" "${reporter[$big_agency]}" -H 'Content-Type: text/csv' --data-binary "@$big_file")
  big_code=$(json_field code)
  http_ms POST "$base/$PROBE_YEAR/submissions/$big_code/submit" "${reporter[$big_agency]}" >/dev/null
  read -r probe_big_status probe_big_ms <<<"$(try_accept "$PROBE_YEAR" "$big_code")"
  http_ms POST "$base/$PROBE_YEAR/submissions?agency=$small_agency" "${reporter[$small_agency]}" -H 'Content-Type: text/csv' --data-binary "@$small_file" >/dev/null
  small_code=$(json_field code)
  http_ms POST "$base/$PROBE_YEAR/submissions/$small_code/submit" "${reporter[$small_agency]}" >/dev/null
  small_id=$(submission_id "$small_code")
  probe_analyzed_mid=$(psql_db "$edb" -tAc "select coalesce(max(last_analyze)::text, 'never') from pg_stat_user_tables where relname = 'observation'")
  # the duplicate check as the accept will run it, still without statistics: executed (EXPLAIN ANALYZE does not
  # gather statistics), with a time limit in case it is still quadratic
  psql_db "$edb" -c "set statement_timeout = '90s'" -c "explain (analyze, buffers) $(clash_sql "$small_id")" >"$D/probe-plan-stale.txt" 2>&1 || true
  log "  accepting the $small_rows-row submission (before 3727b1b this ran into the transaction timeout)"
  read -r probe_small_status probe_small_ms <<<"$(try_accept "$PROBE_YEAR" "$small_code")"
  probe_small_answer=$(head -c 400 "$D/accept-answer.json" | tr '\n|' '  ')
  start=$(now_ns); psql_db "$edb" -c "analyze observation" -c "analyze submission"; probe_analyze_ms=$(ms_since "$start")
  psql_db "$edb" -c "explain (analyze, buffers) $(clash_sql "$small_id")" >"$D/probe-plan-analyzed.txt" 2>&1 || true
  probe_retry_status="-"; probe_retry_ms="-"
  if [[ "$probe_small_status" != 200 ]]; then
    read -r probe_retry_status probe_retry_ms <<<"$(try_accept "$PROBE_YEAR" "$small_code")"
  fi
  log "  stale: $probe_small_status after $probe_small_ms ms; after ANALYZE: $probe_retry_status after $probe_retry_ms ms"
fi

# ingest FORMAT: POST every batch, then submit and accept it; appends rows to $D/FORMAT.tsv; prints total ms
ingest() {
  local fmt=$1 ctype total_start year agency rows file r_post r_submit r_accept code bytes analyze_ms start li peer_ms
  [[ $fmt == csv ]] && ctype=text/csv || ctype=application/json
  : >"$D/$fmt.tsv"
  total_start=$(now_ns)
  while IFS=$'\t' read -r year agency rows file; do
    bytes=$(stat -c %s "$file")
    li=$(wc -l <"$WORK/indicator.log")
    if [[ $fmt == csv ]]; then
      r_post=$(http_ms POST "$base/$year/submissions?agency=$agency" "${reporter[$agency]}" -H "Content-Type: $ctype" --data-binary "@$file")
    else
      r_post=$(http_ms POST "$base/$year/submissions" "${reporter[$agency]}" -H "Content-Type: $ctype" --data-binary "@$file")
    fi
    code=$(json_field code)
    # indicator-service's own time (%D) for the catalogue read(s) this POST made
    peer_ms=$(python3 "$BENCH_DIR/lib/access_log.py" "$WORK/indicator.log" "$li" | awk '$2 ~ /catalogue/ {s += $4; n++} END {printf "%d:%d", s, n}')
    analyze_ms=0
    if [[ "$autovacuum" != on ]]; then
      start=$(now_ns); psql_db "$edb" -c "analyze observation" -c "analyze submission"; analyze_ms=$(ms_since "$start")
    fi
    r_submit=$(http_ms POST "$base/$year/submissions/$code/submit" "${reporter[$agency]}")
    # the accept may fail (see "Acceptance" in the report): recorded with its status, not fatal
    r_accept=$(try_accept "$year" "$code")
    [[ ${r_accept% *} == 200 ]] || log "  accept of $code ($rows rows) answered ${r_accept% *} after ${r_accept#* } ms"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$agency" "$code" "$rows" "$bytes" "${r_post#* }" "${r_submit#* }" "${r_accept#* }" "$analyze_ms" "${r_accept% *}" "$year" "$peer_ms" >>"$D/$fmt.tsv"
  done <"$D/$fmt/index.tsv"
  # wall clock minus the ANALYZEs run on the service's behalf
  echo $(( $(ms_since "$total_start") - $(awk -F'\t' '{s += $8} END {print s + 0}' "$D/$fmt.tsv") ))
}

log "timed: CSV ingest of $ROWS rows into cycle $CSV_YEAR"
csv_total=$(ingest csv)
log "timed: JSON ingest of $ROWS rows into cycle $JSON_YEAR"
json_total=$(ingest json)

# ---- the indexes of observation as migrated, and the duplicate check's plan
psql_db "$edb" -tAc "select indexdef from pg_indexes where tablename = 'observation' order by indexname" >"$D/indexes.txt"
grep -q ' observation_data_point ' "$D/indexes.txt" && has_data_point=true || has_data_point=false
grep -q ' observation_series ' "$D/indexes.txt" && has_series=true || has_series=false
# accepts that failed: their plan (EXPLAIN, then EXPLAIN ANALYZE with a time limit), statistics fresh
cat "$D/csv.tsv" "$D/json.tsv" | awk -F'\t' '$9 != 200' >"$D/failed.tsv"
: >"$D/failed-plans.txt"
if [[ -s "$D/failed.tsv" ]]; then
  log "$(wc -l <"$D/failed.tsv") accept(s) failed; recording their plans"
  while IFS=$'\t' read -r agency code rows _ _ _ accept_ms _ status year _; do
    sid=$(submission_id "$code")
    { echo "-- $code ($rows rows; accept answered $status after $accept_ms ms): EXPLAIN as migrated, statistics fresh"
      psql_db "$edb" -c "explain $(clash_sql "$sid")"
      echo "-- $code: EXPLAIN (ANALYZE, BUFFERS), limited to 90 s"
      psql_db "$edb" -c "set statement_timeout = '90s'" -c "explain (analyze, buffers) $(clash_sql "$sid")"; } >>"$D/failed-plans.txt" 2>&1 || true
  done <"$D/failed.tsv"
fi
# the largest CSV submission's duplicate check, executed now (all of the cycle's submissions accepted, statistics fresh)
read -r _ big_code_csv big_rows_accepted _ _ _ big_accept_csv _ big_status_csv _ <<<"$(head -1 "$D/csv.tsv" | tr '\t' ' ')"
psql_db "$edb" -c "set statement_timeout = '90s'" -c "explain (analyze, buffers) $(clash_sql "$(submission_id "$big_code_csv")")" >"$D/big-plan.txt" 2>&1 || true

check() {
  psql_db "$edb" -tAc "select count(*), count(*) filter (where s.status = 'ACCEPTED')
    from observation o join submission s on s.id = o.submission_id join monitoring_cycle c on c.id = o.cycle_id
    where c.year = $1" | tr '|' ' '
}
read -r csv_stored csv_accepted <<<"$(check "$CSV_YEAR")"
read -r json_stored json_accepted <<<"$(check "$JSON_YEAR")"
[[ "$csv_stored" == "$ROWS" && "$json_stored" == "$ROWS" ]] || { echo "expected $ROWS stored rows per cycle, got $csv_stored / $json_stored" >&2; exit 1; }
[[ "$csv_accepted" == "$ROWS" && "$json_accepted" == "$ROWS" ]] || log "WARNING: accepted rows per cycle: $csv_accepted / $json_accepted of $ROWS"

# ---- the baseline: \copy of the same rows (exported from what the API stored) into a scratch copy of the table
cols="submission_id, cycle_id, row_number, indicator_code, year, area_code, sex, residence, age_group, value, numerator, denominator, source, note"
for y in "$CSV_YEAR" "$JSON_YEAR"; do
  psql_db "$edb" -c "\\copy (select $cols from observation o where o.cycle_id = (select id from monitoring_cycle where year = $y) order by o.id) to '$D/rows-$y.tsv'"
done
copy_bytes=$(stat -c %s "$D/rows-$CSV_YEAR.tsv")
psql_db "$edb" <<SQL
drop table if exists bench_observation_copy;
drop table if exists bench_observation_bare;
-- the same columns, defaults, checks, indexes and foreign keys as observation (its id from a sequence of its own)
create table bench_observation_copy (like observation including defaults including constraints including indexes);
create sequence bench_observation_copy_id_seq owned by bench_observation_copy.id;
alter table bench_observation_copy alter column id set default nextval('bench_observation_copy_id_seq');
alter table bench_observation_copy add foreign key (submission_id) references submission (id),
                                   add foreign key (cycle_id) references monitoring_cycle (id);
-- the same indexes but no foreign keys: what the foreign-key checks cost
create table bench_observation_nofk (like observation including defaults including constraints including indexes);
-- and without indexes and foreign keys: the floor
create table bench_observation_bare (like observation including defaults);
SQL

# copy_ms TABLE FILE: truncates, then times \copy (psql's \timing, the statement only); prints ms
copy_ms() {
  psql_db "$edb" -c "truncate $1" >/dev/null
  psql_db "$edb" -c "checkpoint" >/dev/null
  psql_db "$edb" -c '\timing on' -c "\\copy $1 ($cols) from '$2'" | awk '/^Time:/ {print $2}'
}
declare -A copy_runs=()
for table in bench_observation_copy bench_observation_nofk bench_observation_bare; do
  for y in "$CSV_YEAR" "$JSON_YEAR"; do
    runs=()
    for _ in $(seq 1 "$COPY_RUNS"); do runs+=("$(copy_ms "$table" "$D/rows-$y.tsv")"); done
    copy_runs[$table-$y]="${runs[*]}"
  done
done
copy_count=$(psql_db "$edb" -tAc "select count(*) from bench_observation_copy")
psql_db "$edb" -c "drop table bench_observation_copy; drop table bench_observation_nofk; drop table bench_observation_bare"

med() { tr ' ' '\n' <<<"$1" | median; }
copy_csv=$(med "${copy_runs[bench_observation_copy-$CSV_YEAR]}")
copy_json=$(med "${copy_runs[bench_observation_copy-$JSON_YEAR]}")
bare_csv=$(med "${copy_runs[bench_observation_bare-$CSV_YEAR]}")
bare_json=$(med "${copy_runs[bench_observation_bare-$JSON_YEAR]}")
nofk_csv=$(med "${copy_runs[bench_observation_nofk-$CSV_YEAR]}")
# indicator-service's time for the catalogue reads the POSTs made (column 11: "ms:requests")
peer_sum() { awk -F'\t' '{split($11, p, ":"); s += p[1]; n += p[2]} END {printf "%d %d\n", s, n}' "$1"; }
read -r csv_peer csv_peer_n <<<"$(peer_sum "$D/csv.tsv")"; read -r json_peer json_peer_n <<<"$(peer_sum "$D/json.tsv")"
# the fixed cost of a POST: the median POST time of the submissions of at most 3 rows; the cost per row of the largest
small_post=$(awk -F'\t' '$3 <= 3 {print $5}' "$D/csv.tsv" | median)
read -r big_rows_csv big_post_csv <<<"$(awk -F'\t' 'NR == 1 {print $3, $5}' "$D/csv.tsv")"
per_row_us() { awk -v ms="$1" -v f="$2" -v n="$3" 'BEGIN { printf "%.0f\n", (ms - f) * 1000 / n }'; }
sum_col() { awk -F'\t' -v c="$2" '{s+=$c} END {print s+0}' "$1"; }
# sums over the submissions of one format: POST, submit, accept (as migrated; a failed accept counts until it failed)
csv_post=$(sum_col "$D/csv.tsv" 5); csv_submit=$(sum_col "$D/csv.tsv" 6); csv_accept=$(sum_col "$D/csv.tsv" 7)
json_post=$(sum_col "$D/json.tsv" 5); json_submit=$(sum_col "$D/json.tsv" 6); json_accept=$(sum_col "$D/json.tsv" 7)
csv_bytes=$(sum_col "$D/csv.tsv" 4); json_bytes=$(sum_col "$D/json.tsv" 4)
failed_in() { awk -F'\t' '$9 != 200' "$1" | wc -l; }
csv_failed=$(failed_in "$D/csv.tsv"); json_failed=$(failed_in "$D/json.tsv")
csv_flow=$(( csv_post + csv_submit + csv_accept )); json_flow=$(( json_post + json_submit + json_accept ))
submissions=$(wc -l <"$D/csv.tsv")
csv_analyze=$(sum_col "$D/csv.tsv" 8); json_analyze=$(sum_col "$D/json.tsv" 8)
rate() { ratio "$1" "$(ratio "$2" 1000 6)" 0; }   # rows/s: rate ROWS MS

table() {
  echo "| agency | submission | rows | body bytes | POST (ms) | of which catalogue read on indicator-service (ms) | POST rows/s | submit (ms) | accept (ms) | accept status | ANALYZE after POST (ms, not counted) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|"
  awk -F'\t' '{split($11, p, ":"); printf "| %s | %s | %d | %d | %d | %d | %.0f | %d | %d | %s | %d |\n", $1, $2, $3, $4, $5, p[1], ($5 > 0 ? $3 * 1000 / $5 : 0), $6, $7, ($9 == 200 ? "200" : "**" $9 "**"), $8}' "$1"
}
if [[ "$autovacuum" != on ]]; then
  stats_note="Nothing would ever ANALYZE the observation table, so the script runs \`ANALYZE observation; ANALYZE
  submission\` after each POST, as autoanalyze would; that time (CSV $csv_analyze ms, JSON $json_analyze ms in all) is
  **not** counted in the API figures. (Acceptance without statistics is measured separately: see the last section.)"
else
  stats_note="autoanalyze keeps the statistics; the script adds nothing."
fi
flow_note() {  # flow_note FAILED: a footnote mark when the figure contains failed accepts
  if (( $1 == 0 )); then echo ""; else echo " ¹"; fi
}

{
  echo "# Bulk ingest: 100,000 observations through the API vs PostgreSQL COPY"
  echo
  machine_info
  echo
  cat <<MD
## What was measured
- **API ingest (CSV)**: $ROWS observations for cycle $CSV_YEAR of $PLAN, sent as one \`text/csv\` submission per
  agency that owes data ($submissions submissions, from $(awk -F'\t' 'NR==1 {print $3}' "$D/csv.tsv") rows down to 1), each
  \`POST …/monitoring-cycles/$CSV_YEAR/submissions?agency=\` by a reporter of that agency, one after the other. The POST
  parses the body, checks every row against the catalogue (one request to indicator-service) and the agency's expected
  reports, and stores the batch whole (batched JDBC insert) with its audit record: after it, the rows are in the
  \`observation\` table. Time = the sum of the POSTs as seen by curl.
- **API ingest (JSON)**: the same rows with year $JSON_YEAR (cycle $JSON_YEAR), as \`application/json\` submissions.
- **Workflow**: then each submission's \`…/submit\` (reporter) and \`…/accept\` (statistics). Acceptance runs the
  duplicate check (\`clashesWithAccepted\`); its time is reported separately because it does not depend on the
  format and it is the step that used to fail (before commit 3727b1b) — see "Acceptance of large submissions".
- **COPY (baseline)**: the very rows the API stored, exported with \`\\copy (select …) to\` and loaded with
  \`psql \\copy bench_observation_copy (…) from 'file'\` into a scratch table created \`like observation\` with its
  defaults, constraints, the same indexes and the same foreign keys (to \`submission\` and \`monitoring_cycle\`).
  Time = psql's \`\\timing\` of the \\copy statement; median of $COPY_RUNS runs (table truncated and a CHECKPOINT
  before each). Also into a copy without indexes or foreign keys (the floor). COPY checks nothing beyond the
  table's constraints: it is the floor for storing these rows, not an equivalent of the API.
- **Ratio** = API time / COPY time for the same rows in the same run: how many times longer the API takes.
- The rows are valid: the real catalogue's ANNUAL indicators, each reported by the agency the cycle's expected
  reports name, with the breakdowns the indicator allows (every combination of SEX, RESIDENCE, AGE_GROUP values and
  TOTAL), one value per data point; AREA rows use $areas townships added first through indicator-service
  (\`POST …/reporting-areas\`, admin; took $(( areas_ms / 1000 )) s, not counted; the catalogue grows from
  $(stat -c %s "$D/catalogue-before.json") to $(stat -c %s "$D/catalogue.json") bytes). 100,000 rows for one year need that many townships
  (Changning has about 20): the data set is a load test, not a realistic county.
- Warm-up before timing: every batch once with \`?dryRun=true\` (fully checked, not stored).
- Statistics: this PostgreSQL runs with \`autovacuum = $autovacuum\`. $stats_note

## Results
| | rows | time (ms) | rows/s | ratio to COPY (same rows, same run) |
|---|---:|---:|---:|---:|
| **API ingest, CSV** (POSTs: parse, check, store) | $ROWS | $csv_post | $(rate "$ROWS" "$csv_post") | **$(ratio "$csv_post" "$copy_csv" 1)×** |
| **API ingest, JSON** (POSTs) | $ROWS | $json_post | $(rate "$ROWS" "$json_post") | **$(ratio "$json_post" "$copy_json" 1)×** |
| COPY into the observation copy (indexes + FKs), $CSV_YEAR rows | $copy_count | $copy_csv | $(rate "$ROWS" "$copy_csv") | 1 |
| COPY, $JSON_YEAR rows | $ROWS | $copy_json | $(rate "$ROWS" "$copy_json") | 1 (JSON baseline) |
| COPY into a copy with the indexes but no FKs, $CSV_YEAR rows | $ROWS | $nofk_csv | $(rate "$ROWS" "$nofk_csv") | $(ratio "$nofk_csv" "$copy_csv" 2)× |
| COPY into a bare copy (no indexes, no FKs), $CSV_YEAR rows | $ROWS | $bare_csv | $(rate "$ROWS" "$bare_csv") | $(ratio "$bare_csv" "$copy_csv" 2)× |
| API, CSV: submit (all submissions) | | $csv_submit | | |
| API, CSV: accept, schema as migrated | | $csv_accept | | $csv_failed failed |
| API, CSV: POST + submit + accept$(flow_note "$csv_failed") | $csv_accepted accepted | $csv_flow | $(rate "$ROWS" "$csv_flow") | $(ratio "$csv_flow" "$copy_csv" 1)× |
| API, JSON: submit | | $json_submit | | |
| API, JSON: accept, schema as migrated | | $json_accept | | $json_failed failed |
| API, JSON: POST + submit + accept$(flow_note "$json_failed") | $json_accepted accepted | $json_flow | $(rate "$ROWS" "$json_flow") | $(ratio "$json_flow" "$copy_json" 1)× |

$( (( csv_failed + json_failed > 0 )) && echo "¹ Includes accepts that **failed** (see \"Acceptance of large submissions\"), counted with the time until they failed: the workflow did not complete, so this is not what it costs." )

Body sizes: CSV $csv_bytes bytes, JSON $json_bytes bytes, COPY file $copy_bytes bytes.

### What the ratios mean and what dominates
- **API ingest / COPY** ($(ratio "$csv_post" "$copy_csv" 1)× for CSV, $(ratio "$json_post" "$copy_json" 1)× for JSON): storing the rows through the API,
  with every row checked, takes that many times as long as loading them with COPY into the same table (indexes and
  foreign keys included). Both pay for the indexes and the foreign-key checks: COPY into the same table without its
  foreign keys takes $nofk_csv ms and without indexes either $bare_csv ms, so in COPY the per-row foreign-key checks
  (two per row) and the index updates are most of the cost.
- **Per request**: a POST has a fixed cost — the submissions of 1 to 3 rows took $small_post ms (median), among
  which indicator-service's own time to serve the catalogue ($(( csv_peer / (csv_peer_n > 0 ? csv_peer_n : 1) )) ms on average over the $csv_peer_n CSV POSTs; the
  catalogue is $(stat -c %s "$D/catalogue.json") bytes here because of the added townships, and evaluation-service reads and parses it
  for every POST). Beyond that, the largest CSV batch cost about $(per_row_us "$big_post_csv" "$small_post" "$big_rows_csv") µs per row, against
  $(per_row_us "$copy_csv" 0 "$ROWS") µs per row for COPY. With $submissions submissions the fixed costs are a small part of the total; many small
  submissions would make them dominate.
- **JSON vs CSV**: the JSON bodies are $(ratio "$json_bytes" "$csv_bytes" 1)× the bytes of the CSV ones; the JSON ingest took
  $(ratio "$json_post" "$csv_post" 2)× as long as the CSV one.
- **Acceptance** is not part of the ingest ratio: it is a separate review step by the statistics bureau.
  $( (( csv_failed + json_failed > 0 )) && echo "In this run $(( csv_failed + json_failed )) accept(s) **failed** (see below)." || echo "In this run every accept succeeded first time: $csv_accept ms for all CSV submissions, $json_accept ms for all JSON ones ($(ratio "$csv_accept" "$csv_post" 2)× and $(ratio "$json_accept" "$json_post" 2)× the time of their POSTs)." )

### Raw COPY timings (ms, each run)
| table | $CSV_YEAR rows | $JSON_YEAR rows |
|---|---|---|
| bench_observation_copy (indexes + FKs) | ${copy_runs[bench_observation_copy-$CSV_YEAR]} | ${copy_runs[bench_observation_copy-$JSON_YEAR]} |
| bench_observation_bare | ${copy_runs[bench_observation_bare-$CSV_YEAR]} | ${copy_runs[bench_observation_bare-$JSON_YEAR]} |

### API, CSV, per submission (in the order sent)
$(table "$D/csv.tsv")

### API, JSON, per submission
$(table "$D/json.tsv")

Stored and accepted at the end: cycle $CSV_YEAR $csv_accepted of $csv_stored rows, cycle $JSON_YEAR $json_accepted of $json_stored rows.
MD
  failed_total=$(( csv_failed + json_failed ))
  if (( failed_total == 0 )); then accept_heading="Acceptance of large submissions (fixed in 3727b1b)"
  else accept_heading="Acceptance of large submissions (still fails: $failed_total accept(s))"; fi
  cat <<MD

## $accept_heading
**Found before** (this benchmark at f6a02c7, commit 574c7f4's report): with fresh statistics and the schema as then
migrated, accepting the largest submission (65,690 rows) failed with **HTTP 500 after 60,132 ms** (CSV) and
**60,084 ms** (JSON), the service's 60 s transaction timeout. The cause was the duplicate check
\`SubmissionService.clashesWithAccepted\`, a self-join of \`observation\` on the whole data-point key (cycle,
indicator, year, area, sex, residence, age group) with \`LIMIT 100\`: the only index that helped was
\`observation_series (cycle_id, indicator_code)\`, so each of the submission's rows probed every row of its indicator
in the cycle and filtered them one by one (quadratic in the rows per indicator and cycle), and the planner, expecting
to stop early because of the \`LIMIT\`, kept that nested loop. Retried with an index on the whole data-point key
created on the scratch database, the same accepts took 455 and 506 ms.

**Fixed** by commit 3727b1b: migration \`V6__observation_data_point_index.sql\` creates
\`observation_data_point on observation (cycle_id, indicator_code, year, area_code, sex, residence, age_group)\` and
drops \`observation_series\`. Indexes of \`observation\` in this run, as migrated
($( $has_data_point && echo "observation_data_point present" || echo "**observation_data_point missing**" ), $( $has_series && echo "**observation_series still present**" || echo "observation_series gone" )):
\`\`\`
$(cat "$D/indexes.txt")
\`\`\`

**Measured now** (schema as migrated, fresh statistics, no index added by the script; each accept tried once):

| agency | rows | CSV: accept | JSON: accept |
|---|---:|---|---|
$(paste "$D/csv.tsv" "$D/json.tsv" | awk -F'\t' '{printf "| %s | %d | HTTP %s in %d ms | HTTP %s in %d ms |\n", $1, $3, ($9 == 200 ? "200" : "**" $9 "**"), $7, ($20 == 200 ? "200" : "**" $20 "**"), $18}')
| **all** | $ROWS | $csv_accept ms, $csv_failed failed | $json_accept ms, $json_failed failed |

$( (( failed_total == 0 )) && echo "Every accept succeeded first time; the largest ($big_rows_accepted rows) took $big_accept_csv ms (CSV) and $(awk -F'\t' 'NR == 1 {print $7}' "$D/json.tsv") ms (JSON)." || echo "**$failed_total accept(s) still failed** with the schema as migrated; their plans are below." )
The duplicate check of the largest CSV submission, run again by psql at the end (all of the cycle's submissions
accepted, statistics fresh; \`EXPLAIN (ANALYZE, BUFFERS)\`)$(grep -q 'Index Scan using observation_data_point' "$D/big-plan.txt" && echo ": each of the submission's rows is one lookup on \`observation_data_point\` (linear in its rows)"), $(awk '/Execution Time:/ {print $3 " ms"}' "$D/big-plan.txt"):
\`\`\`
$(cat "$D/big-plan.txt")
\`\`\`
MD
  if [[ -s "$D/failed-plans.txt" ]]; then
    cat <<MD

Plans of the accepts that failed (statistics fresh, schema as migrated):
\`\`\`
$(cat "$D/failed-plans.txt")
\`\`\`
MD
  fi
  if [[ "$STALE_PROBE" == 1 ]]; then
    if [[ "$probe_small_status" == 200 ]]; then stale_heading="Acceptance without table statistics (fixed in 3727b1b)"
    else stale_heading="Acceptance without table statistics (still fails)"; fi
    stale_exec=$(awk '/Execution Time:/ {print $3 " ms"}' "$D/probe-plan-stale.txt")
    if grep -q 'Hash Join' "$D/probe-plan-stale.txt"; then
      stale_plan_note="In this run, still without statistics, the planner hashes the submission's rows and reads the cycle's
accepted rows once (through \`observation_submission\`): linear in the accepted rows, not quadratic (${stale_exec:-not finished} run by psql; plan below)."
    elif grep -q 'observation_data_point' "$D/probe-plan-stale.txt"; then
      stale_plan_note="In this run, still without statistics, the planner probes \`observation_data_point\`: one lookup per row (${stale_exec:-not finished} run by psql; plan below)."
    else
      stale_plan_note="The plan chosen in this run without statistics is below (${stale_exec:-not finished within 90 s} run by psql)."
    fi
    cat <<MD

## $stale_heading
**Found before** (at f6a02c7): on tables never analyzed, after a large submission had been accepted, accepting a
**1-row** submission failed with **HTTP 500 after 60,135 ms**: without statistics the planner drove the duplicate
check from the *accepted* rows, probing \`observation_series (cycle_id, indicator_code)\` for each of them, and every
probe returned all rows of that indicator in the cycle, filtered one by one. It recovered only after \`ANALYZE\`
(95 ms then); on a server with autovacuum off (as this one) it never recovers by itself.
**Fixed** by the same migration (commit 3727b1b): \`observation_series\` is gone, and with it that plan.
$stale_plan_note

**Measured now**, run first, on the fresh tables (observation last analyzed: $probe_analyzed_before; still
$probe_analyzed_mid just before step 2), in cycle $PROBE_YEAR:
1. $big_agency's submission of $big_rows rows: POST, submit, accept → HTTP $probe_big_status in $probe_big_ms ms
   (nothing accepted before it in the cycle).
2. $small_agency's submission of **$small_rows row(s)**: POST, submit, accept → **HTTP $probe_small_status in $probe_small_ms ms**.$( [[ "$probe_small_status" == 200 ]] || printf '\n   Answer: `%s`' "$probe_small_answer" )
3. \`ANALYZE observation; ANALYZE submission\` ($probe_analyze_ms ms)$( [[ "$probe_retry_status" == - ]] && echo "; no retry needed (step 2 succeeded)." || echo ", then the same accept again → HTTP $probe_retry_status in $probe_retry_ms ms." )

The duplicate check of step 2 without statistics, run by psql just before the accept (\`EXPLAIN (ANALYZE, BUFFERS)\`,
limited to 90 s; it also warms the cache for the accept):
\`\`\`
$(cat "$D/probe-plan-stale.txt")
\`\`\`

After ANALYZE (and after the accept):
\`\`\`
$(cat "$D/probe-plan-analyzed.txt")
\`\`\`
MD
  fi
} >"$REPORT"
log "wrote $REPORT"
