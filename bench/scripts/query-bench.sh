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

source "$(dirname "${BASH_SOURCE[0]}")/bench-lib.sh"
bench_init query-bench
batch=10000; own_cluster=0

cleanup() {
  stop_server
  if [ "$own_cluster" = 1 ]; then EPCIS_PG_STATE="$work/pg-state" bash "$repo/scripts/pg-test-cluster.sh" stop || true; fi
  if [ "$keep" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Workloads, generated once and cached (same seed: byte-identical documents, same manifest).
for n in "${sizes[@]}"; do gen_once "$n" "$batch" "$cache/wl-$n-b$batch-s$seed"; done

# 2. Builds.
build_and_copy

# 3. PostgreSQL: the given server, or a throwaway cluster (its state file is private to this run).
if [ "$db" = postgres ] && [ -z "${EPCIS_TEST_POSTGRES:-}" ]; then
  log "starting a throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh)"
  eval "$(EPCIS_PG_STATE="$work/pg-state" bash "$repo/scripts/pg-test-cluster.sh" start 2>"$work/pg-start.log")"
  own_cluster=1
fi
new_conn() { # label -> connection string of an empty database of this run's kind
  if [ "$db" = sqlite ]; then echo "Data Source=$work/$1/epcis.db"; else pg_create_database "$EPCIS_TEST_POSTGRES" "epcis_qbench_$$_$1"; fi
}
kind=Sqlite; [ "$db" = postgres ] && kind=PostgreSql

# 4. Per size: fresh server + database, load, probe.
for n in "${sizes[@]}"; do
  wl="$cache/wl-$n-b$batch-s$seed"
  mkdir -p "$work/n$n"; db_conn="$(new_conn "n$n")"
  start_server "n$n" "$kind" "$db_conn" Epcis__CaptureLimit=1000000
  log "loading $n events (concurrency 2)"
  dotnet "$loadtest" --base "$base" --data "$wl" --concurrency 2 --timeout 3600 --poll-ms 200 \
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
