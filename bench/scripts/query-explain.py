#!/usr/bin/env python3
"""Prints the plan and the database-only time of the SQL the server generates for the manifest's probes.

The statements are the shapes of src/Epcis.Storage/Querying/EventQueryTranslator.cs (see the golden SQL in
tests/Epcis.Query.Tests/GoldenSqlCases.cs) with the probe values inlined: MATCH_epc, the one-hour eventTime window,
the first EQ_bizStep page (LIMIT perPage + 1 = 101) and a keyset page of the walk (LIMIT 1001, resuming mid-way).

    query-explain.py --data DIR --sqlite PATH/epcis.db
    query-explain.py --data DIR --pg "Host=127.0.0.1;Port=N;Username=postgres;Database=D"

SQLite: EXPLAIN QUERY PLAN and the median of 21 executions (Python sqlite3, every row fetched).
PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) through psql (as the postgres user when run as root).
"""
import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import time

COLUMNS = "e.id, e.event_id, e.hash_id, e.body, e.record_time, e.capture_id, e.event_time"


def sgtin_to_dl(urn):
    """urn:epc:id:sgtin:CP.IR.serial -> canonical Digital Link (what event_identifiers.value holds)."""
    cp, ir, serial = urn.split(":")[4].split(".")
    body = ir[0] + cp + ir[1:]
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return "https://id.gs1.org/01/%s%d/21/%s" % (body, (10 - s % 10) % 10, serial)


def parse_time(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def statements(man, time_literal):
    p = man["probes"]
    w = p["GE_eventTime_window_1h"]
    lo, hi = parse_time(w["GE_eventTime"]), parse_time(w["LT_eventTime"])
    first, last = (parse_time(x) for x in man["event_time_range"])
    mid = first + (last - first) / 2
    epc = sgtin_to_dl(p["MATCH_epc"]["value"])
    return [
        ("MATCH_epc", "SELECT %s FROM events e WHERE e.id IN (SELECT i.event_key FROM event_identifiers i WHERE i.value = '%s' "
                      "AND i.role IN ('epc', 'child')) ORDER BY e.event_time, e.id LIMIT 101" % (COLUMNS, epc)),
        ("eventTime_window_1h", "SELECT %s FROM events e WHERE e.event_time >= %s AND e.event_time < %s ORDER BY e.event_time, e.id LIMIT 101"
         % (COLUMNS, time_literal(lo), time_literal(hi))),
        ("EQ_bizStep_page1", "SELECT %s FROM events e WHERE e.biz_step = '%s' ORDER BY e.event_time, e.id LIMIT 101" % (COLUMNS, p["EQ_bizStep"]["value"])),
        ("walk_keyset_page", "SELECT %s FROM events e WHERE e.biz_step = '%s' AND (e.event_time, e.id) > (%s, 0) ORDER BY e.event_time, e.id LIMIT 1001"
         % (COLUMNS, p["EQ_bizStep"]["value"], time_literal(mid))),
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True)
    ap.add_argument("--sqlite")
    ap.add_argument("--pg")
    a = ap.parse_args()
    man = json.load(open(os.path.join(a.data, "manifest.json")))
    if a.sqlite:
        us = lambda t: str(int(t.timestamp() * 1_000_000))
        c = sqlite3.connect(a.sqlite)
        for name, sql in statements(man, us):
            print("--- %s\n%s" % (name, sql[:260]))
            for row in c.execute("EXPLAIN QUERY PLAN " + sql):
                print("   ", row[-1])
            ts = []
            for _ in range(21):
                t0 = time.perf_counter()
                rows = c.execute(sql).fetchall()
                ts.append((time.perf_counter() - t0) * 1000)
            print("    rows %d, median %.3f ms (21 runs)" % (len(rows), statistics.median(ts)))
    if a.pg:
        kv = {k.strip().lower(): v.strip() for k, v in (x.split("=", 1) for x in a.pg.split(";") if "=" in x)}
        cmd = ["psql", "-h", kv.get("host", "127.0.0.1"), "-p", kv.get("port", "5432"), "-U", kv.get("username", "postgres"),
               "-d", kv["database"], "-At", "-v", "ON_ERROR_STOP=1"]
        if os.geteuid() == 0 and kv.get("username", "postgres") == "postgres":
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        env = dict(os.environ, PGPASSWORD=kv.get("password", ""))
        ts = lambda t: "'%s'::timestamptz" % t.isoformat()
        for name, sql in statements(man, ts):
            print("--- %s\n%s" % (name, sql[:260]), flush=True)
            for _ in range(2):  # the first execution warms the cache; the second is printed
                out = subprocess.run(cmd + ["-c", "EXPLAIN (ANALYZE, BUFFERS) " + sql], capture_output=True, text=True, env=env)
            print("\n".join("    " + line for line in (out.stdout + out.stderr).splitlines()), flush=True)


if __name__ == "__main__":
    main()
