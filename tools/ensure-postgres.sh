#!/usr/bin/env bash
# Makes sure a PostgreSQL answers at PGHOST:PGPORT (default 127.0.0.1:5432), starting the local cluster if needed.
set -euo pipefail
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}

ready() { pg_isready -q -h "$host" -p "$port" -U "$user" 2>/dev/null; }

if ready; then
  exit 0
fi
if [[ "$host" == "127.0.0.1" || "$host" == "localhost" ]] && command -v pg_ctlcluster >/dev/null 2>&1; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    echo "Starting the local PostgreSQL $version cluster 'main'..."
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster "$version" main start || true
  done
  for _ in $(seq 1 30); do
    ready && exit 0
    sleep 1
  done
fi
echo "No PostgreSQL answers at $host:$port. Install PostgreSQL 15 (Debian: apt-get install postgresql) or point" >&2
echo "PGHOST/PGPORT/PGUSER/PGPASSWORD (and TEST_PG_* for the tests) at a running server." >&2
exit 1
