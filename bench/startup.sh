#!/usr/bin/env bash
# Benchmark 5 — startup time and memory of each service against a bare Quarkus application (bench/bare-app) started
# in the same run: the time from process start until /q/health/ready answers 200, the resident set size (VmRSS in
# /proc/<pid>/status) when idle after ready, and after the service's first catalogue load; five runs per service
# and case (BENCH_STARTUP_RUNS), median. Two cases: first start on an empty database (Flyway migrations, and for
# indicator-service the import of the Changning plan) and restart on the populated database. The services run with
# the build and JVM options of deploy/service-options.sh from the source measured (none where it has no such file);
# the bare app runs twice per round, with JVM defaults and with the services' options. Then one more restart per service
# recorded with JFR, for the report's profile (BENCH_STARTUP_PROFILE=0: none). Writes bench/reports/startup.md.
source "$(dirname "$0")/lib/common.sh"

# 5: a start's time varies by ±15 % on a shared machine, and a first start sits near its goal
RUNS=${BENCH_STARTUP_RUNS:-5}
# seconds between ready and the idle RSS reading. Not 2: for several seconds after ready the JIT is still compiling,
# and the native memory it frees is handed back to the system on a 5 s cycle (-XX:TrimNativeHeapInterval in
# deploy/service-options.sh); RSS 2 s after ready is recorded too, and shown
EARLY=2
SETTLE=${BENCH_STARTUP_SETTLE:-12}
REPORT="$REPORTS/startup.md"

