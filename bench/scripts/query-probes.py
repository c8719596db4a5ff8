#!/usr/bin/env python3
"""Times the query probes of a gen_workload.py manifest against a running Epcis server (loopback only).

For each probe: warm-up requests for --warmup-s seconds (at least 3), then --runs timed requests on one keep-alive HTTP/1.1 connection (time from
sending the request to the last byte of the body; the JSON is parsed after the clock stops). The event count of
every response is checked against the manifest (min(expected, perPage) for a first page). Then the walk: every
page of EQ_bizStep=<manifest value> at --walk-per-page, following `Link: <...>; rel="next"`, checking that the
eventIDs are unique and that their number is the manifest's. The walk is done --walks times (the first one is
also the warm-up of the paging path), and the median walk is reported.

    python3 bench/scripts/query-probes.py --base http://127.0.0.1:5000 --data DIR [--runs 21] [--label sqlite-1m] [--out r.json]

Exit code 0 when every count is right, 1 otherwise.
"""
import argparse
import http.client
import json
import os
import re
import socket
import statistics
import sys
import time
import urllib.parse


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True)
    ap.add_argument("--data", required=True, help="folder made by gen_workload.py (its manifest.json is read)")
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--per-page", type=int, default=100, help="perPage of the single-page probes")
    ap.add_argument("--walk-per-page", type=int, default=1000)
    ap.add_argument("--walks", type=int, default=3)
    ap.add_argument("--max-pages", type=int, default=5000, help="bound on the pages of one walk")
    ap.add_argument("--warmup-s", type=float, default=1.0, help="seconds of warm-up requests per probe (3 at least, 500 at most)")
    ap.add_argument("--label", default="")
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    u = urllib.parse.urlsplit(a.base)
    if u.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("refusing: --base must be a loopback address")
    man = json.load(open(os.path.join(a.data, "manifest.json")))
    p = man["probes"]
    q = lambda v: urllib.parse.quote(v, safe="")
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=300)
    conn.connect()
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    headers = {"Accept": "application/json", "GS1-EPCIS-Version": "2.0"}

    def get(path):
        t0 = time.perf_counter()
        conn.request("GET", path, headers=headers)
        r = conn.getresponse()
        body = r.read()
        t = time.perf_counter() - t0
        if r.status != 200:
            raise SystemExit("HTTP %d for %s: %s" % (r.status, path, body[:300]))
        return t, body, r.getheader("Link")

    def events_of(body):
        doc = json.loads(body)
        qr = doc["epcisBody"]["queryResults"]
        rb = qr.get("resultsBody") or qr.get("resultBody") or {}
        return rb.get("eventList", [])

    per = a.per_page
    probes = [
        ("MATCH_epc", "MATCH_epc=%s&perPage=%d" % (q(p["MATCH_epc"]["value"]), per), p["MATCH_epc"]["expected"]),
        ("MATCH_epc_idpat", "MATCH_epc=%s&perPage=%d" % (q(p["MATCH_epc_idpat"]["value"]), per), p["MATCH_epc_idpat"]["expected"]),
        ("eventTime_window_1h", "GE_eventTime=%s&LT_eventTime=%s&perPage=%d" % (
            q(p["GE_eventTime_window_1h"]["GE_eventTime"]), q(p["GE_eventTime_window_1h"]["LT_eventTime"]), per),
         p["GE_eventTime_window_1h"]["expected"]),
        ("EQ_bizStep_page1", "EQ_bizStep=%s&perPage=%d" % (q(p["EQ_bizStep"]["value"]), per), p["EQ_bizStep"]["expected"]),
        ("GE_eventTime_half_page1", "GE_eventTime=%s&perPage=%d" % (q(p["GE_eventTime_half"]["GE_eventTime"]), per),
         p["GE_eventTime_half"]["expected"]),
        ("EQ_bizStep_page1_per1000", "EQ_bizStep=%s&perPage=%d" % (q(p["EQ_bizStep"]["value"]), a.walk_per_page),
         p["EQ_bizStep"]["expected"]),
    ]
    ok = True
    result = {"label": a.label, "events": man["events"], "runs": a.runs, "probes": {}}
    for name, query, expected in probes:
        path = "/events?" + query
        want = min(expected, int(re.search(r"perPage=(\d+)", query).group(1)))
        # Warm-up: at least --warmup-s seconds (and 3 requests), so tiered JIT has compiled this path.
        w0 = time.perf_counter()
        n = 0
        while n < 3 or (time.perf_counter() - w0 < a.warmup_s and n < 500):
            get(path)
            n += 1
        times = []
        body = b""
        for _ in range(a.runs):
            t, body, _ = get(path)
            times.append(t * 1000)
        got = len(events_of(body))
        correct = got == want
        ok &= correct
        result["probes"][name] = {"median_ms": round(statistics.median(times), 2), "min_ms": round(min(times), 2),
                                  "max_ms": round(max(times), 2), "events": got, "expected": want, "correct": correct,
                                  "bytes": len(body)}
        print("%-26s median %8.2f ms  min %8.2f  max %8.2f  got %5d want %5d %s" % (
            name, statistics.median(times), min(times), max(times), got, want, "" if correct else "MISMATCH"), flush=True)

    # The walk: every page of EQ_bizStep, each eventID exactly once.
    expected = p["EQ_bizStep"]["expected"]
    walks = []
    for w in range(a.walks):
        path = "/events?EQ_bizStep=%s&perPage=%d" % (q(p["EQ_bizStep"]["value"]), a.walk_per_page)
        ids, pages, http_s, page_ms = set(), 0, 0.0, []
        dupes = 0
        t0 = time.perf_counter()
        while path and pages < a.max_pages:
            t, body, link = get(path)
            http_s += t
            page_ms.append(t * 1000)
            pages += 1
            for e in events_of(body):
                eid = e.get("eventID")
                if eid in ids:
                    dupes += 1
                ids.add(eid)
            path = None
            if link and 'rel="next"' in link:
                m = re.search(r"<([^>]+)>", link)
                nxt = m.group(1)
                if nxt.startswith("http"):
                    s = urllib.parse.urlsplit(nxt)
                    nxt = s.path + ("?" + s.query if s.query else "")
                path = nxt
        wall = time.perf_counter() - t0
        correct = len(ids) == expected and dupes == 0 and path is None
        ok &= correct
        walk = {"pages": pages, "distinct_events": len(ids), "duplicates": dupes, "expected": expected,
                "complete": path is None, "correct": correct, "wall_s": round(wall, 3), "http_s": round(http_s, 3),
                "page_median_ms": round(statistics.median(page_ms), 2), "page_max_ms": round(max(page_ms), 2)}
        walks.append(walk)
        print("walk %d: %d pages, %d distinct events (want %d), %d duplicates, wall %.2f s, HTTP %.2f s, page median %.1f ms %s" % (
            w + 1, pages, len(ids), expected, dupes, wall, http_s, walk["page_median_ms"], "" if correct else "MISMATCH"), flush=True)
    result["walks"] = walks
    result["walk_median_s"] = round(statistics.median(x["wall_s"] for x in walks), 3)
    result["walk_http_median_s"] = round(statistics.median(x["http_s"] for x in walks), 3)
    result["walk_page_median_ms"] = round(statistics.median(x["page_median_ms"] for x in walks), 2)
    result["all_correct"] = ok
    print("RESULT %s" % json.dumps(result), flush=True)
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f, indent=2)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
