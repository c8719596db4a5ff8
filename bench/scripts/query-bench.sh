#!/usr/bin/env bash
# Queries at scale: loads the gen_workload.py workload (documents of 10,000 events) into a freshly started
# Epcis.Server over HTTP with bench/Epcis.LoadTest (concurrency 2), then times the manifest's query probes and the
# walk through every EQ_bizStep=shipping page with bench/scripts/query-probes.py. Loopback only.
#
#   bench/scripts/query-bench.sh sqlite|postgres [--events N]... [--runs R] [--walks W] [--run-bench] [--explain] [--keep]
#
#   --events N     workload size; repeat for several sizes, each on a fresh server and database (default 10000 and 1000000)
#   --runs R       timed repetitions per probe after 3 warm-ups (default 21)
#   --walks W      full walks at perPage 1000 (default 3; the median is reported)
#   --run-bench    also run ../shared/bench/run_bench.py --skip-capture (curl, new connection per request) as a
#                  cross-check of the probe counts and times (its own paging walk is skipped: --max-pages 0)
#   --explain      also print the plan and DB-only time of each probe's SQL (bench/scripts/query-explain.py)
#   --keep         keep the temp folder (server logs, results)
#
# Environment: EPCIS_SHARED (folder holding bench/gen_workload.py, default ../shared next to the repo),
# EPCIS_BENCH_DATA (workload cache, default $TMPDIR/epcis-bench-data), SKIP_BUILD=1 (use existing Release builds),
# EPCIS_TEST_POSTGRES (use this 127.0.0.1 PostgreSQL; a fresh database is created in it per size; without it a
# throwaway cluster is started with scripts/pg-test-cluster.sh and stopped at the end).
# Results: one JSON per size in the temp folder, and a summary table on stdout.
set -euo pipefail

db="${1:-}"
case "$db" in sqlite|postgres) shift ;; *) echo "usage: $0 sqlite|postgres [--events N]... [--runs R] [--walks W] [--run-bench] [--explain] [--keep]" >&2; exit 2 ;; esac
sizes=(); runs=21; walks=3; keep=0; run_bench=0; explain=0
while [ $# -gt 0 ]; do
  case "$1" in
    --events) sizes+=("$2"); shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --walks) walks="$2"; shift 2 ;;
    --run-bench) run_bench=1; shift ;;
    --explain) explain=1; shift ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 1000000)

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${EPCIS_SHARED:-$(cd "$repo/.." && pwd)/shared}"
gen="$shared/bench/gen_workload.py"
[ -f "$gen" ] || { echo "cannot find $gen; set EPCIS_SHARED" >&2; exit 2; }
cache="${EPCIS_BENCH_DATA:-${TMPDIR:-/tmp}/epcis-bench-data}"
batch=10000; seed=20240101
work="$(mktemp -d "${TMPDIR:-/tmp}/epcis-query-bench.XXXXXX")"
server_pid=""; own_cluster=0
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() {
  stop_server
  if [ "$own_cluster" = 1 ]; then EPCIS_PG_STATE="$work/pg-state" bash "$repo/scripts/pg-test-cluster.sh" stop || true; fi
  if [ "$keep" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# 1. Workloads, generated once and cached (same seed: byte-identical documents, same manifest).
mkdir -p "$cache"
for n in "${sizes[@]}"; do
  d="$cache/wl-$n-b$batch-s$seed"
  if [ ! -f "$d/manifest.json" ]; then
    log "generating $n events in documents of $batch into $d"
    rm -rf "$d.tmp"; python3 "$gen" --events "$n" --batch "$batch" --seed "$seed" --out "$d.tmp" >/dev/null
    rm -rf "$d"; mv "$d.tmp" "$d"
  fi
done

# 2. Builds, and run copies of them (someone rebuilding src/ cannot change what is measured half way).
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building Epcis.Server and Epcis.LoadTest (Release)"
  (cd "$repo" && dotnet build src/Epcis.Server -c Release -v q -nologo >"$work/build-server.log" 2>&1) || { tail -20 "$work/build-server.log"; exit 1; }
  (cd "$repo" && dotnet build bench/Epcis.LoadTest -c Release -v q -nologo >"$work/build-loadtest.log" 2>&1) || { tail -20 "$work/build-loadtest.log"; exit 1; }
fi
cp -r "$repo/src/Epcis.Server/bin/Release/net10.0" "$work/server-bin"
cp -r "$repo/bench/Epcis.LoadTest/bin/Release/net10.0" "$work/loadtest-bin"
src_state="$(cd "$repo" && git rev-parse --short HEAD)$(cd "$repo" && git status --porcelain -- src | grep -q . && echo '+uncommitted' || true)"
[ "${SKIP_BUILD:-0}" = 1 ] && src_state="$src_state (SKIP_BUILD: the existing Release build, maybe older)"

# 3. PostgreSQL: the given server, or a throwaway cluster (its state file is private to this run).
if [ "$db" = postgres ] && [ -z "${EPCIS_TEST_POSTGRES:-}" ]; then
  log "starting a throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh)"
  eval "$(EPCIS_PG_STATE="$work/pg-state" bash "$repo/scripts/pg-test-cluster.sh" start 2>"$work/pg-start.log")"
  own_cluster=1
fi
pg_fresh_conn() { # name -> connection string of a new, empty database
  local conn="${EPCIS_TEST_POSTGRES%;}"
  case "$conn" in *127.0.0.1*|*localhost*) ;; *) echo "EPCIS_TEST_POSTGRES must point at 127.0.0.1" >&2; exit 2 ;; esac
  python3 - "$conn" "$1" <<'PY'
import os, subprocess, sys
kv = {k.strip().lower(): v.strip() for k, v in (p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p)}
env = dict(os.environ, PGPASSWORD=kv.get("password", ""))
cmd = ["psql", "-h", kv.get("host", "127.0.0.1"), "-p", kv.get("port", "5432"), "-U", kv.get("username", "postgres"),
       "-d", kv.get("database", "postgres"), "-v", "ON_ERROR_STOP=1", "-qc", 'CREATE DATABASE "%s"' % sys.argv[2]]
if os.geteuid() == 0 and kv.get("username", "postgres") == "postgres":
    cmd = ["runuser", "-u", "postgres", "--"] + cmd
subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
PY
  local rest; rest="$(echo "$conn" | sed 's/;\?[Dd]atabase=[^;]*//')"
  echo "$rest;Database=$1"
}

