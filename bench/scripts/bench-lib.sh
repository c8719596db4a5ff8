# Shared by capture-bench.sh and query-bench.sh (sourced, not run): paths, workload cache, builds, server start/stop,
# and fresh PostgreSQL databases. Loopback only.

# bench_init NAME: the repository, the shared data, the workload cache and a temp work folder.
bench_init() {
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  shared="${EPCIS_SHARED:-$(cd "$repo/.." && pwd)/shared}"
  gen="$shared/bench/gen_workload.py"
  [ -f "$gen" ] || { echo "cannot find $gen; set EPCIS_SHARED" >&2; exit 2; }
  cache="${EPCIS_BENCH_DATA:-${TMPDIR:-/tmp}/epcis-bench-data}"
  seed=20240101
  work="$(mktemp -d "${TMPDIR:-/tmp}/epcis-$1.XXXXXX")"
  server_pid=""
  mkdir -p "$cache"
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# gen_once EVENTS BATCH DIR [SEED]: generates a workload once and caches it (same seed: byte-identical documents).
gen_once() {
  if [ ! -f "$3/manifest.json" ]; then
    log "generating $1 events in documents of $2 into $3"
    rm -rf "$3.tmp"; python3 "$gen" --events "$1" --batch "$2" --seed "${4:-$seed}" --out "$3.tmp" >/dev/null
    rm -rf "$3"; mv "$3.tmp" "$3"
  fi
}

# build_and_copy: Release builds of the server and the load tool (unless SKIP_BUILD=1), run from copies so that
# someone rebuilding src/ during the run cannot change what is measured half way. Sets server_bin, loadtest, src_state.
build_and_copy() {
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building Epcis.Server and Epcis.LoadTest (Release)"
    (cd "$repo" && dotnet build src/Epcis.Server -c Release -v q -nologo >"$work/build-server.log" 2>&1) || { tail -20 "$work/build-server.log"; exit 1; }
    (cd "$repo" && dotnet build bench/Epcis.LoadTest -c Release -v q -nologo >"$work/build-loadtest.log" 2>&1) || { tail -20 "$work/build-loadtest.log"; exit 1; }
  fi
  [ -f "$repo/src/Epcis.Server/bin/Release/net10.0/Epcis.Server.dll" ] && [ -f "$repo/bench/Epcis.LoadTest/bin/Release/net10.0/Epcis.LoadTest.dll" ] \
    || { echo "missing build output" >&2; exit 1; }
  cp -r "$repo/src/Epcis.Server/bin/Release/net10.0" "$work/server-bin"
  cp -r "$repo/bench/Epcis.LoadTest/bin/Release/net10.0" "$work/loadtest-bin"
  server_bin="$work/server-bin"
  loadtest="$work/loadtest-bin/Epcis.LoadTest.dll"
  src_state="$(cd "$repo" && git rev-parse --short HEAD)$(cd "$repo" && git status --porcelain -- src | grep -q . && echo '+uncommitted changes in src' || true)"
  [ "${SKIP_BUILD:-0}" = 1 ] && src_state="$src_state (SKIP_BUILD: the existing Release build, maybe older)"
  return 0
}

# pg_create_database CONNECTION NAME: creates database NAME on that 127.0.0.1 server and prints its connection string.
pg_create_database() {
  local conn="${1%;}"
  case "$conn" in *127.0.0.1*|*localhost*) ;; *) echo "the PostgreSQL server must be on 127.0.0.1" >&2; exit 2 ;; esac
  python3 - "$conn" "$2" <<'PY'
import os, subprocess, sys
kv = {k.strip().lower(): v.strip() for k, v in (p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)}
env = dict(os.environ, PGPASSWORD=kv.get("password", ""))
cmd = ["psql", "-h", kv.get("host", "127.0.0.1"), "-p", kv.get("port", "5432"), "-U", kv.get("username", "postgres"),
       "-d", kv.get("database", "postgres"), "-v", "ON_ERROR_STOP=1", "-qc", 'CREATE DATABASE "%s"' % sys.argv[2]]
if os.geteuid() == 0 and kv.get("username", "postgres") == "postgres":
    cmd = ["runuser", "-u", "postgres", "--"] + cmd
subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
PY
  echo "$(echo "$conn" | sed 's/;\?[Dd]atabase=[^;]*//');Database=$2"
}

# start_server LABEL KIND CONNECTION [ENV=VALUE...]: starts the built DLL directly (so $server_pid is the server
# process itself, whose /proc/PID/status callers read) in $work/LABEL on a free loopback port; sets base, server_log.
start_server() {
  local label="$1" kind="$2" conn="$3"; shift 3
  local dir="$work/$label"; mkdir -p "$dir"
  port="$(free_port)"; base="http://127.0.0.1:$port"
  server_log="$dir/server.log"
  (cd "$dir" && exec env "$@" Epcis__Database="$kind" Epcis__ConnectionString="$conn" \
      dotnet "$server_bin/Epcis.Server.dll" --urls "$base" --contentRoot "$server_bin" >"$server_log" 2>&1) &
  server_pid=$!
  local code=""
  for _ in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited during start-up:" >&2; tail -30 "$server_log" >&2; exit 1; }
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X OPTIONS "$base/capture" || true)"
    [ "$code" = 204 ] && break
    sleep 0.25
  done
  [ "$code" = 204 ] || { echo "server not ready after 60 s" >&2; tail -30 "$server_log" >&2; exit 1; }
  grep -q "^Name:.*dotnet" "/proc/$server_pid/status" || { echo "PID $server_pid is not the dotnet server" >&2; exit 1; }
  log "server ($kind) pid $server_pid on $base, working folder $dir"
}

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
