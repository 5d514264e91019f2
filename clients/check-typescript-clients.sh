#!/usr/bin/env bash
# Generates TypeScript types from the three checked-in contracts with openapi-typescript and type-checks them, with a
# small usage file (clients/src/test/typescript/journey.ts, openapi-fetch), under tsc --strict --noEmit.
#
#   clients/check-typescript-clients.sh        (run by the clients module at compile; the types go to
#                                               clients/target/typescript/<service>.ts)
#
# The Node tools are pinned in tools/contracts/package.json and package-lock.json and installed with `npm ci` into
# tools/contracts/node_modules (ignored by git) the first time, and again whenever the lock file changes. That
# installs Prism too, which the clients module's journey test runs. Needs Node.js 20 and npm, and the npm registry the
# first time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
tools="$root/tools/contracts"
bin="$tools/node_modules/.bin"

# npm ci when node_modules was installed from another lock file (or not at all); the copy of the lock file kept in
# node_modules records which one it was
stamp="$tools/node_modules/.installed-package-lock.json"
if ! cmp -s "$tools/package-lock.json" "$stamp"; then
  echo "Installing the pinned contract tools (tools/contracts/package-lock.json) into tools/contracts/node_modules ..."
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$tools/package-lock.json" "$stamp"
fi

out="$here/target/typescript"
mkdir -p "$out"
for svc in indicator agency evaluation; do
  "$bin/openapi-typescript" "$root/$svc-service/src/main/openapi/openapi.yaml" --output "$out/$svc.ts"
done

# tsconfig.json there sets strict and noEmit and includes the usage file, which imports the types above
if ! "$bin/tsc" --project "$here/src/test/typescript/tsconfig.json" --strict --noEmit; then
  echo "The TypeScript types generated from the contracts (clients/target/typescript) do not type-check with" >&2
  echo "clients/src/test/typescript/journey.ts (errors above)." >&2
  exit 1
fi
echo "TypeScript types generated from the three contracts type-check under tsc --strict"