start_server() { # label
  local dir="$work/$1"; mkdir -p "$dir"
  local conn kind
  if [ "$db" = sqlite ]; then kind=Sqlite; conn="Data Source=$dir/epcis.db"; else kind=PostgreSql; conn="$(pg_fresh_conn "epcis_qbench_$$_$1")"; fi
  db_conn="$conn"
  port="$(free_port)"; base="http://127.0.0.1:$port"
  (cd "$dir" && exec env Epcis__Database="$kind" Epcis__ConnectionString="$conn" Epcis__CaptureLimit=1000000 \
      dotnet "$work/server-bin/Epcis.Server.dll" --urls "$base" --contentRoot "$work/server-bin" >"$dir/server.log" 2>&1) &
  server_pid=$!
  local code=""
  for _ in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited during start-up:" >&2; tail -30 "$dir/server.log" >&2; exit 1; }
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X OPTIONS "$base/capture" || true)"
    [ "$code" = 204 ] && break
    sleep 0.25
  done
  [ "$code" = 204 ] || { echo "server not ready after 60 s" >&2; exit 1; }
  log "server ($db) pid $server_pid on $base, folder $dir"
}

# 4. Per size: fresh server + database, load, probe.
for n in "${sizes[@]}"; do
  wl="$cache/wl-$n-b$batch-s$seed"
  start_server "n$n"
  log "loading $n events (concurrency 2)"
  dotnet "$work/loadtest-bin/Epcis.LoadTest.dll" --base "$base" --data "$wl" --concurrency 2 --timeout 3600 --poll-ms 200 \
    >"$work/load-$n.out" || { tail -20 "$work/load-$n.out"; exit 1; }
  grep '^RESULT ' "$work/load-$n.out" >&2
  if [ "$db" = sqlite ]; then
    log "database file: $(du -m "$work/n$n/epcis.db" | cut -f1) MB"
  fi
  log "probing ($runs runs per probe, $walks walks)"
  python3 "$repo/bench/scripts/query-probes.py" --base "$base" --data "$wl" --runs "$runs" --walks "$walks" \
    --label "$db-$n" --out "$work/result-$n.json" | tee "$work/probes-$n.out" >&2
  if [ "$run_bench" = 1 ]; then
    python3 "$shared/bench/run_bench.py" --base "$base" --data "$wl" --skip-capture --runs "$runs" --per-page 100 \
      --max-pages 0 --label "$db-$n" --out "$work/run_bench-$n.json" --tmp "$work/run_bench-tmp" | tee "$work/run_bench-$n.out" >&2
  fi
  if [ "$explain" = 1 ]; then
    if [ "$db" = sqlite ]; then x=(--sqlite "$work/n$n/epcis.db"); else x=(--pg "$db_conn"); fi
    python3 "$repo/bench/scripts/query-explain.py" --data "$wl" "${x[@]}" | tee "$work/explain-$n.out" >&2
  fi
  stop_server
done

# 5. Summary: medians per size and the ratio of the largest to the smallest size.
echo
echo "=== Queries: $db, $(nproc) vCPU, $(date -u +%Y-%m-%dT%H:%MZ), src $src_state, runs $runs, walks $walks ==="
python3 - "$work" "${sizes[@]}" <<'PY'
import json, sys
work, sizes = sys.argv[1], sys.argv[2:]
r = {n: json.load(open("%s/result-%s.json" % (work, n))) for n in sizes}
lo, hi = sizes[0], sizes[-1]
names = list(r[lo]["probes"])
print("%-26s" % "probe (median ms)" + "".join("%14s" % ("n=" + n) for n in sizes) + ("%10s" % "ratio" if len(sizes) > 1 else ""))
for k in names:
    row = [r[n]["probes"][k]["median_ms"] for n in sizes]
    print("%-26s" % k + "".join("%14.2f" % v for v in row) + ("%10.2f" % (row[-1] / row[0]) if len(sizes) > 1 else ""))
for label, key in (("walk page median ms", "walk_page_median_ms"), ("walk wall s (median)", "walk_median_s"), ("walk HTTP s (median)", "walk_http_median_s")):
    row = [r[n][key] for n in sizes]
    print("%-26s" % label + "".join("%14.2f" % v for v in row) + ("%10.2f" % (row[-1] / row[0]) if len(sizes) > 1 else ""))
print("%-26s" % "walk pages / events" + "".join("%14s" % ("%d/%d" % (r[n]["walks"][0]["pages"], r[n]["walks"][0]["distinct_events"])) for n in sizes))
print("%-26s" % "all counts right" + "".join("%14s" % r[n]["all_correct"] for n in sizes))
sys.exit(0 if all(r[n]["all_correct"] for n in sizes) else 1)
PY
