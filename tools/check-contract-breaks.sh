#!/usr/bin/env bash
# Fails when a service's checked-in OpenAPI contract breaks its clients compared with a base commit, unless the
# break is flagged as deliberate. Uses openapi-diff (org.openapitools.openapidiff:openapi-diff-core, version in the
# root pom) through tools/contracts/ContractBreaks.java.
#
#   tools/check-contract-breaks.sh [BASE]     BASE: a commit (also CONTRACT_BASE_REF); by default the merge base
#                                             with origin/main, or HEAD~1 when that is HEAD itself or there is no
#                                             origin/main (a fresh clone of main: the last commit is checked)
#
# The new side is the working tree (= HEAD in CI). A contract that did not exist at BASE is skipped; one whose
# file is unchanged costs nothing. A break is deliberate when, for that service, either
#   - a commit message in BASE..HEAD contains  [contract-break: <service>]   e.g. [contract-break: agency-service]
#   - a line added to docs/contract-breaks.md since BASE names the service (see that file for the format), or a
#     line there names the service and a commit in BASE..HEAD.
# Exit: 0 no unflagged break, 1 an unflagged break, 2 the check could not run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
services=(indicator-service agency-service evaluation-service)
contract() { echo "$1/src/main/openapi/openapi.yaml"; }
breaks_doc=docs/contract-breaks.md

# ---- the base commit ----
base=${1:-${CONTRACT_BASE_REF:-}}
if [[ -z "$base" ]]; then
  head=$(git rev-parse HEAD)
  if git rev-parse -q --verify origin/main >/dev/null; then
    base=$(git merge-base HEAD origin/main || true)
  fi
  if [[ -z "$base" || "$base" == "$head" ]]; then
    base=HEAD~1
  fi
fi
if ! base_sha=$(git rev-parse -q --verify "$base^{commit}"); then
  echo "contract breaks: no base commit '$base' (first commit, or a shallow clone): nothing to compare."
  exit 0
fi
echo "contract breaks: comparing the contracts with $(git log -1 --format='%h %s' "$base_sha")"

# ---- which contracts changed ----
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
compare=()
declare -A verdict
for svc in "${services[@]}"; do
  file=$(contract "$svc")
  if ! git cat-file -e "$base_sha:$file" 2>/dev/null; then
    verdict[$svc]="NEW (no contract at the base)"; continue
  fi
  git show "$base_sha:$file" > "$work/$svc.base.yaml"
  if [[ ! -f "$file" ]]; then
    verdict[$svc]="INCOMPATIBLE"; echo "$svc: the contract $file was deleted"; continue
  fi
  if cmp -s "$work/$svc.base.yaml" "$file"; then
    verdict[$svc]="NO_CHANGES"; continue
  fi
  compare+=("$svc" "$work/$svc.base.yaml" "$file")
done

# ---- openapi-diff on the changed ones (one JVM for all) ----
if [[ ${#compare[@]} -gt 0 ]]; then
  cache="$root/tools/.cache/contracts"
  mkdir -p "$cache"
  classpath_file="$cache/classpath.txt"
  if [[ ! -s "$classpath_file" || "$root/tools/contracts/pom.xml" -nt "$classpath_file" || "$root/pom.xml" -nt "$classpath_file" ]]; then
    ./mvnw -B -q -f tools/contracts/pom.xml dependency:build-classpath -Dmdep.outputFile="$classpath_file" >"$work/mvn.log" 2>&1 \
      || { cat "$work/mvn.log" >&2; echo "contract breaks: cannot resolve openapi-diff" >&2; exit 2; }
  fi
  classpath=$(cat "$classpath_file")
  if [[ ! -f "$cache/classes/ContractBreaks.class" || "$root/tools/contracts/ContractBreaks.java" -nt "$cache/classes/ContractBreaks.class" \
        || "$classpath_file" -nt "$cache/classes/ContractBreaks.class" ]]; then
    javac -d "$cache/classes" -cp "$classpath" tools/contracts/ContractBreaks.java
  fi
  java -Dslf4j.internal.verbosity=ERROR -cp "$cache/classes:$classpath" ContractBreaks "${compare[@]}" > "$work/diff.txt" || true
  grep -v '^RESULT ' "$work/diff.txt" || true
  while read -r _ svc result; do
    verdict[$svc]=$result
  done < <(grep '^RESULT ' "$work/diff.txt")
fi

# ---- deliberate breaks ----
entries() {  # the entries of docs/contract-breaks.md on stdin: "- " lines under "## Entries", outside <!-- --> comments
  awk '/^## /{inside=($0 ~ /^## Entries/)} /<!--/{comment=1} inside && !comment && /^- /{print} /-->/{comment=0}'
}

flagged() {  # flagged SERVICE: is a break of SERVICE's contract marked as deliberate since the base?
  local svc=$1
  # (no grep -q at the end of these pipes: with pipefail its early exit would fail the pipe)
  if git log --format=%B "$base_sha..HEAD" | grep -iF "[contract-break: $svc]" >/dev/null; then
    return 0
  fi
  if [[ -f "$breaks_doc" ]]; then
    # lines added since the base (committed or not)
    local added
    added=$(diff <(git show "$base_sha:$breaks_doc" 2>/dev/null | entries || true) <(entries < "$breaks_doc") | grep '^>' || true)
    if grep -w -- "$svc" <<< "$added" >/dev/null; then
      return 0
    fi
    # any entry naming the service and a commit of BASE..HEAD
    local commits; commits=$(git rev-list "$base_sha..HEAD")
    while read -r sha; do
      if [[ -n "$sha" ]] && entries < "$breaks_doc" | grep -w -- "$svc" | grep -i "\b${sha:0:7}" >/dev/null; then
        return 0
      fi
    done <<< "$commits"
  fi
  return 1
}

status=0
echo
echo "Contract compatibility against ${base_sha:0:10}:"
for svc in "${services[@]}"; do
  result=${verdict[$svc]:-ERROR}
  case "$result" in
    INCOMPATIBLE)
      if flagged "$svc"; then
        echo "  $svc: INCOMPATIBLE, flagged as deliberate"
      else
        echo "  $svc: INCOMPATIBLE — breaks its clients (see above). If deliberate, flag it: a line in $breaks_doc or"
        echo "      [contract-break: $svc] in the commit message."
        status=1
      fi ;;
    ERROR|UNKNOWN)
      echo "  $svc: $result — openapi-diff could not compare the contracts"; status=${status/0/2} ;;
    *)
      echo "  $svc: $result" ;;
  esac
done
exit $status
