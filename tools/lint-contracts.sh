#!/usr/bin/env bash
# Lints the three checked-in OpenAPI contracts with Spectral and the ruleset in .spectral.yaml.
# Exits non-zero when any contract has an error; warnings are printed but pass.
#
#   tools/lint-contracts.sh                 all three contracts
#   tools/lint-contracts.sh agency-service  one (or several) of them
#
# Spectral (@stoplight/spectral-cli, pinned in tools/contracts/package.json and package-lock.json) is installed
# with `npm ci` into tools/contracts/node_modules (ignored by git) the first time, and again when the pin changes.
# Needs Node.js 18.18+ or 20.17+ and npm, and the npm registry the first time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/tools/contracts"
spectral="$tools/node_modules/.bin/spectral"

services=("$@")
[[ ${#services[@]} -gt 0 ]] || services=(indicator-service agency-service evaluation-service)

wanted=$(node -p "require(process.argv[1]).devDependencies['@stoplight/spectral-cli']" "$tools/package.json")
installed=$(node -p "require(process.argv[1]).version" "$tools/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null || true)
if [[ "$installed" != "$wanted" || ! -x "$spectral" ]]; then
  echo "Installing @stoplight/spectral-cli $wanted into tools/contracts/node_modules ..."
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi

report=$(mktemp -d)
trap 'rm -rf "$report"' EXIT
status=0
summary=()
for svc in "${services[@]}"; do
  contract="$root/$svc/src/main/openapi/openapi.yaml"
  if [[ ! -f "$contract" ]]; then
    echo "no contract at $svc/src/main/openapi/openapi.yaml" >&2; status=2; continue
  fi
  echo "== $svc"
  rc=0
  # human-readable findings on stdout, the same as JSON for the counts
  "$spectral" lint --ruleset "$root/.spectral.yaml" --fail-severity error --display-only-failures=false \
    --format text --format json --output.json "$report/$svc.json" "$contract" || rc=$?
  echo
  counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const n = s => r.filter(x => x.severity === s).length;
    console.log(`${n(0)} errors, ${n(1)} warnings`);' "$report/$svc.json" 2>/dev/null || echo "no report")
  summary+=("$svc: $counts")
  if [[ $rc -ne 0 ]]; then status=1; fi
done

echo
echo "Spectral (.spectral.yaml):"
printf '  %s\n' "${summary[@]}"
if [[ $status -ne 0 ]]; then
  echo "Contract lint FAILED: fix the errors above in the code the contract is generated from (README: API contracts)." >&2
fi
exit $status
