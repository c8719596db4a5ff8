#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the storage tests: 127.0.0.1 only, on a free high port, data in a temp folder.
#   eval "$(bash scripts/pg-test-cluster.sh start)"   # prints: export EPCIS_TEST_POSTGRES='...'
#   bash scripts/pg-test-cluster.sh stop               # stops it and deletes the folder
# initdb refuses to run as root, so as root the cluster runs as the postgres system user (created when missing).
# Progress and logs go to stderr; stdout carries only the export line.
set -euo pipefail
state="${EPCIS_PG_STATE:-${TMPDIR:-/tmp}/epcis-pg-test-cluster}"   # remembers the data folder between start and stop

find_bin() {
  local dir
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
  return 1
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

start() {
  local bin dir port
  if ! bin="$(find_bin)"; then
    echo "PostgreSQL server binaries not found: apt-get install -y postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    bin="$(find_bin)"
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres >&2
  fi
  dir="$(mktemp -d "${TMPDIR:-/tmp}/epcis-pg.XXXXXX")"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  port="$(free_port)"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2 \
    || as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >&2
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=on -c max_connections=200 -c shared_buffers=256MB" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  local psql="$bin/psql"; [ -x "$psql" ] || psql="$(command -v psql)"
  as_pg "$psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE epcis_test" >&2
  printf '%s\n%s\n%s\n' "$bin" "$dir" "$port" > "$state"
  echo "export EPCIS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=epcis_test'"
}

stop() {
  [ -f "$state" ] || { echo "no test cluster recorded in $state" >&2; return 0; }
  local bin dir
  { read -r bin; read -r dir; } < "$state"
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  if [ "${1:-}" = "--logs" ] && [ -f "$dir/server.log" ]; then
    echo "---- PostgreSQL test cluster log ----" >&2; cat "$dir/server.log" >&2
  fi
  rm -rf "$dir" "$state"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start|stop [--logs]" >&2; exit 2 ;;
esac
