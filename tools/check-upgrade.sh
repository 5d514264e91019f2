#!/usr/bin/env bash
# Databases that an earlier version migrated still start with a later one:
#   tools/check-upgrade.sh FROM_REV [TO_REV]      (TO_REV defaults to HEAD)
# Builds both revisions (git archive into a scratch folder, never the working tree), starts FROM's three services on
# scratch databases (upgrade_indicator, upgrade_agency, upgrade_evaluation) until they are ready with the Changning
# plan seeded, stops them, starts TO's services on the same databases, and checks that they get ready, keep the seeded
# data, and answer reads. Prints each database's Flyway history. Loopback only; ports 38081-38083.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
from=${1:?usage: tools/check-upgrade.sh FROM_REV [TO_REV]}
to=${2:-HEAD}
work="${TMPDIR:-/tmp}/childplan-upgrade"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGOPTIONS="-c client_min_messages=warning"
plan=CN-430482-CHILDREN-2021-2025
services=(indicator agency evaluation)
declare -A port=([indicator]=38081 [agency]=38082 [evaluation]=38083)
declare -A pid=()

build() {  # build REV: prints the folder whose */target/quarkus-app it built
  local commit; commit=$(git -C "$root" rev-parse "$1^{commit}")
  local dir="$work/$commit"
  if [[ ! -f "$dir/evaluation-service/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "building $1 ($commit) in $dir..." >&2
    rm -rf "$dir"; mkdir -p "$dir"
    git -C "$root" archive "$commit" | tar -x -C "$dir"
    (cd "$dir" && ./mvnw -B -q package -Dmaven.test.skip=true) >"$dir.build.log" 2>&1 \
      || { tail -30 "$dir.build.log" >&2; exit 1; }
  fi
  echo "$dir"
}

start() {  # start DIR SVC
  local dir=$1 svc=$2
  env QUARKUS_HTTP_PORT="${port[$svc]}" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/upgrade_$svc" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
    QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL="http://127.0.0.1:${port[indicator]}" \
    QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL="http://127.0.0.1:${port[agency]}" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/deploy/dev-keys/dev-public-key.pem" CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true \
    java -jar "$dir/$svc-service/target/quarkus-app/quarkus-run.jar" >"$work/$svc.log" 2>&1 &
  pid[$svc]=$!
}

wait_ready() {  # wait_ready SVC
  local svc=$1 deadline=$(( $(date +%s) + 180 ))
  until curl -fs -o /dev/null "http://127.0.0.1:${port[$svc]}/q/health/ready"; do
    kill -0 "${pid[$svc]}" 2>/dev/null || { echo "$svc-service stopped while starting:" >&2; tail -40 "$work/$svc.log" >&2; exit 1; }
    (( $(date +%s) < deadline )) || { echo "$svc-service not ready after 180 s" >&2; tail -40 "$work/$svc.log" >&2; exit 1; }
    sleep 0.5
  done
}

stop_all() {
  for svc in "${services[@]}"; do
    [[ -n "${pid[$svc]:-}" ]] && kill "${pid[$svc]}" 2>/dev/null && wait "${pid[$svc]}" 2>/dev/null || true
    pid[$svc]=""
  done
}
trap stop_all EXIT

run() {  # run DIR: starts the three services in dependency order and waits for each
  for svc in "${services[@]}"; do start "$1" "$svc"; wait_ready "$svc"; done
}

count() { psql -X -qtA -d "upgrade_$1" -c "$2"; }

mkdir -p "$work"
from_dir=$(build "$from")
to_dir=$(build "$to")
for svc in "${services[@]}"; do
  psql -X -q -d postgres -c "drop database if exists upgrade_$svc with (force)" -c "create database upgrade_$svc"
done

echo "starting $from on fresh databases..."
run "$from_dir"
indicators_before=$(count indicator "select count(*) from indicator")
codes_before=$(count indicator "select string_agg(quote_literal(code), ',') from indicator")
assignments_before=$(count agency "select count(*) from responsibility_assignment")
stop_all

echo "starting $to on the databases $from migrated..."
run "$to_dir"
status=0
check() { if [[ "$2" == "$3" ]]; then echo "ok: $1 ($2)"; else echo "FAILED: $1: expected $3, found $2"; status=1; fi; }
# a seed amendment may add indicators on upgrade; none may go
check "indicators kept" "$(count indicator "select count(*) from indicator where code in ($codes_before)")" "$indicators_before"
check "responsibility assignments kept" "$(count agency "select count(*) from responsibility_assignment")" "$assignments_before"
token=$("$root/deploy/mint-token.sh" viewer)
read_status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:${port[$1]}/api/v1/plans/$plan/$2"; }
check "catalogue read" "$(read_status indicator catalogue)" 200
check "responsibility matrix read" "$(read_status agency responsibility-matrix)" 200
check "monitoring cycles read" "$(read_status evaluation monitoring-cycles)" 200
for svc in "${services[@]}"; do
  echo "Flyway history of upgrade_$svc:"
  psql -X -qtA -F ' ' -d "upgrade_$svc" -c "select installed_rank, version, description, success from flyway_schema_history order by installed_rank"
done
exit $status
