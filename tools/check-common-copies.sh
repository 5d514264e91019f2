#!/usr/bin/env bash
# Checks that every service's copy of the common files (tools/common-files.txt) is identical to
# indicator-service's, apart from the package name. With --sync SERVICE it (re)creates SERVICE's copies.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reference=indicator
services=(agency evaluation)
mapfile -t files < <(grep -v '^#' "$root/tools/common-files.txt" | grep -v '^\s*$')

copy_to() {  # copy_to SERVICE
  local svc=$1
  for f in "${files[@]}"; do
    local src="$root/$reference-service/${f//SERVICE/$reference}"
    local dst="$root/$svc-service/${f//SERVICE/$svc}"
    mkdir -p "$(dirname "$dst")"
    sed "s/org\.childplan\.$reference\b/org.childplan.$svc/g" "$src" > "$dst"
  done
}

if [[ "${1:-}" == "--sync" ]]; then
  copy_to "$2"
  echo "common files copied to $2-service"
  exit 0
fi

status=0
for svc in "${services[@]}"; do
  [[ -d "$root/$svc-service" ]] || continue
  for f in "${files[@]}"; do
    src="$root/$reference-service/${f//SERVICE/$reference}"
    dst="$root/$svc-service/${f//SERVICE/$svc}"
    if [[ ! -f "$dst" ]]; then
      echo "missing: $svc-service/${f//SERVICE/$svc}"; status=1; continue
    fi
    if ! diff -q <(sed "s/org\.childplan\.$reference\b/org.childplan.$svc/g" "$src") "$dst" >/dev/null; then
      echo "differs from indicator-service: $svc-service/${f//SERVICE/$svc}"; status=1
    fi
  done
done
[[ $status -eq 0 ]] && echo "common files: all copies identical"
exit $status
