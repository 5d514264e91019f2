#!/usr/bin/env bash
# Benchmark 1 — catalogue read: throughput and latency (p50/p90/p99) of indicator-service's
#   GET /api/v1/plans/{plan}/catalogue and GET /api/v1/plans/{plan}/indicators/HEALTH-3a
# against the identical bytes served from memory by a bare Quarkus app (bench/bare-app, quarkus-rest only: the framework's
# ceiling for these bytes), with wrk at a fixed duration and connection count. The service and the bare app run with
# the JVM options of deploy/service-options.sh (as deploy/run-local.sh starts the services). Writes
# bench/reports/catalogue-read.md.
#
#   bench/catalogue-read.sh    BENCH_WRK_THREADS=2 BENCH_WRK_CONNECTIONS=16 BENCH_WRK_DURATION=20s
#                              BENCH_WRK_WARMUP=10s BENCH_WRK_ROUNDS=2 (service and bare alternate, round by round)
#                              BENCH_CATALOGUE_PROFILE=10s (one more run per target recorded with JFR; 0: none)
source "$(dirname "$0")/lib/common.sh"

THREADS=${BENCH_WRK_THREADS:-2}
CONNECTIONS=${BENCH_WRK_CONNECTIONS:-16}
DURATION=${BENCH_WRK_DURATION:-20s}
WARM=${BENCH_WRK_WARMUP:-10s}
ROUNDS=${BENCH_WRK_ROUNDS:-2}
SMALL=${BENCH_SMALL_INDICATOR:-HEALTH-3a}
REPORT="$REPORTS/catalogue-read.md"
BARE_PID=""

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
extra_cleanup() {
  [[ -n "$BARE_PID" ]] && { kill "$BARE_PID" 2>/dev/null || true; wait "$BARE_PID" 2>/dev/null || true; }
}
begin_run "$WORK/catalogue"
build_bare
check_bare_version
use_service_options
log "catalogue-read: fresh scratch database, starting indicator-service (the plan loads at first start)"
create_db indicator
start_service indicator
wait_ready indicator >/dev/null

declare -A PATHS=([catalogue]="/api/v1/plans/$PLAN/catalogue" [indicator]="/api/v1/plans/$PLAN/indicators/$SMALL")
# the bare app serves <files>/<path> with the Content-Type and ETag of <files>/<path>.headers (what curl -D wrote)
FILES="$D/bare-files"
for name in catalogue indicator; do
  mkdir -p "$(dirname "$FILES${PATHS[$name]}")"
  curl -fsS -D "$FILES${PATHS[$name]}.headers" -o "$FILES${PATHS[$name]}" "$(url indicator)${PATHS[$name]}"
  cp "$FILES${PATHS[$name]}" "$D/$name.body"; cp "$FILES${PATHS[$name]}.headers" "$D/$name.headers"
done
port_free "$BARE_PORT" || { echo "port $BARE_PORT is in use; set BENCH_BARE_PORT" >&2; exit 1; }
# shellcheck disable=SC2086
(cd "$BARE_APP" && exec env QUARKUS_HTTP_PORT="$BARE_PORT" BARE_FILES="$FILES" "$SERVICE_JAVA" ${BENCH_JAVA_OPTS:-} "${SERVICE_JAVA_OPTS[@]}" -jar quarkus-run.jar) >"$WORK/bare.log" 2>&1 &
BARE_PID=$!
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$BARE_PORT/q/health/ready" && break; sleep 0.1; done
for name in catalogue indicator; do
  curl -fsS -o "$D/$name.bare" "http://127.0.0.1:$BARE_PORT${PATHS[$name]}"
  cmp -s "$D/$name.body" "$D/$name.bare" || { echo "the bare app does not serve the same bytes for $name" >&2; exit 1; }
done

# wrk_run URL DURATION OUT: one wrk run with the latency distribution
wrk_run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency "$1" >"$3" 2>&1; }
# wrk_stats FILE: "rps p50_ms p90_ms p99_ms requests non2xx socket_errors"
wrk_stats() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } / requests in / { req = $1 }
    /Non-2xx/ { bad = $NF } /Socket errors/ { gsub(",", ""); err = $4 + $6 + $8 + $10 }
    END { printf "%s %.3f %.3f %.3f %s %d %d\n", rps, p50, p90, p99, req, bad, err }' "$1"
}

: >"$D/results.tsv"
for name in catalogue indicator; do
  svc="$(url indicator)${PATHS[$name]}"; bare="http://127.0.0.1:$BARE_PORT${PATHS[$name]}"
  log "$name: warm-up ($WARM each)"
  wrk_run "$svc" "$WARM" /dev/null; wrk_run "$bare" "$WARM" /dev/null
  for round in $(seq 1 "$ROUNDS"); do
    for target in service bare; do
      [[ $target == service ]] && u=$svc || u=$bare
      out="$D/$name-$target-$round.txt"
      wrk_run "$u" "$DURATION" "$out"
      printf '%s\t%s\t%s\t%s\n' "$name" "$target" "$round" "$(wrk_stats "$out")" >>"$D/results.tsv"
      log "  $name $target round $round: $(wrk_stats "$out")"
    done
  done
done

