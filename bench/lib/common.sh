#!/usr/bin/env bash
# Shared helpers for the benchmarks in bench/: sourced, not run.
# The benchmarks start their own copies of the services, on their own ports and their own scratch databases
# (bench_indicator, bench_agency, bench_evaluation), so they never touch the databases deploy/run-local.sh uses.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
REPORTS="$BENCH_DIR/reports"
# scratch files (the build copy, logs, generated data), outside the repository so no tool scanning it trips over them
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/childplan-bench}"
mkdir -p "$REPORTS" "$WORK"
# one benchmark at a time: they share the scratch databases, the build and the ports (and would disturb each other)
exec 9>"$WORK/lock"
flock -n 9 || { echo "another benchmark is running (it holds $WORK/lock); run one at a time" >&2; exit 1; }
# when the benchmark started, and the load then (machine_info runs when the report is written, at the end)
BENCH_STARTED_AT=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

export PGOPTIONS="${PGOPTIONS:--c client_min_messages=warning}"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
PLAN=${BENCH_PLAN:-CN-430482-CHILDREN-2021-2025}
DB_PREFIX=${BENCH_DB_PREFIX:-bench_}
SERVICES=(indicator agency evaluation)
declare -A PID=()
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# the first free port from $1 on, skipping those already taken by this script
declare -A TAKEN=()
pick_port() { local p=$1; while [[ -n "${TAKEN[$p]:-}" ]] || ! port_free "$p"; do p=$((p + 1)); done; TAKEN[$p]=1; echo "$p"; }
# Ports away from the usual 808x (other people's services run on this machine); BENCH_*_PORT to choose them.
declare -A PORT=()
PORT[indicator]=${BENCH_INDICATOR_PORT:-$(pick_port 28081)}; TAKEN[${PORT[indicator]}]=1
PORT[agency]=${BENCH_AGENCY_PORT:-$(pick_port 28082)}; TAKEN[${PORT[agency]}]=1
PORT[evaluation]=${BENCH_EVALUATION_PORT:-$(pick_port 28083)}; TAKEN[${PORT[evaluation]}]=1
BARE_PORT=${BENCH_BARE_PORT:-$(pick_port 28090)}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
url() { echo "http://127.0.0.1:${PORT[$1]}"; }
db() { echo "${DB_PREFIX}$1"; }
psql_db() { local d=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -d "$d" "$@"; }
token() { "$ROOT/deploy/mint-token.sh" "$@"; }
now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }

# ---- databases

create_db() {
  local name; name=$(db "$1")
  psql -X -q -d postgres -c "drop database if exists $name with (force)" -c "create database $name encoding 'UTF8' template template0"
}
drop_db() { psql -X -q -d postgres -c "drop database if exists $(db "$1") with (force)"; }
fresh_dbs() { for s in "${SERVICES[@]}"; do create_db "$s"; done; }
drop_dbs() { for s in "${SERVICES[@]}"; do drop_db "$s"; done; }

# ---- services

