#!/usr/bin/env bash
# Benchmark 5 — startup time and memory of each service: the time from process start until /q/health/ready answers
# 200, and the resident set size (VmRSS in /proc/<pid>/status) once ready and after the service's first catalogue
# load; three runs per service and case (BENCH_STARTUP_RUNS), median. Two cases: first start on an empty database
# (Flyway migrations, and for indicator-service the import of the Changning plan) and restart on the populated
# database. Writes bench/reports/startup.md.
source "$(dirname "$0")/lib/common.sh"

RUNS=${BENCH_STARTUP_RUNS:-3}
REPORT="$REPORTS/startup.md"

begin_run "$WORK/startup"
viewer=$(token viewer)
# what "the catalogue load" is for each service: its first request that reads the whole plan catalogue
declare -A LOAD_URL=(
  [indicator]="/api/v1/plans/$PLAN/catalogue"
  [agency]="/api/v1/plans/$PLAN/indicator-responsibilities?asOf=2023-12-31"
  [evaluation]="/api/v1/plans/$PLAN/progress?year=2023")
declare -A LOAD_WHAT=(
  [indicator]="GET …/catalogue (builds the whole catalogue from its database)"
  [agency]="GET …/indicator-responsibilities?asOf=2023-12-31 (reads the catalogue from indicator-service, resolves the matrix)"
  [evaluation]="GET …/progress?year=2023 (reads the catalogue from indicator-service, computes progress)")

: >"$D/results.tsv"
# one_run SVC CASE RUN
one_run() {
  local svc=$1 case=$2 run=$3 ready_ms rss_ready rss_loaded hwm load_ms started seeded_ms=""
  [[ $case == first-start ]] && create_db "$svc"
  start_service "$svc"
  ready_ms=$(wait_ready "$svc")
  rss_ready=$(rss_kb "${PID[$svc]}")
  if [[ $svc == agency ]]; then
    wait_agency_seeded; seeded_ms=$(ms_since "${START_NS[$svc]}")
  fi
  local r; r=$(http_ms GET "$(url "$svc")${LOAD_URL[$svc]}" "$viewer"); load_ms=${r#* }
  sleep 1
  rss_loaded=$(rss_kb "${PID[$svc]}"); hwm=$(hwm_kb "${PID[$svc]}")
  started=$(grep -ao 'started in [0-9.]*s' "$WORK/$svc.log" | head -1 | grep -o '[0-9.]*' || echo "")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$svc" "$case" "$run" "$ready_ms" "$started" "$rss_ready" "$rss_loaded" "$hwm" "$load_ms" "$seeded_ms" >>"$D/results.tsv"
  log "  $svc $case #$run: ready after $ready_ms ms (Quarkus: ${started}s), RSS ${rss_ready} kB → ${rss_loaded} kB after the catalogue load ($load_ms ms)"
  stop_service "$svc"
}

for svc in "${SERVICES[@]}"; do
  log "startup: $svc-service"
  for run in $(seq 1 "$RUNS"); do one_run "$svc" first-start "$run"; done
  for run in $(seq 1 "$RUNS"); do one_run "$svc" restart "$run"; done
  # keep it running (on its populated database) for the services that need it
  start_service "$svc"; wait_ready "$svc" >/dev/null
  [[ $svc == agency ]] && wait_agency_seeded
done

med() { awk -F'\t' -v s="$1" -v c="$2" -v k="$3" '$1 == s && $2 == c && $k != "" {print $k}' "$D/results.tsv" | median; }
mib() { awk -v k="$1" 'BEGIN { if (k == "n/a") print k; else printf "%.0f\n", k / 1024 }'; }
{
  echo "# Startup time and memory of each service"
  echo
  machine_info
  echo
  cat <<MD
## What was measured
- **ready**: wall clock from just before \`java -jar <service>/target/quarkus-app/quarkus-run.jar\` is executed until
  \`GET /q/health/ready\` first answers 200 (polled every 20 ms with curl). JVM defaults (no -Xmx; the machine has
  $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), so the default maximum heap is a quarter of it), the same environment as \`deploy/run-local.sh\`.
  The Quarkus "started in" figure from the log is shown for reference.
- **RSS** (VmRSS from \`/proc/<pid>/status\`): right after ready, and 1 s after the first catalogue load; VmHWM (peak)
  at that point. The catalogue load is, per service:
  - indicator-service: ${LOAD_WHAT[indicator]}
  - agency-service: ${LOAD_WHAT[agency]}
  - evaluation-service: ${LOAD_WHAT[evaluation]}
- **first start**: on an empty database (Flyway migrations; indicator-service imports the Changning plan;
  agency-service loads its seed responsibilities in the background after it is ready — the time until that is
  done is shown separately). **restart**: the same service again on the database the first start left.
- Peers: indicator-service is measured alone; agency-service with indicator-service running; evaluation-service
  with both running (its readiness may include them). $RUNS runs per service and case, **median**.

## Results (medians of $RUNS runs)
| service | case | ready (ms) | Quarkus "started in" (s) | RSS at ready (MiB) | RSS after catalogue load (MiB) | peak RSS (MiB) | catalogue load (ms) |
|---|---|---:|---:|---:|---:|---:|---:|
MD
  for svc in "${SERVICES[@]}"; do
    for case in first-start restart; do
      printf '| %s-service | %s | %s | %s | %s | %s | %s | %s |\n' "$svc" "$case" "$(med "$svc" "$case" 4)" "$(med "$svc" "$case" 5)" \
        "$(mib "$(med "$svc" "$case" 6)")" "$(mib "$(med "$svc" "$case" 7)")" "$(mib "$(med "$svc" "$case" 8)")" "$(med "$svc" "$case" 9)"
    done
  done
  echo
  echo "Same-run ratios: first start / restart ready time — $(for svc in "${SERVICES[@]}"; do printf '%s %s×; ' "$svc" "$(ratio "$(med "$svc" first-start 4)" "$(med "$svc" restart 4)")"; done)"
  echo "RSS growth from ready to after the catalogue load (restart) — $(for svc in "${SERVICES[@]}"; do printf '%s %s×; ' "$svc" "$(ratio "$(med "$svc" restart 7)" "$(med "$svc" restart 6)")"; done)"
  echo
  echo "agency-service's seed responsibilities were loaded (first start) $(med agency first-start 10) ms after its process started (median)."
  echo
  echo "### Raw figures"
  echo "| service | case | run | ready (ms) | started in (s) | RSS ready (kB) | RSS after load (kB) | VmHWM (kB) | load (ms) | seed loaded (ms) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10}' "$D/results.tsv"
} >"$REPORT"
log "wrote $REPORT"
