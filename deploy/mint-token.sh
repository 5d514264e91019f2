#!/usr/bin/env bash
# Mints a development JWT for one role, signed with the dev key kept in deploy/dev-keys (never use it in production:
# the services refuse the dev key in the prod profile unless CHILDPLAN_SECURITY_ALLOW_DEV_KEY=true).
#
#   deploy/mint-token.sh ROLE [AGENCY] [TTL_SECONDS]
#   ROLE: admin | statistics | reporter | evaluator | leadership | viewer   (reporter needs AGENCY, e.g. health-bureau)
#
#   curl -H "Authorization: Bearer $(deploy/mint-token.sh admin)" ...
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
key="${CHILDPLAN_DEV_PRIVATE_KEY:-$root/dev-keys/dev-private-key.pem}"
role="${1:-}"
agency="${2:-}"
ttl="${3:-28800}"
case "$role" in
  admin|statistics|reporter|evaluator|leadership|viewer) ;;
  *) echo "usage: $0 admin|statistics|reporter|evaluator|leadership|viewer [agency-code] [ttl-seconds]" >&2; exit 2 ;;
esac
if [[ "$role" == "reporter" && -z "$agency" ]]; then
  echo "a reporter token needs the agency it reports for, e.g.: $0 reporter health-bureau" >&2
  exit 2
fi
if [[ -n "$agency" && ! "$agency" =~ ^[a-z0-9][a-z0-9-]{0,63}$ ]]; then
  echo "agency code must look like health-bureau" >&2
  exit 2
fi

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
subject="dev-$role${agency:+-$agency}"
header='{"alg":"RS256","typ":"JWT","kid":"childplan-dev"}'
payload=$(printf '{"iss":"childplan-dev","sub":"%s","upn":"%s","groups":["%s"],%s"iat":%d,"exp":%d,"jti":"%s"}' \
  "$subject" "$subject" "$role" "${agency:+\"agency\":\"$agency\",}" "$now" "$((now + ttl))" "$(openssl rand -hex 8)")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