# The services are built from a clean copy of the sources in $WORK/build/src, never in the working tree, so a
# benchmark neither disturbs nor picks up whatever else is being edited or built there:
#   BENCH_SOURCE=HEAD (default) or any git revision: that commit, exported with git archive;
#   BENCH_SOURCE=worktree: the working tree as it is (tracked and untracked, not ignored, files);
#   BENCH_OVERLAY="path ...": working-tree files copied on top (e.g. a new migration not committed yet).
BUILD_SRC="$WORK/build/src"
jar_of() { echo "$BUILD_SRC/$1-service/target/quarkus-app/quarkus-run.jar"; }
source_label() {
  # what ensure_built resolved and built, not what HEAD is when the report is written (commits may land meanwhile)
  if [[ -f "$WORK/build/label" ]]; then cat "$WORK/build/label"; return; fi
  local rev=${BENCH_SOURCE:-HEAD}
  if [[ $rev == worktree ]]; then echo "working tree at $(git -C "$ROOT" rev-parse --short HEAD) (with uncommitted changes, if any)"
  else echo "$(git -C "$ROOT" rev-parse --short "$rev")${BENCH_OVERLAY:+ + working-tree copies of: $BENCH_OVERLAY}"; fi
}
source_label_now() {
  local rev=${BENCH_SOURCE:-HEAD}
  if [[ $rev == worktree ]]; then echo "working tree at $(git -C "$ROOT" rev-parse --short HEAD) (with uncommitted changes, if any)"
  else echo "$(git -C "$ROOT" rev-parse --short "$rev")${BENCH_OVERLAY:+ + working-tree copies of: $BENCH_OVERLAY}"; fi
}
ensure_built() {
  local rev=${BENCH_SOURCE:-HEAD} key svc f label commit=""
  if [[ $rev == worktree ]]; then
    label=$(source_label_now)
    key="worktree-$(cd "$ROOT" && git ls-files -co --exclude-standard -- . ':!bench' | sort | xargs -d '\n' sha256sum 2>/dev/null | sha256sum | cut -c1-16)"
  else
    # resolved once: the key, the label and the sources all name this commit even if HEAD moves meanwhile
    commit=$(git -C "$ROOT" rev-parse "$rev^{commit}")
    key=$commit
    label="$(git -C "$ROOT" rev-parse --short "$commit")${BENCH_OVERLAY:+ + working-tree copies of: $BENCH_OVERLAY}"
  fi
  for f in ${BENCH_OVERLAY:-}; do key="$key+$(sha256sum "$ROOT/$f" | cut -c1-16)"; done
  if [[ -f "$WORK/build/key" && "$(cat "$WORK/build/key")" == "$key" ]]; then
    local ok=true
    for svc in "${SERVICES[@]}"; do [[ -f "$(jar_of "$svc")" ]] || ok=false; done
    if $ok; then [[ -f "$WORK/build/label" ]] || echo "$label" >"$WORK/build/label"; return 0; fi
  fi
  log "building the services from $label in $BUILD_SRC (a few minutes)..."
  rm -rf "$WORK/build"; mkdir -p "$BUILD_SRC"
  if [[ $rev == worktree ]]; then
    (cd "$ROOT" && git ls-files -co --exclude-standard -z -- . ':!bench' | xargs -0 cp --parents -t "$BUILD_SRC")
  else
    git -C "$ROOT" archive "$commit" | tar -x -C "$BUILD_SRC"
  fi
  for f in ${BENCH_OVERLAY:-}; do mkdir -p "$BUILD_SRC/$(dirname "$f")"; cp "$ROOT/$f" "$BUILD_SRC/$f"; done
  # built as deploy/run-local.sh builds them: with its package options (the build's AppCDS archive), where the source has them
  local package_opts=()
  if [[ -f "$BUILD_SRC/deploy/service-options.sh" ]]; then
    # shellcheck disable=SC1091
    package_opts=($(source "$BUILD_SRC/deploy/service-options.sh" && printf '%s\n' "${CHILDPLAN_PACKAGE_OPTS[@]}"))
  fi
  (cd "$BUILD_SRC" && ./mvnw -B -q package -Dmaven.test.skip=true "${package_opts[@]}" -pl indicator-service,agency-service,evaluation-service -am) >"$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log" >&2; echo "build failed; see $WORK/build.log" >&2; return 1; }
  # and, as deploy/run-local.sh does after a build, their class archives recorded from a training run
  if [[ -f "$BUILD_SRC/deploy/train-class-archives.sh" ]]; then
    log "recording the services' class archives from a training run (deploy/train-class-archives.sh)..."
    bash "$BUILD_SRC/deploy/train-class-archives.sh" "$BUILD_SRC" >>"$WORK/build.log" 2>&1 \
      || { tail -40 "$WORK/build.log" >&2; echo "training run failed; see $WORK/build.log" >&2; return 1; }
  fi
  echo "$key" >"$WORK/build/key"
  echo "$label" >"$WORK/build/label"
}

# start_service SVC [extra env assignments...]: starts in the background; sets PID[SVC] and START_NS[SVC]. The JVM
# runs in the service's quarkus-app directory (a class archive names its class path relative to it), with
# BENCH_JAVA_OPTS and the SERVICE_JAVA_OPTS a script sets (bench/startup.sh: those of deploy/service-options.sh), on
# SERVICE_JAVA.
declare -A START_NS=()
SERVICE_JAVA_OPTS=()
start_service() {
  local svc=$1; shift
  port_free "${PORT[$svc]}" || { echo "port ${PORT[$svc]} is in use; set BENCH_${svc^^}_PORT" >&2; return 1; }
  START_NS[$svc]=$(now_ns)
  cd "$(dirname "$(jar_of "$svc")")" && exec env QUARKUS_HTTP_PORT="${PORT[$svc]}" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$(db "$svc")" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
    QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL="$(url indicator)" \
    QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL="$(url agency)" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/deploy/dev-keys/dev-public-key.pem" \
    CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true \
    "$@" \
    "$SERVICE_JAVA" ${BENCH_JAVA_OPTS:-} "${SERVICE_JAVA_OPTS[@]}" -jar quarkus-run.jar >"$WORK/$svc.log" 2>&1 &
  PID[$svc]=$!
  echo "${PID[$svc]}" >"$WORK/$svc.pid"
}

