#!/usr/bin/env bash
# Checks that every service's copy of the common files is identical to the reference copy, apart from the
# package name: tools/common-files.txt against indicator-service (all services), tools/common-client-files.txt
# against agency-service (services that call peers), tools/common-document-files.txt against indicator-service
# (services that import JSON Schema documents). With --sync SERVICE it (re)creates SERVICE's copies.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

list() { grep -v '^#' "$root/tools/$1" | grep -v '^\s*$'; }

status=0
check() {  # check REFERENCE LIST SERVICE...
  local reference=$1 listfile=$2; shift 2
  local files; mapfile -t files < <(list "$listfile")
  for svc in "$@"; do
    [[ -d "$root/$svc-service" ]] || continue
    for f in "${files[@]}"; do
      local src="$root/$reference-service/${f//SERVICE/$reference}"
      local dst="$root/$svc-service/${f//SERVICE/$svc}"
      if [[ "${SYNC:-}" == "$svc" ]]; then
        mkdir -p "$(dirname "$dst")"
        sed "s/org\.childplan\.$reference\b/org.childplan.$svc/g" "$src" > "$dst"
      elif [[ ! -f "$dst" ]]; then
        echo "missing: $svc-service/${f//SERVICE/$svc}"; status=1
      elif ! diff -q <(sed "s/org\.childplan\.$reference\b/org.childplan.$svc/g" "$src") "$dst" >/dev/null; then
        echo "differs from $reference-service: $svc-service/${f//SERVICE/$svc}"; status=1
      fi
    done
  done
}

if [[ "${1:-}" == "--sync" ]]; then
  SYNC=$2
fi
check indicator common-files.txt agency evaluation
check agency common-client-files.txt evaluation
check indicator common-document-files.txt agency
if [[ -n "${SYNC:-}" ]]; then
  echo "common files copied to $SYNC-service"
  exit 0
fi
[[ $status -eq 0 ]] && echo "common files: all copies identical"
exit $status