begin_run "$WORK/startup"
build_bare
check_bare_version
use_service_options
# the bare app's variants: JVM defaults, and the services' own options (skipped when those are the defaults)
declare -A BARE_OPTS=([defaults]="")
BARE_VARIANTS=(defaults)
if [[ ${#SERVICE_JAVA_OPTS[@]} -gt 0 ]]; then BARE_OPTS[same]="${SERVICE_JAVA_OPTS[*]}"; BARE_VARIANTS+=(same); fi
BARE_PID=""
extra_cleanup() {
  [[ -n "$BARE_PID" ]] && { kill "$BARE_PID" 2>/dev/null || true; wait "$BARE_PID" 2>/dev/null || true; }
  return 0
}

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
  local svc=$1 case=$2 run=$3 ready_ms rss_ready rss_early rss_idle rss_loaded hwm load_ms started seeded_ms=""
  [[ $case == first-start ]] && create_db "$svc"
  start_service "$svc"
  ready_ms=$(wait_ready "$svc")
  rss_ready=$(rss_kb "${PID[$svc]}")
  if [[ $svc != evaluation ]]; then
    wait_seeded "$svc"; seeded_ms=$(ms_since "${START_NS[$svc]}")
  fi
  sleep "$EARLY"
  rss_early=$(rss_kb "${PID[$svc]}")
  sleep $((SETTLE - EARLY))
  rss_idle=$(rss_kb "${PID[$svc]}")
  local r; r=$(http_ms GET "$(url "$svc")${LOAD_URL[$svc]}" "$viewer"); load_ms=${r#* }
  sleep 1
  rss_loaded=$(rss_kb "${PID[$svc]}"); hwm=$(hwm_kb "${PID[$svc]}")
  started=$(grep -ao 'started in [0-9.]*s' "$WORK/$svc.log" | head -1 | grep -o '[0-9.]*' || echo "")
  if [[ $svc == indicator && $case == first-start ]]; then
    SEED_TIMES+="- indicator-service first start #$run (ready after $ready_ms ms): plan $(grep -ao 'validated in [0-9]* ms, imported in [0-9]* ms' "$WORK/$svc.log" | head -1)"$'\n'
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$svc" "$case" "$run" "$ready_ms" "$started" "$rss_ready" "$rss_loaded" "$hwm" "$load_ms" "$seeded_ms" "$rss_idle" "$rss_early" >>"$D/results.tsv"
  log "  $svc $case #$run: ready after $ready_ms ms (Quarkus: ${started}s), RSS ${rss_ready} kB, ${rss_early} kB ${EARLY} s later, idle ${rss_idle} kB, ${rss_loaded} kB after the catalogue load ($load_ms ms)"
  stop_service "$svc"
}

# bare_run VARIANT RUN: the bare app, started and measured as the services are (same readiness poll, same settle)
bare_run() {
  local variant=$1 run=$2 start ready_ms rss_ready rss_early rss_idle started
  port_free "$BARE_PORT" || { echo "port $BARE_PORT is in use; set BENCH_BARE_PORT" >&2; return 1; }
  # shellcheck disable=SC2086
  start=$(now_ns)
  cd "$BARE_APP" && exec env QUARKUS_HTTP_PORT="$BARE_PORT" "$SERVICE_JAVA" ${BENCH_JAVA_OPTS:-} ${BARE_OPTS[$variant]} -jar quarkus-run.jar >"$WORK/bare.log" 2>&1 &
  BARE_PID=$!
  local deadline=$(( $(date +%s) + 180 ))
  while ! curl -fs -o /dev/null "http://127.0.0.1:$BARE_PORT/q/health/ready"; do
    kill -0 "$BARE_PID" 2>/dev/null || { echo "bare app stopped during startup:" >&2; tail -30 "$WORK/bare.log" >&2; return 1; }
    (( $(date +%s) < deadline )) || { echo "bare app not ready after 180 s" >&2; return 1; }
    sleep 0.02
  done
  ready_ms=$(ms_since "$start")
  rss_ready=$(rss_kb "$BARE_PID")
  sleep "$EARLY"
  rss_early=$(rss_kb "$BARE_PID")
  sleep $((SETTLE - EARLY))
  rss_idle=$(rss_kb "$BARE_PID")
  started=$(grep -ao 'started in [0-9.]*s' "$WORK/bare.log" | head -1 | grep -o '[0-9.]*' || echo "")
  printf 'bare-%s\t-\t%s\t%s\t%s\t%s\t\t\t\t\t%s\t%s\n' "$variant" "$run" "$ready_ms" "$started" "$rss_ready" "$rss_idle" "$rss_early" >>"$D/results.tsv"
  log "  bare app ($variant) #$run: ready after $ready_ms ms (Quarkus: ${started}s), RSS ${rss_ready} kB, ${rss_early} kB ${EARLY} s later, idle ${rss_idle} kB"
  kill "$BARE_PID"; wait "$BARE_PID" 2>/dev/null || true; BARE_PID=""
}

SEED_TIMES=""
bare_round=0
for svc in "${SERVICES[@]}"; do
  # the bare app once per variant before each service's runs, so that its median spans the same stretch of time
  bare_round=$((bare_round + 1))
  for variant in "${BARE_VARIANTS[@]}"; do bare_run "$variant" "$bare_round"; done
  log "startup: $svc-service"
  for run in $(seq 1 "$RUNS"); do one_run "$svc" first-start "$run"; done
  for run in $(seq 1 "$RUNS"); do one_run "$svc" restart "$run"; done
  # keep it running (on its populated database) for the services that need it
  start_service "$svc"; wait_ready "$svc" >/dev/null
  wait_seeded "$svc"
done
bare_round=$((bare_round + 1))
for variant in "${BARE_VARIANTS[@]}"; do bare_run "$variant" "$bare_round"; done

# one more restart of each service, after the timed runs, recorded with JFR (not part of the figures above)
if [[ "${BENCH_STARTUP_PROFILE:-1}" == 1 ]]; then
  # without the class archive: JDK 17.0.15 crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook)
  # when JFR starts with the JVM and a class of the training-recorded archive is loaded (docs/deploy.md)
  measured_opts=("${SERVICE_JAVA_OPTS[@]}")
  mapfile -t profiled_opts < <(printf '%s\n' "${measured_opts[@]}" | grep -Ev '^-XX:(SharedArchiveFile|AOTCache)=')
  for svc in "${SERVICES[@]}"; do
    stop_service "$svc"
    SERVICE_JAVA_OPTS=("${profiled_opts[@]}")
    BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$D/restart-$svc.jfr,settings=profile" start_service "$svc"
    wait_ready "$svc" >/dev/null
    wait_seeded "$svc"
    stop_service "$svc"   # the recording is written as the JVM exits
    SERVICE_JAVA_OPTS=("${measured_opts[@]}")
    start_service "$svc"; wait_ready "$svc" >/dev/null
    wait_seeded "$svc"
  done
fi

med() { awk -F'\t' -v s="$1" -v c="$2" -v k="$3" '$1 == s && $2 == c && $k != "" {print $k}' "$D/results.tsv" | median; }
mib() { awk -v k="$1" 'BEGIN { if (k == "n/a") print k; else printf "%.0f\n", k / 1024 }'; }
opts_text() { if [[ -n "$1" ]]; then printf '`%s`' "$1"; else printf 'none (JVM defaults)'; fi; }
# columns of results.tsv: 1 who, 2 case, 3 run, 4 ready ms, 5 started in, 6 RSS ready, 7 RSS loaded, 8 HWM, 9 load ms,
# 10 seed loaded ms, 11 RSS idle, 12 RSS $EARLY s after ready
{
  echo "# Startup time and memory of each service, against a bare Quarkus app"
  echo
  machine_info
  echo
  cat <<MD
## What was measured
- **ready**: wall clock from just before \`java … -jar quarkus-run.jar\` is executed (in the application's
  \`target/quarkus-app\` directory) until \`GET /q/health/ready\` first answers 200, polled every 20 ms with curl —
  the same criterion for the services and the bare app. The Quarkus "started in" figure from the log is shown for
  reference.
- **idle RSS** (VmRSS from \`/proc/<pid>/status\`): ${SETTLE} s after ready (indicator-service and agency-service:
  ${SETTLE} s after their seed data are loaded, which happens in the background after ready), before any request — for the services
  and the bare app alike. Not sooner: for some seconds after ready the JIT is still compiling, and the native memory
  it frees goes back to the system on a 5 s cycle (\`-XX:TrimNativeHeapInterval=5000\`, docs/deploy.md). Also: RSS
  at the moment of ready, ${EARLY} s later, 1 s after the first catalogue load, and VmHWM (peak) then. The catalogue load is, per service:
  - indicator-service: ${LOAD_WHAT[indicator]}
  - agency-service: ${LOAD_WHAT[agency]}
  - evaluation-service: ${LOAD_WHAT[evaluation]}
- **first start**: on an empty database (Flyway migrations before ready; then, in the background after ready,
  indicator-service imports the Changning plan, and agency-service loads its seed responsibilities; API requests
  to indicator-service wait for its import). **restart**: the same service again on the database the first start
  left. When each seed was loaded is shown below the ratios.
- Peers: indicator-service is measured alone; agency-service with indicator-service running; evaluation-service
  with both running. $RUNS runs per service and case, **median**.
- **The baseline**: \`bench/bare-app\`, a bare Quarkus $(quarkus_version_of "$BARE_SRC/pom.xml") application (the same
  Quarkus BOM and version as the services; \`quarkus-rest\` and \`quarkus-smallrye-health\` only), built from this
  working tree with its own class archive, recorded from a training start as the services' are
  (deploy/train-class-archives.sh). It runs once per variant before each service's runs and once at the
  end ($bare_round runs per variant; median), so its figures span the same stretch of time as the services'.
- **JVM options.** The machine has $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) and $(nproc) CPUs: with JVM defaults the JVM picks G1, an initial heap of 1/64 of the memory and a maximum of 1/4.
  The services and the bare app run on the same JVM, the one deploy/run-local.sh picks (see *Java* above). Their
  class archives (on JDK 25+ an AOT cache, \`app.aot\`, with the classes linked and the JIT's profiles; before, an
  AppCDS archive, \`app-cds.jsa\`) are recorded from a training start (deploy/train-class-archives.sh, run by the build
  of this benchmark as by deploy/run-local.sh): the classes a start loads, not only those of Quarkus' static init.
  - services: $(opts_text "${SERVICE_JAVA_OPTS[*]}") — from ${OPTS_ORIGIN}$( [[ ${#SERVICE_JAVA_OPTS[@]} -gt 0 ]] && echo '; these are container-style settings (what the JVM would pick by itself in the Kubernetes pods, see docs/deploy.md), not the JVM defaults')
  - bare app, **defaults**: none (JVM defaults, no class archive of its own)$( [[ ${#BARE_VARIANTS[@]} -gt 1 ]] && printf '\n  - bare app, **same options**: %s — the services'"'"' options, its own class archive where they use one' "$(opts_text "${BARE_OPTS[same]}")")
  ${BENCH_JAVA_OPTS:+- BENCH_JAVA_OPTS added to every JVM: \`$BENCH_JAVA_OPTS\`}

## Results (medians)
| process | case | ready (ms) | Quarkus "started in" (s) | RSS at ready (MiB) | RSS ${EARLY} s after (MiB) | idle RSS, ${SETTLE} s after (MiB) | RSS after catalogue load (MiB) | peak RSS (MiB) | catalogue load (ms) |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
MD
  for variant in "${BARE_VARIANTS[@]}"; do
    printf '| bare app (%s) | – | %s | %s | %s | %s | %s | – | – | – |\n' "$variant" "$(med "bare-$variant" - 4)" "$(med "bare-$variant" - 5)" \
      "$(mib "$(med "bare-$variant" - 6)")" "$(mib "$(med "bare-$variant" - 12)")" "$(mib "$(med "bare-$variant" - 11)")"
  done
  for svc in "${SERVICES[@]}"; do
    for case in first-start restart; do
      printf '| %s-service | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$svc" "$case" "$(med "$svc" "$case" 4)" "$(med "$svc" "$case" 5)" \
        "$(mib "$(med "$svc" "$case" 6)")" "$(mib "$(med "$svc" "$case" 12)")" "$(mib "$(med "$svc" "$case" 11)")" "$(mib "$(med "$svc" "$case" 7)")" "$(mib "$(med "$svc" "$case" 8)")" "$(med "$svc" "$case" 9)"
    done
  done
  echo
  echo "## Service / bare app (same run; medians)"
  echo
  echo "Goal (issue 15): ready time ≤ 3.0× and idle RSS ≤ 2.2× the bare app's."
  echo
  printf '| service | case | ready ÷ bare (defaults) | idle RSS ÷ bare (defaults) |'
  [[ ${#BARE_VARIANTS[@]} -gt 1 ]] && printf ' ready ÷ bare (same options) | idle RSS ÷ bare (same options) |'
  echo
  printf '|---|---|---:|---:|'; [[ ${#BARE_VARIANTS[@]} -gt 1 ]] && printf -- '---:|---:|'; echo
  for svc in "${SERVICES[@]}"; do
    for case in first-start restart; do
      printf '| %s-service | %s |' "$svc" "$case"
      for variant in "${BARE_VARIANTS[@]}"; do
        printf ' %s× | %s× |' "$(ratio "$(med "$svc" "$case" 4)" "$(med "bare-$variant" - 4)")" "$(ratio "$(med "$svc" "$case" 11)" "$(med "bare-$variant" - 11)")"
      done
      echo
    done
  done
  echo
  echo "First start / restart ready time — $(for svc in "${SERVICES[@]}"; do printf '%s %s×; ' "$svc" "$(ratio "$(med "$svc" first-start 4)" "$(med "$svc" restart 4)")"; done)"
  echo "RSS growth from idle to after the catalogue load (restart) — $(for svc in "${SERVICES[@]}"; do printf '%s %s×; ' "$svc" "$(ratio "$(med "$svc" restart 7)" "$(med "$svc" restart 11)")"; done)"
  echo
  echo "Seed data loaded, in the background after ready (ms after the process started; median): indicator-service's plan"
  echo "$(med indicator first-start 10) ms on a first start (imported) and $(med indicator restart 10) ms on a restart (found up to date);"
  echo "agency-service's responsibilities $(med agency first-start 10) ms on a first start."
  echo
  echo "### Raw figures"
  echo "| process | case | run | ready (ms) | started in (s) | RSS ready (kB) | RSS ${EARLY} s after (kB) | idle RSS (kB) | RSS after load (kB) | VmHWM (kB) | load (ms) | seed loaded (ms) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $12, $11, $7, $8, $9, $10}' "$D/results.tsv"
  if [[ "${BENCH_STARTUP_PROFILE:-1}" == 1 ]]; then
    echo
    echo "## Where a restart's time goes (JFR profile)"
    echo "One more restart of each service after the timed runs, recorded with JFR (\`settings=profile\`: threads"
    echo "running Java code sampled every 10 ms), from the JVM's start until the process was stopped right after ready."
    echo "Main-thread samples are grouped by the Quarkus build step whose recorded code was running (the outermost"
    echo "\`io.quarkus.runner.recorded.*\` frame); class loading and Quarkus' own bootstrap outside a step count apart."
    echo "JIT and GC figures are the JVM's totals over the same recording. **Without the class archive**: on"
    echo "JDK 17.0.15 a JVM that starts JFR with itself crashes on the training-recorded archive (docs/deploy.md), so"
    echo "this start loads from the jars the classes the measured starts map from the archive, and class loading weighs"
    echo "more here than in the figures above. First starts: the plan import's validation and import times are in"
    echo "indicator-service's log (\"Seed plan … loaded … (validated in … ms, imported in … ms)\"), quoted below."
    if [[ -n "${SEED_TIMES:-}" ]]; then echo; echo "$SEED_TIMES"; fi
    for svc in "${SERVICES[@]}"; do
      echo
      echo "### $svc-service"
      python3 "$BENCH_DIR/lib/jfr_breakdown.py" startup "$D/restart-$svc.jfr"
    done
  fi
} >"$REPORT"
log "wrote $REPORT"