# wait_ready SVC: polls /q/health/ready every 20 ms; prints milliseconds since start_service
wait_ready() {
  local svc=$1 deadline=$(( $(date +%s) + ${2:-180} ))
  while ! curl -fs -o /dev/null "$(url "$svc")/q/health/ready"; do
    if ! kill -0 "${PID[$svc]}" 2>/dev/null; then
      echo "$svc-service stopped during startup; see $WORK/$svc.log" >&2; tail -30 "$WORK/$svc.log" >&2; return 1
    fi
    (( $(date +%s) < deadline )) || { echo "$svc-service not ready after ${2:-180}s" >&2; return 1; }
    sleep 0.02
  done
  ms_since "${START_NS[$svc]}"
}

stop_service() {
  local svc=$1 pid=${PID[$1]:-}
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  unset "PID[$svc]"
  rm -f "$WORK/$svc.pid"
}
stop_all() { local s; for s in evaluation agency indicator; do stop_service "$s"; done; }

# begin_run DIR: builds the services if needed and gives the run an empty scratch directory $D. On exit, however the
# script ends: its own extra_cleanup if it defines one, the services stopped, and unless BENCH_KEEP is set, the
# scratch databases and $D removed.
begin_run() {
  D=$1
  trap finish_run EXIT
  ensure_built
  resolve_service_java
  rm -rf "$D"; mkdir -p "$D"
}
finish_run() {
  if declare -F extra_cleanup >/dev/null; then extra_cleanup; fi
  stop_all
  if [[ -z "${BENCH_KEEP:-}" ]]; then drop_dbs; rm -rf "$D"; fi
}

# start_all [extra env...]: indicator, then agency, then evaluation; waits until each is ready and its seed data
# (loaded in the background after ready) is there.
start_all() {
  local s
  for s in "${SERVICES[@]}"; do start_service "$s" "$@"; wait_ready "$s" >/dev/null; wait_seeded "$s"; done
}
# wait_seeded SVC: until the service's seed data, which it loads after it is ready, is loaded, as its readiness check
# shows: indicator-service's plan ("Plan seed": LOADED, or AMENDED or UP_TO_DATE on a restart), agency-service's
# responsibilities ("Responsibility seed": LOADED). evaluation-service has none.
wait_seeded() {
  local svc=$1 states
  case $svc in
    indicator) states='"\(LOADED\|AMENDED\|UP_TO_DATE\)"' ;;
    agency) states='"LOADED"' ;;
    *) return 0 ;;
  esac
  for _ in $(seq 1 600); do
    curl -fs "$(url "$svc")/q/health/ready" | grep -q "$states" && return 0
    sleep 0.1
  done
  echo "$svc-service did not load its seed data" >&2; return 1
}

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

# ---- reports

