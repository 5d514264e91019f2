#!/usr/bin/env bash
# Starts the whole ChildPlan system on this machine, without Docker:
#   the local PostgreSQL (or the one PGHOST/PGPORT/PGUSER/PGPASSWORD name), its three databases,
#   and indicator-service (8081), agency-service (8082) and evaluation-service (8083) wired to each other,
#   and the web console (8080) in front of them, with the development sign-in (tokens minted with the dev key).
# The Changning plan is loaded by indicator-service at its first start.
#
#   deploy/run-local.sh            build if needed, start, and stay in the foreground (Ctrl-C stops all)
#   deploy/run-local.sh --detach   start in the background; logs and pids in deploy/run/
#   deploy/run-local.sh --stop     stop services started with --detach
#   deploy/run-local.sh --demo     also load the labelled SYNTHETIC demo data (annual monitoring up to 2023, a published
#                                  mid-term report) through the APIs, once per database; docs/demo.md; with --detach too
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run_dir="$root/deploy/run"
mkdir -p "$run_dir"

# the build and JVM options the services run with (AppCDS, heap and collector): docs/deploy.md, "JVM settings and startup"
# shellcheck source=deploy/service-options.sh
source "$root/deploy/service-options.sh"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
services=(indicator agency evaluation)
declare -A ports=([indicator]=8081 [agency]=8082 [evaluation]=8083)

detach=false
demo=false
for arg in "$@"; do
  case "$arg" in
    --detach) detach=true ;;
    --demo) demo=true ;;
    --stop)
      for svc in "${services[@]}" console; do
        if [[ -f "$run_dir/$svc.pid" ]]; then
          kill "$(cat "$run_dir/$svc.pid")" 2>/dev/null && echo "stopped $svc" || true
          rm -f "$run_dir/$svc.pid"
        fi
      done
      exit 0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
if $demo && ! command -v python3 >/dev/null 2>&1; then
  echo "--demo needs python3 (the standard library is enough)" >&2
  exit 2
fi

bash "$root/tools/ensure-postgres.sh"
for svc in "${services[@]}"; do
  if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "select 1 from pg_database where datname = '$svc'" | grep -q 1; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "create database $svc encoding 'UTF8' template template0"
    echo "created database $svc"
  fi
done

needs_build=false
for module in indicator-service agency-service evaluation-service console; do
  jar="$root/$module/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/$module/src" "$root/$module/pom.xml" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
    needs_build=true
  fi
done
if $needs_build; then
  echo "building (./mvnw package -DskipTests ${CHILDPLAN_PACKAGE_OPTS[*]})..."
  (cd "$root" && ./mvnw -B -q package -DskipTests "${CHILDPLAN_PACKAGE_OPTS[@]}")
fi

# the services' class archives (a JDK 25+ AOT cache, or an AppCDS archive) recorded from a training start, once per
# build and JVM (deploy/train-class-archives.sh)
java=$(childplan_java)
archive=$(childplan_class_archive "$java")
java_version=$(childplan_java_version "$java")
needs_training=false
for svc in "${services[@]}"; do
  app_dir="$root/$svc-service/target/quarkus-app"
  [[ "$app_dir/class-archive.trained" -nt "$app_dir/quarkus-run.jar" && -f "$app_dir/$archive" \
    && "$(cat "$app_dir/class-archive.trained")" == "$java_version" ]] || needs_training=true
done
if $needs_training; then
  echo "recording the services' class archives ($archive, for $java) from a training start (about a minute)..."
  bash "$root/deploy/train-class-archives.sh" \
    || echo "the training start failed (see above); the services start with the archives of the build" >&2
fi

console_port=8080
for port in "${ports[@]}" "$console_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use; stop what runs there (or deploy/run-local.sh --stop) first" >&2
    exit 1
  fi
done

pids=()
for svc in "${services[@]}"; do
  app_dir="$root/$svc-service/target/quarkus-app"
  mapfile -t java_opts < <(childplan_java_opts "$app_dir" "$java")
  [[ -f "$app_dir/$archive" ]] || echo "$svc-service: no class archive ($archive); starting without it"
  # in its quarkus-app directory: the class archive names the class path relative to it
  cd "$app_dir"
  QUARKUS_HTTP_PORT=${ports[$svc]} \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$svc" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
  QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL="http://localhost:${ports[indicator]}" \
  QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL="http://localhost:${ports[agency]}" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$root/deploy/dev-keys/dev-public-key.pem}" \
  CHILDPLAN_SECURITY_ALLOW_DEV_KEY="${CHILDPLAN_SECURITY_ALLOW_DEV_KEY:-true}" \
  CHILDPLAN_AGENCY_SEED_RETRY_INTERVAL="${CHILDPLAN_AGENCY_SEED_RETRY_INTERVAL:-3s}" \
    nohup "$java" "${java_opts[@]}" -jar quarkus-run.jar > "$run_dir/$svc.log" 2>&1 &
  pids+=($!)
  cd "$root"
  echo $! > "$run_dir/$svc.pid"
