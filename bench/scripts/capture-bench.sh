#!/usr/bin/env bash
# Capture over HTTP: posts the gen_workload.py workload to a freshly started Epcis.Server and reports events/s,
# then captures one ~100 MB document and reports the server's peak RSS. Loopback only.
#
#   bench/scripts/capture-bench.sh sqlite|postgres [--concurrency N] [--xml] [--skip-large] [--skip-workload] [--keep]
#
# Environment:
#   EPCIS_SHARED       folder holding bench/gen_workload.py (default: ../shared next to the repo)
#   EPCIS_BENCH_DATA   where generated workloads are cached (default: $TMPDIR/epcis-bench-data)
#   EVENTS / BATCH     workload size (default 100000 / 10000); LARGE_EVENTS (default 165000, ~100 MB)
#   EPCIS_PG_CONN      use this PostgreSQL server (a fresh database is created in it per run) instead of a
#                      throwaway cluster; it must be on 127.0.0.1
#   SKIP_BUILD=1       use the existing Release builds
#   WARMUP_EVENTS=N    first post N other events (seed 7, documents of 10,000; not timed) to the same server, so the
#                      timed run sees JIT-warm code (default 0: a cold server, as after a deployment)
#
# Each server run gets an empty database: SQLite in a new temp working folder, PostgreSQL a new database in a
# throwaway cluster (initdb as the postgres user, 127.0.0.1, high port; stopped and deleted at the end).
set -euo pipefail

db="${1:-}"
case "$db" in sqlite|postgres) shift ;; *) echo "usage: $0 sqlite|postgres [--concurrency N] [--xml] [--skip-large] [--keep]" >&2; exit 2 ;; esac
concurrency=2; xml=""; skip_large=0; skip_workload=0; keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --concurrency) concurrency="$2"; shift 2 ;;
    --xml) xml="--xml"; shift ;;
    --skip-large) skip_large=1; shift ;;
    --skip-workload) skip_workload=1; shift ;;
    --keep) keep=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_init capture-bench
events="${EVENTS:-100000}"; batch="${BATCH:-10000}"; large_events="${LARGE_EVENTS:-165000}"
pg_dir=""; pg_port=""