machine_info() {
  local mem java cpu
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
  java="$("$SERVICE_JAVA" -version 2>&1 | head -1) (\`$SERVICE_JAVA\`: the services and the bare app)"
  cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
  cat <<MD
- Date: $BENCH_STARTED_AT to $(date -u '+%H:%M:%S UTC')
- Machine: $(nproc) CPUs (\`nproc\`; $cpu), $mem memory, $(uname -sr)
- Java: $java; PostgreSQL: $(psql -X -tAc 'show server_version' -d postgres)
- Load average (1, 5, 15 min): $LOAD_AT_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end
- Services built from: $(source_label)

> **Figures are from a shared 2-core machine** (other engineers' builds run on it, and the load generator, the
> services and PostgreSQL all share the same two cores). Absolute numbers vary from run to run; rely on the
> **ratios measured in the same run**, not on the absolute figures or on comparisons across runs.
MD
}

# median of numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# ratio A B [decimals]
ratio() { awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (b+0 == 0) print "n/a"; else printf "%.*f\n", d, a/b }'; }

# ---- data set-up through the APIs

# add_areas N: adds sub-areas BENCH-T0001..N (townships of the jurisdiction) through indicator-service as admin,
# four requests at a time; writes their codes to $WORK/areas.txt
add_areas() {
  local n=$1 admin jurisdiction
  admin=$(token admin)
  jurisdiction=$(curl -fsS "$(url indicator)/api/v1/plans/$PLAN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["jurisdictionCode"])')
  seq -f 'BENCH-T%04g' 1 "$n" >"$WORK/areas.txt"
  [[ "$n" -gt 0 ]] || return 0
  export ADMIN_TOKEN=$admin AREAS_URL="$(url indicator)/api/v1/plans/$PLAN/reporting-areas" JURISDICTION=$jurisdiction
  xargs -P 4 -I{} sh -c 'code=$(curl -sS -o /dev/null -w "%{http_code}" -X POST -H "Authorization: Bearer $ADMIN_TOKEN" \
      -H "Content-Type: application/json" -d "{\"code\":\"{}\",\"nameZh\":\"基准测试乡镇{}\",\"nameEn\":\"Benchmark township {}\",\"level\":\"TOWNSHIP\",\"parentCode\":\"$JURISDICTION\"}" \
      "$AREAS_URL"); [ "$code" = 201 ] || { echo "adding area {} answered $code" >&2; exit 255; }' <"$WORK/areas.txt"
}

# open_cycle YEAR: opens the year's monitoring cycle (statistics)
open_cycle() {
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $(token statistics)" -H 'Content-Type: application/json' \
    -d "{\"year\":$1,\"opensOn\":\"$(( $1 + 1 ))-01-01\",\"dueOn\":\"$(( $1 + 1 ))-03-31\"}" \
    "$(url evaluation)/api/v1/plans/$PLAN/monitoring-cycles"
}

fetch_catalogue() { curl -fsS -o "$1" "$(url indicator)/api/v1/plans/$PLAN/catalogue"; }
# fetch_expected YEAR FILE: the reports each agency owes in the cycle
fetch_expected() {
  curl -fsS -o "$2" -H "Authorization: Bearer $(token viewer)" \
    "$(url evaluation)/api/v1/plans/$PLAN/monitoring-cycles/$1/expected-reports?size=500"
}

# http_ms METHOD URL TOKEN [curl args...]: runs one request, fails unless 2xx; prints "status milliseconds"
http_ms() {
  local method=$1 u=$2 tok=$3; shift 3
  local out start status
  start=$(now_ns)
  status=$(curl -sS -o "$WORK/last-response" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $tok" "$@" "$u")
  local ms; ms=$(ms_since "$start")
  if [[ "$status" != 2* ]]; then
    echo "$method $u answered $status:" >&2; head -c 2000 "$WORK/last-response" >&2; echo >&2; return 1
  fi
  echo "$status $ms"
}
json_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$WORK/last-response" "$1"; }

# ---- the bare Quarkus app (bench/bare-app): the baseline of startup.sh and catalogue-read.sh ----
BARE_SRC="$BENCH_DIR/bare-app"
BARE_BUILD="$WORK/bare-build"
BARE_APP="$BARE_BUILD/target/quarkus-app"

# build_bare: bench/bare-app from this working tree (whatever BENCH_SOURCE says), with a class archive, built
# again only when its files or SERVICE_JAVA change
build_bare() {
  local key
  # its class archive serves only the JVM that recorded it
  key=$( (cd "$BARE_SRC" && find . -path ./target -prune -o -type f -print | sort | xargs sha256sum; "$SERVICE_JAVA" -version 2>&1) | sha256sum | cut -c1-16)
  if [[ -f "$BARE_BUILD/key" && "$(cat "$BARE_BUILD/key")" == "$key" && -f "$BARE_APP/quarkus-run.jar" ]]; then return 0; fi
  log "building bench/bare-app..."
  rm -rf "$BARE_BUILD"; mkdir -p "$BARE_BUILD"
  (cd "$BARE_SRC" && tar -c --exclude=./target .) | tar -x -C "$BARE_BUILD"
  "$ROOT/mvnw" -B -q -f "$BARE_BUILD/pom.xml" package -Dquarkus.package.jar.aot.enabled=true >"$WORK/bare-build.log" 2>&1 \
    || { tail -40 "$WORK/bare-build.log" >&2; echo "bare-app build failed; see $WORK/bare-build.log" >&2; return 1; }
  train_bare
  echo "$key" >"$BARE_BUILD/key"
}
# train_bare: the bare app's class archive (an AOT cache on JDK 25+, else AppCDS) recorded from a training run
# (started, asked once, stopped) on SERVICE_JAVA, as deploy/train-class-archives.sh records the services', so that
# "the bare app with the services' options" has what they have
train_bare() {
  local pid opts
  # shellcheck disable=SC1091
  source "$ROOT/deploy/service-options.sh"
  mapfile -t opts < <(childplan_archive_recording_opts "$SERVICE_JAVA")
  rm -f "$BARE_APP/$(childplan_recording_file "$SERVICE_JAVA")"
  (cd "$BARE_APP" && exec env QUARKUS_HTTP_PORT="$BARE_PORT" "$SERVICE_JAVA" "${opts[@]}" -jar quarkus-run.jar) >"$WORK/bare-training.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$BARE_PORT/q/health/ready" && break; sleep 0.1; done
  curl -s -o /dev/null "http://127.0.0.1:$BARE_PORT/api/v1/plans/$PLAN/catalogue" || true
  kill "$pid"; wait "$pid" || true
  childplan_keep_recorded_archive "$BARE_APP" "$SERVICE_JAVA" \
    || log "WARNING: the bare app's training run wrote no $(childplan_class_archive "$SERVICE_JAVA") (see $WORK/bare-training.log)"
}
quarkus_version_of() { grep -o '<quarkus.version>[^<]*' "$1" | head -1 | cut -d'>' -f2; }
check_bare_version() {
  if [[ "$(quarkus_version_of "$BUILD_SRC/pom.xml")" != "$(quarkus_version_of "$BARE_SRC/pom.xml")" ]]; then
    log "WARNING: bench/bare-app uses Quarkus $(quarkus_version_of "$BARE_SRC/pom.xml"), the services $(quarkus_version_of "$BUILD_SRC/pom.xml")"
  fi
}

# resolve_service_java: SERVICE_JAVA, the java the services run on as deploy/run-local.sh picks it (childplan_java in
# deploy/service-options.sh of the source measured; `java` where that source has none). The bare app runs on it too,
# so that every ratio compares applications on one JVM. Resolved once, before anything is timed.
resolve_service_java() {
  SERVICE_JAVA=java
  if [[ -f "$BUILD_SRC/deploy/service-options.sh" ]] && grep -q '^childplan_java()' "$BUILD_SRC/deploy/service-options.sh"; then
    # shellcheck disable=SC1091
    SERVICE_JAVA=$(source "$BUILD_SRC/deploy/service-options.sh" && childplan_java)
  fi
}

# use_service_options: SERVICE_JAVA_OPTS and OPTS_ORIGIN from deploy/service-options.sh of the source measured, as
# deploy/run-local.sh starts the services (none where that source has no such file)
use_service_options() {
  # the services' JVM options: deploy/service-options.sh of the source measured, as deploy/run-local.sh uses them
  if [[ -f "$BUILD_SRC/deploy/service-options.sh" ]]; then
    # shellcheck disable=SC1091
    mapfile -t SERVICE_JAVA_OPTS < <(source "$BUILD_SRC/deploy/service-options.sh" && childplan_java_opts "$(dirname "$(jar_of indicator)")" "$SERVICE_JAVA")
    OPTS_ORIGIN="deploy/service-options.sh of the source measured"
  else
    SERVICE_JAVA_OPTS=()
    OPTS_ORIGIN="none (the source measured has no deploy/service-options.sh: JVM defaults, as its deploy/run-local.sh)"
  fi
  local archive
  archive=$(printf '%s\n' "${SERVICE_JAVA_OPTS[@]}" | sed -nE 's/^-XX:(SharedArchiveFile|AOTCache)=//p')
  for svc in "${SERVICES[@]}"; do
    if [[ -n "$archive" && ! -f "$(dirname "$(jar_of "$svc")")/$archive" ]]; then
      echo "$svc-service has no $archive though its options name one" >&2; exit 1
    fi
  done
}
