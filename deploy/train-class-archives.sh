#!/usr/bin/env bash
# Records each service's class archive from a training run, for the JVM the services run on (deploy/service-options.sh):
# a JDK 25+ AOT cache (target/quarkus-app/app.aot), or on an older JDK an AppCDS archive (app-cds.jsa, replacing the
# one the Quarkus build wrote). Run after `./mvnw package ${CHILDPLAN_PACKAGE_OPTS[*]}`; deploy/run-local.sh does, after a build.
#
#   deploy/train-class-archives.sh [SOURCE_ROOT]    SOURCE_ROOT: the tree whose services were built (default: this one)
#
# Why: the build's archive holds only the classes loaded up to the end of static init (Quarkus does not start the
# application to make it). About half of what a start loads comes after that (7,200 of 15,600 classes in
# indicator-service): Hibernate's sessions and queries, Flyway's migrate, the JDBC driver, Jackson, the first start's
# plan import. Each start read, parsed and verified those from the jars again. The training run starts the three
# services as they run (the same JVM options; a first start on empty scratch databases, so the migrations and seeds
# run) and stops them; each JVM writes the classes it loaded as it exits (-XX:AOTCacheOutput, JDK 25+; with it the
# linked classes and the profiles the JIT gathered. Before: -XX:ArchiveClassesAtExit, JDK 13+).
# A start and nothing more: classes that only requests load stay out, because the JVM maps the archive at a
# randomised address and so touches (relocates) every page of it at each start, and a larger archive costs memory.
# docs/deploy.md has the measured effect. An archive only serves the JVM that wrote it; another JVM ignores it and
# loads the classes from the jars as before.
#
# A service's class-archive.trained marks an archive recorded so, with the JVM that recorded it (childplan_java_version),
# for run-local to tell it from the build's and to record it again when the JVM changes.
# The scratch databases (childplan_training_<pid>_*) are dropped afterwards; the ports are free ones from 28300 on.
# PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD, as for deploy/run-local.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "${1:-$here/..}" && pwd)
# shellcheck source=deploy/service-options.sh
source "$root/deploy/service-options.sh"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
services=(indicator agency evaluation)
java=$(childplan_java)
java_version=$(childplan_java_version "$java")
archive=$(childplan_class_archive "$java")
mapfile -t recording_opts < <(childplan_archive_recording_opts "$java")
work=$(mktemp -d "${TMPDIR:-/tmp}/childplan-training.XXXXXX")
declare -A port=() pid=()

say() { echo "train-class-archives: $*" >&2; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
next_port=28300
# take_port SVC: the next free port, for SVC (not in a subshell: next_port must advance)
take_port() { while ! port_free "$next_port"; do next_port=$((next_port + 1)); done; port[$1]=$next_port; next_port=$((next_port + 1)); }
# this run's own scratch databases, so that two runs (a benchmark's build and a test) never share one
database() { echo "childplan_training_$$_$1"; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

cleanup() {
  local svc
  for svc in evaluation agency indicator; do
    [[ -n "${pid[$svc]:-}" ]] && kill -9 "${pid[$svc]}" 2>/dev/null || true
  done
  for svc in "${services[@]}"; do psql_admin -c "drop database if exists $(database "$svc") with (force)" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

for svc in "${services[@]}"; do
  [[ -f "$root/$svc-service/target/quarkus-app/quarkus-run.jar" ]] || { say "$svc-service is not built"; exit 1; }
  take_port "$svc"
  psql_admin -c "drop database if exists $(database "$svc") with (force)" \
    -c "create database $(database "$svc") encoding 'UTF8' template template0"
done

start() {
  local svc=$1 app="$root/$1-service/target/quarkus-app"
  rm -f "$app/$(childplan_recording_file "$java")"
  # in its quarkus-app directory, as it runs: the archive records the class path relative to it
  (cd "$app" && exec env QUARKUS_HTTP_PORT="${port[$svc]}" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$(database "$svc")" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
    QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL="http://127.0.0.1:${port[indicator]}" \
    QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL="http://127.0.0.1:${port[agency]}" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/deploy/dev-keys/dev-public-key.pem" \
    CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true CHILDPLAN_AGENCY_SEED_RETRY_INTERVAL=1s \
    "$java" "${CHILDPLAN_JAVA_OPTS[@]}" "${recording_opts[@]}" -jar quarkus-run.jar) >"$work/$svc.log" 2>&1 &
  pid[$svc]=$!
  local deadline=$((SECONDS + 180))
  until curl -fs -o /dev/null "http://127.0.0.1:${port[$svc]}/q/health/ready"; do
    kill -0 "${pid[$svc]}" 2>/dev/null || { say "$svc-service stopped during its training start:"; tail -20 "$work/$svc.log" >&2; exit 1; }
    ((SECONDS < deadline)) || { say "$svc-service not ready after 180 s"; exit 1; }
    sleep 0.2
  done
}

# seeded SVC WHAT: until the seed data SVC loads in the background after ready are loaded (its readiness check's data)
seeded() {
  local deadline=$((SECONDS + 120))
  until curl -fs "http://127.0.0.1:${port[$1]}/q/health/ready" | grep -q '"LOADED"'; do
    ((SECONDS < deadline)) || { say "$1-service did not load its $2:"; tail -20 "$work/$1.log" >&2; exit 1; }
    sleep 0.2
  done
}

start indicator
seeded indicator "seed plan"
start agency
seeded agency "seed responsibilities"
start evaluation

# stopped in reverse order; each JVM writes its archive as it exits, which takes a few seconds
for svc in evaluation agency indicator; do
  kill "${pid[$svc]}"
  wait "${pid[$svc]}" || true
  unset "pid[$svc]"
  app="$root/$svc-service/target/quarkus-app"
  if childplan_keep_recorded_archive "$app" "$java"; then
    echo "$java_version" >"$app/class-archive.trained"
    say "$svc-service: $archive recorded from the training run on $java ($(du -m "$app/$archive" | cut -f1) MB)"
  else
    cp "$work/$svc.log" "$app/class-archive.training.log" 2>/dev/null || true
    say "$svc-service wrote no $archive (its log: $app/class-archive.training.log)"
  fi
done