cleanup() {
  stop_server
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- pg_ctl -D "$pg_dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  if [ "$keep" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Workloads (generated once, cached).
wl="$cache/wl-$events-b$batch-s$seed"; gen_once "$events" "$batch" "$wl"
large="$cache/wl-$large_events-s$seed"   # same name and content as bench/Epcis.Bench's single documents
[ "$skip_large" = 1 ] || gen_once "$large_events" "$large_events" "$large"
warmup_events="${WARMUP_EVENTS:-0}"
if [ "$warmup_events" -gt 0 ]; then
  warm="$cache/wl-$warmup_events-b10000-s7"; gen_once "$warmup_events" 10000 "$warm" 7
fi

# 2. Builds.
build_and_copy

# 3. PostgreSQL: a throwaway cluster unless EPCIS_PG_CONN is given.
pg_db_n=0
new_conn() { # label -> connection string of an empty database of this run's kind
  if [ "$db" = sqlite ]; then echo "Data Source=$work/$1/epcis.db"; return; fi
  pg_db_n=$((pg_db_n + 1))
  pg_create_database "${EPCIS_PG_CONN:-Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres}" "epcis_bench_$$_$pg_db_n"
}
if [ "$db" = postgres ] && [ -z "${EPCIS_PG_CONN:-}" ]; then
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/epcis-bench-pg.XXXXXX")"; chown postgres "$pg_dir"; chmod 700 "$pg_dir"
  pg_port="$(free_port)"
  log "starting a throwaway PostgreSQL cluster in $pg_dir on 127.0.0.1:$pg_port"
  runuser -u postgres -- initdb -D "$pg_dir/data" -U postgres -A trust --locale=C.UTF-8 -E UTF8 >"$work/initdb.log" 2>&1
  # The settings of shared/docs/performance-limits.md, so the figures compare (durability left on).
  cat >>"$pg_dir/data/postgresql.conf" <<EOF2
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pg_dir'
shared_buffers = 512MB
max_wal_size = 4GB
fsync = on
synchronous_commit = on
EOF2
  runuser -u postgres -- pg_ctl -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 start >/dev/null
  pg_version="$(runuser -u postgres -- psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -Atc 'show server_version')"
fi
kind=Sqlite; [ "$db" = postgres ] && kind=PostgreSql

result_field() { sed -n 's/^RESULT .*\b'"$1"'=\([^ ]*\).*/\1/p' "$2" | tail -1; }
stored_ms() { # sum and list of the server's "stored N events ... in X ms" figures
  grep -o 'stored [0-9]* events ([0-9]* duplicates, [0-9]* rejected) in [0-9]* ms' "$1" | awk '{s+=$(NF-1); l=l (l?",":"") $(NF-1)} END {printf "%d ms [%s]", s, l}'
}

# 5. The workload.
load_before="$(cut -d" " -f1-3 /proc/loadavg)"
if [ "$skip_workload" != 1 ]; then
mkdir -p "$work/workload"; start_server workload "$kind" "$(new_conn workload)"
if [ "$warmup_events" -gt 0 ]; then
  log "warm-up: posting $warmup_events other events (not timed)"
  dotnet "$loadtest" --base "$base" --data "$warm" --concurrency "$concurrency" $xml --timeout 600 >"$work/warmup.out" || { tail -20 "$work/warmup.out"; exit 1; }
fi
log "posting $wl (concurrency $concurrency${xml:+, XML})"
dotnet "$loadtest" --base "$base" --data "$wl" --concurrency "$concurrency" $xml --server-pid "$server_pid" --timeout 900 | tee "$work/workload.out"
wl_rss="$(grep -o 'VmRSS:.*' "/proc/$server_pid/status" | awk '{print $2/1024}')"
stop_server
wl_stored="$(stored_ms "$work/workload/server.log")"
wl_ok="$(result_field ok "$work/workload.out")"
fi

# 6. The ~100 MB document, on a fresh server and database (the event limit is raised: it holds $large_events events).
if [ "$skip_large" != 1 ]; then
  mkdir -p "$work/large"; start_server large "$kind" "$(new_conn large)" Epcis__CaptureLimit=1000000
  log "posting the $(du -m "$large/capture_0000.json" | cut -f1) MB single document"
  dotnet "$loadtest" --base "$base" --single-file "$large/capture_0000.json" $xml --server-pid "$server_pid" --timeout 1200 --poll-ms 200 | tee "$work/large.out"
  stop_server
  large_stored="$(stored_ms "$work/large/server.log")"
  large_ok="$(result_field ok "$work/large.out")"
fi

# 7. Summary.
fmt="%-34s %s\n"
echo
gc_mode="workstation GC (the project default)"; [ -n "${DOTNET_gcServer:-}" ] && gc_mode="DOTNET_gcServer=$DOTNET_gcServer"
echo "=== Capture over HTTP: $db$( [ "$db" = postgres ] && echo " ${pg_version:-}" ), $(nproc) vCPU, $(date -u +%Y-%m-%dT%H:%MZ), src $src_state, $gc_mode, load avg before: $load_before$( [ "$warmup_events" -gt 0 ] && echo ", warm-up $warmup_events events" ) ==="
if [ "$skip_workload" != 1 ]; then
printf "$fmt" "workload" "$(result_field documents "$work/workload.out") docs, $(result_field events "$work/workload.out") events, $(result_field bytes "$work/workload.out" | awk '{printf "%.1f MB", $1/1e6}'), $(result_field format "$work/workload.out"), concurrency $concurrency"
printf "$fmt" "verified" "$([ "$wl_ok" = 1 ] && echo yes || echo NO)"
printf "$fmt" "wall time (first POST to last job)" "$(result_field wall_s "$work/workload.out") s"
printf "$fmt" "events/s" "$(result_field events_per_s "$work/workload.out")"
printf "$fmt" "MB/s" "$(result_field mb_per_s "$work/workload.out")"
printf "$fmt" "POST latency p50 / p95" "$(result_field p50_ms "$work/workload.out") / $(result_field p95_ms "$work/workload.out") ms"
printf "$fmt" "server 'stored ... in X ms' (sum)" "$wl_stored"
printf "$fmt" "server peak RSS during workload" "$(result_field peak_rss_mib "$work/workload.out") MiB (after: ${wl_rss%.*} MiB)"
fi
if [ "$skip_large" != 1 ]; then
  printf "$fmt" "large document" "$(result_field events "$work/large.out") events, $(result_field bytes "$work/large.out" | awk '{printf "%.1f MB", $1/1e6}'), verified $([ "$large_ok" = 1 ] && echo yes || echo NO)"
  printf "$fmt" "large: 202 after / all done after" "$(result_field p50_ms "$work/large.out") ms / $(result_field wall_s "$work/large.out") s ($(result_field events_per_s "$work/large.out") events/s)"
  printf "$fmt" "large: server 'stored ... in X ms'" "$large_stored"
  printf "$fmt" "large: server peak RSS (VmHWM)" "$(result_field peak_rss_mib "$work/large.out") MiB (RSS before: $(result_field rss_before_mib "$work/large.out") MiB)"
fi
{ [ "$skip_workload" = 1 ] || [ "$wl_ok" = 1 ]; } && { [ "$skip_large" = 1 ] || [ "$large_ok" = 1 ]; }