done

# The console: no database; it reaches the three services through their URLs and forwards the signed-in user's token.
# Its sign-in page mints development tokens with the dev key, allowed here as the services allow the dev key.
QUARKUS_HTTP_PORT=$console_port \
QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL="http://localhost:${ports[indicator]}" \
QUARKUS_REST_CLIENT_AGENCY_SERVICE_URL="http://localhost:${ports[agency]}" \
QUARKUS_REST_CLIENT_EVALUATION_SERVICE_URL="http://localhost:${ports[evaluation]}" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$root/deploy/dev-keys/dev-public-key.pem}" \
CHILDPLAN_SECURITY_ALLOW_DEV_KEY="${CHILDPLAN_SECURITY_ALLOW_DEV_KEY:-true}" \
CHILDPLAN_CONSOLE_DEV_SIGN_IN="${CHILDPLAN_CONSOLE_DEV_SIGN_IN:-true}" \
CHILDPLAN_CONSOLE_DEV_PRIVATE_KEY="${CHILDPLAN_CONSOLE_DEV_PRIVATE_KEY:-$root/deploy/dev-keys/dev-private-key.pem}" \
  nohup "$java" -jar "$root/console/target/quarkus-app/quarkus-run.jar" > "$run_dir/console.log" 2>&1 &
pids+=($!)
echo $! > "$run_dir/console.pid"

stop_all() { kill "${pids[@]}" 2>/dev/null || true; rm -f "$run_dir"/*.pid; }
$detach || trap 'echo; echo stopping...; stop_all' INT TERM EXIT

for svc in "${services[@]}"; do
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:${ports[$svc]}/q/health/ready" >/dev/null 2>&1; then
      break
    fi
    if ! kill -0 "$(cat "$run_dir/$svc.pid")" 2>/dev/null; then
      echo "$svc-service stopped during startup; see $run_dir/$svc.log" >&2
      tail -20 "$run_dir/$svc.log" >&2
      exit 1
    fi
    sleep 1
  done
done

for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$console_port/q/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$(cat "$run_dir/console.pid")" 2>/dev/null; then
    echo "the console stopped during startup; see $run_dir/console.log" >&2
    tail -20 "$run_dir/console.log" >&2
    exit 1
  fi
  sleep 1
done

# agency-service loads the Changning responsibilities once indicator-service answers, retrying every 30 s; all three
# start at once, so its first try may come too early: wait until its readiness reports the seed loaded
for _ in $(seq 1 90); do
  seed=$(curl -fs "http://localhost:${ports[agency]}/q/health/ready" 2>/dev/null || true)
  if [[ "$seed" != *PENDING* && "$seed" != *WAITING_FOR_INDICATOR_SERVICE* ]]; then
    break
  fi
  sleep 1
done
if [[ "$seed" == *FAILED* ]]; then
  echo "agency-service could not load the Changning responsibilities; see $run_dir/agency.log" >&2
fi

cat <<MSG

ChildPlan M&E is running with the Changning plan loaded.
  console             http://localhost:$console_port/   (sign in: http://localhost:$console_port/sign-in, any role; 中文 / English)
  indicator-service   http://localhost:${ports[indicator]}/q/swagger-ui   (catalogue: /api/v1/plans/CN-430482-CHILDREN-2021-2025/catalogue)
  agency-service      http://localhost:${ports[agency]}/q/swagger-ui
  evaluation-service  http://localhost:${ports[evaluation]}/q/swagger-ui
Logs: $run_dir/*.log

Development tokens (8 hours; mint more with deploy/mint-token.sh ROLE [AGENCY]; paste into Swagger UI's Authorize):
MSG
for role in admin statistics evaluator leadership viewer; do
  printf '  %-11s %s\n' "$role" "$("$root/deploy/mint-token.sh" "$role")"
done
printf '  %-11s %s\n' "reporter" "$("$root/deploy/mint-token.sh" reporter health-bureau)   (agency health-bureau)"

demo_status=0
if $demo; then
  echo
  python3 "$root/deploy/demo/load-demo.py" || demo_status=$?
  if [[ $demo_status -ne 0 ]]; then
    echo "The demo data set was not loaded (see above); the services keep running." >&2
  fi
fi

if $detach; then
  echo "Stop with: deploy/run-local.sh --stop"
  exit $demo_status
else
  echo "Press Ctrl-C to stop."
  wait
fi