# after the timed rounds: one more catalogue run per target recorded with JFR (not part of the figures)
PROFILE=${BENCH_CATALOGUE_PROFILE:-10s}
if [[ "$PROFILE" != 0 ]]; then
  for target in service bare; do
    [[ $target == service ]] && pid=${PID[indicator]} u="$(url indicator)${PATHS[catalogue]}" \
      || pid=$BARE_PID u="http://127.0.0.1:$BARE_PORT${PATHS[catalogue]}"
    jcmd "$pid" JFR.start name=reads settings=profile >/dev/null
    wrk_run "$u" "$PROFILE" /dev/null
    jcmd "$pid" JFR.dump name=reads filename="$D/catalogue-$target.jfr" >/dev/null
    jcmd "$pid" JFR.stop name=reads >/dev/null
  done
fi

# mean over rounds of a column (4 = rps, 5 = p50, 6 = p90, 7 = p99)
avg() { awk -F'\t' -v n="$1" -v t="$2" -v c="$3" '$1 == n && $2 == t { split($4, f, " "); s += f[c - 3]; k++ } END { printf "%.3f\n", k ? s / k : 0 }' "$D/results.tsv"; }
{
  echo "# Catalogue read: indicator-service vs the same bytes from memory"
  echo
  machine_info
  echo
  cat <<MD
## What was measured
- **service**: indicator-service (built as above, default configuration, JVM options: $(if [[ ${#SERVICE_JAVA_OPTS[@]} -gt 0 ]]; then printf '`%s`' "${SERVICE_JAVA_OPTS[*]}"; else echo "JVM defaults"; fi), $OPTS_ORIGIN), fresh
  database with the Changning plan as loaded at first start; anonymous GETs of
  - \`${PATHS[catalogue]}\` ($(stat -c %s "$D/catalogue.body") bytes, the whole plan), and
  - \`${PATHS[indicator]}\` ($(stat -c %s "$D/indicator.body") bytes, one indicator).
- **bare** (baseline): \`bench/bare-app\`, a bare Quarkus $(quarkus_version_of "$BARE_SRC/pom.xml") application
  (quarkus-rest and quarkus-smallrye-health only) with one \`@NonBlocking\` resource answering the same paths with
  the identical bytes held in memory (checked with \`cmp\`) and the same Content-Type and ETag, started with the same JVM
  options: the framework's own ceiling for serving these bytes.
- **load**: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` (closed loop: each connection sends its next request as soon
  as the answer arrives), on the same machine. $WARM warm-up per target first, then $ROUNDS rounds alternating
  service and bare; figures are the mean over the rounds. wrk, the server under test and PostgreSQL share the two CPUs.
- **ratio** = service / bare, per endpoint, from the same run: throughput ratio < 1 means the service serves fewer
  requests per second; latency ratio > 1 means it answers more slowly.

## Results
| endpoint | target | requests/s | p50 (ms) | p90 (ms) | p99 (ms) |
|---|---|---:|---:|---:|---:|
MD
  for name in catalogue indicator; do
    for target in service bare; do
      printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$target" "$(avg "$name" "$target" 4)" "$(avg "$name" "$target" 5)" \
        "$(avg "$name" "$target" 6)" "$(avg "$name" "$target" 7)"
    done
  done
  echo
  echo "### Ratios, service / bare (same run)"
  echo "Goal (issue 15): throughput ≥ 0.8× and p99 latency ≤ 2× the bare app's."
  echo
  echo "| endpoint | throughput | p50 latency | p99 latency | goal |"
  echo "|---|---:|---:|---:|---|"
  for name in catalogue indicator; do
    t=$(ratio "$(avg "$name" service 4)" "$(avg "$name" bare 4)" 3)
    p=$(ratio "$(avg "$name" service 7)" "$(avg "$name" bare 7)" 2)
    met=$(awk -v t="$t" -v p="$p" 'BEGIN { print (t >= 0.8 && p <= 2) ? "met" : "not met" }')
    printf '| %s | **%s×** | %s× | **%s×** | %s |\n' "$name" "$t" \
      "$(ratio "$(avg "$name" service 5)" "$(avg "$name" bare 5)" 2)" "$p" "$met"
  done
  echo
  echo "### Raw wrk figures per round"
  echo "| endpoint | target | round | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | requests | non-2xx | socket errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  while IFS=$'\t' read -r name target round stats; do
    read -r rps p50 p90 p99 req bad err <<<"$stats"
    echo "| $name | $target | $round | $rps | $p50 | $p90 | $p99 | $req | $bad | $err |"
  done <"$D/results.tsv"
  if [[ "$PROFILE" != 0 ]]; then
    echo
    echo "## Where a catalogue read's time goes (JFR profile)"
    echo "One more $PROFILE wrk run of the catalogue per target after the timed rounds, recorded with JFR"
    echo "(\`settings=profile\`: threads running Java code sampled every 10 ms, threads in native code every 20 ms). The"
    echo "samples of the Vert.x event-loop threads (where both answer the read), each under the first layer found"
    echo "from the top of its stack."
    for target in service bare; do
      echo
      echo "### $target"
      python3 "$BENCH_DIR/lib/jfr_breakdown.py" threads "$D/catalogue-$target.jfr" vert.x-eventloop
    done
  fi
  echo
  echo "<details><summary>wrk output, last round</summary>"
  echo
  echo '```'
  for f in "$D"/*-"$ROUNDS".txt; do echo "== $(basename "$f" .txt)"; cat "$f"; done
  echo '```'
  echo "</details>"
} >"$REPORT"
log "wrote $REPORT"
