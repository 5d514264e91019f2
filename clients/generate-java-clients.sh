#!/usr/bin/env bash
# Generates the Java clients of the three checked-in contracts and fails on any generator warning except
# "OpenAPI 3.1 support is still in beta".
#
#   clients/generate-java-clients.sh [maven=MAVEN_HOME] [offline=true|false] [repository=DIR] [settings=FILE]
#
# Run by the clients module at generate-sources; clients/pom.xml passes the running Maven's home, offline mode, local
# repository and user settings, so that the Maven run below resolves the same way (by default: ./mvnw's defaults).
# The generation itself is the openapi-generator-maven-plugin executions declared in clients/pom.xml (indicator,
# agency, evaluation), bound to no phase there: this script runs exactly them in a Maven run of their own, so that the
# generator's log can be kept (clients/target/openapi-generator.log) and checked. Inside the main build the plugin
# would log to the build's console, where nothing can read it back.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mvn="$here/../mvnw"
args=(-B -ntp -f "$here/pom.xml")
for arg in "$@"; do
  case "$arg" in
    maven=?*) mvn="${arg#maven=}/bin/mvn" ;;
    offline=true) args+=(-o) ;;
    offline=*) ;;
    repository=?*) args+=("-Dmaven.repo.local=${arg#repository=}") ;;
    settings=*) [[ -f "${arg#settings=}" ]] && args+=(-s "${arg#settings=}") ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
plugin=org.openapitools:openapi-generator-maven-plugin

mkdir -p "$here/target"
log="$here/target/openapi-generator.log"
goals=("$plugin:generate@indicator" "$plugin:generate@agency" "$plugin:generate@evaluation")
echo "$mvn ${args[*]} ${goals[*]}" >"$log"
if ! "$mvn" "${args[@]}" "${goals[@]}" >>"$log" 2>&1; then
  grep -E '^\[(ERROR|WARNING)\]' "$log" >&2 || tail -40 "$log" >&2
  echo "Generating the Java clients FAILED; the generator's log: $log" >&2
  exit 1
fi

# Every [WARNING] or [ERROR] line of the run but the beta notice, with the contract it came from. The generator logs a
# repeated message only once per run, so one line may stand for several schemas or operations, of later contracts too.
unexpected=$(awk '
  /--- openapi-generator-maven-plugin:|--- openapi-generator:/ { contract = $0; sub(/.*\(/, "", contract); sub(/\).*/, "", contract) }
  /^\[(WARNING|ERROR)\]/ && !/OpenAPI 3.1 support is still in beta/ { print contract "-service contract: " $0 }' "$log")
if [[ -n "$unexpected" ]]; then
  echo "$unexpected" >&2
  echo "openapi-generator warned while generating the Java clients (above; in context in $log). Fix the contract" >&2
  echo "(the code it is generated from): the only warning allowed is the notice that 3.1 support is in beta." >&2
  exit 1
fi
echo "Java clients generated from the three contracts without generator warnings (log: $log)"
