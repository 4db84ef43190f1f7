#!/usr/bin/env bash
# Ensures a throw-away PostgreSQL cluster for tests on 127.0.0.1:$PGPORT (default 54329).
# Installs the Debian package when missing. PostgreSQL refuses to run as root, so it runs as `postgres`.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGROOT="${PGROOT:-/tmp/mendan-pg-$PGPORT}"
cmd="${1:-start}"

pgbin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  echo "$d"
}

if [ -z "$(pgbin)" ]; then
  echo "[pg] installing PostgreSQL from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(pgbin)"

as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$cmd" in
  start)
    if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
      mkdir -p "$PGROOT"
      [ "$(id -u)" = "0" ] && chown postgres:postgres "$PGROOT"
      as_pg "'$BIN/initdb' -D '$PGROOT/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null"
    fi
    if ! as_pg "'$BIN/pg_ctl' -D '$PGROOT/data' status" >/dev/null 2>&1; then
      as_pg "'$BIN/pg_ctl' -D '$PGROOT/data' -l '$PGROOT/log' -w -o \"-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c max_connections=200\" start" >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
    ;;
  status)
    # Exit 0 only when the cluster is up.
    [ -f "$PGROOT/data/PG_VERSION" ] && as_pg "'$BIN/pg_ctl' -D '$PGROOT/data' status" >/dev/null 2>&1
    ;;
  stop)
    as_pg "'$BIN/pg_ctl' -D '$PGROOT/data' -m fast stop" >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|status|stop" >&2
    exit 2
    ;;
esac
