#!/usr/bin/env python3
"""A soak: mixed load at a steady rate against a running Flock, with the heap of each service after a full GC.

Commands (posts, follows, unfollows) go to the command side, timeline and profile reads to the query side, at
--rate requests per second in all, for --seconds. Every answer that is not the expected 2xx counts as an error.
Once a minute a line shows that minute's requests, errors and p50/p99 latency. With --pids, each JVM's heap is
measured after a full GC (jcmd GC.run, then GC.heap_info) after --warmup seconds, every 2 minutes, and at the end.

    python3 scripts/soak.py --rate 100 --seconds 600 --pids 1234,5678
"""
import argparse
import random
import re
import subprocess
import threading
import time
import uuid

from flockhttp import call, connect, register

PASSWORD = "soak-test-password"


def heap_after_gc(pid):
    """Used heap in MB of the JVM with this pid, right after a full collection."""
    subprocess.run(["jcmd", str(pid), "GC.run"], check=True, capture_output=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    used = re.search(r"total \d+K, used (\d+)K", info)
    return int(used.group(1)) / 1024 if used else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commands", default="http://localhost:8080")
    parser.add_argument("--queries", default="http://localhost:8081")
    parser.add_argument("--rate", type=float, default=100)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--pids", default="")
    args = parser.parse_args()
    run = uuid.uuid4().hex[:6]

    setup = connect(args.commands)
    users = [(f"soak{run}_{i}", None) for i in range(args.users)]
    users = [(name, register(setup, name, PASSWORD)) for name, _ in users]
    print(f"{len(users)} users registered", flush=True)

    lock = threading.Lock()
    minute = {"requests": 0, "errors": 0, "latencies": []}
    totals = {"requests": 0, "errors": 0}
    statuses = {}
    interval = args.workers / args.rate
    begin = time.monotonic()
    deadline = begin + args.seconds

    def worker(index):
        rng = random.Random(index)
        commands, queries = connect(args.commands), connect(args.queries)
        following = set()
        next_at = begin + index * interval / args.workers
        while True:
            now = time.monotonic()
            if now >= deadline:
                return
            if now < next_at:
                time.sleep(next_at - now)
            next_at += interval
            name, token = users[rng.randrange(len(users))]
            auth = {"Authorization": "Bearer " + token}
            dice = rng.random()
            started = time.perf_counter()
            try:
                if dice < 0.35:
                    status, _, _ = call(commands, "POST", f"/api/users/{name}/posts",
                                        {"body": f"soak post {rng.random()}"}, auth)
                    ok = status == 201
                elif dice < 0.70:
                    other = users[rng.randrange(len(users))][0]
                    if other == name:
                        continue
                    pair = (name, other)
                    method = "DELETE" if pair in following else "PUT"
                    status, _, _ = call(commands, method, f"/api/users/{name}/following/{other}", headers=auth)
                    following.symmetric_difference_update({pair})
                    ok = status == 204
                elif dice < 0.90:
                    status, _, _ = call(queries, "GET", f"/api/users/{name}/timeline?limit=20", headers=auth)
                    ok = status == 200
                else:
                    status, _, _ = call(queries, "GET", f"/api/users/{name}")
                    ok = status == 200
            except Exception as error:  # a broken connection counts as an error, and a new one is made
                status, ok = type(error).__name__, False
                commands, queries = connect(args.commands), connect(args.queries)
            elapsed = time.perf_counter() - started
            with lock:
                minute["requests"] += 1
                minute["latencies"].append(elapsed)
                totals["requests"] += 1
                statuses[status] = statuses.get(status, 0) + 1
                if not ok:
                    minute["errors"] += 1
                    totals["errors"] += 1

    pids = [int(p) for p in args.pids.split(",") if p]
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.workers)]
    for t in threads:
        t.start()
    heap_start = None
    heap_marks = []
    mark = begin
    while any(t.is_alive() for t in threads):
        time.sleep(1)
        now = time.monotonic()
        if heap_start is None and now - begin >= args.warmup and pids:
            heap_start = [heap_after_gc(pid) for pid in pids]
            print(f"heap after GC at {now - begin:.0f} s: " + ", ".join(f"{h:.1f} MB" for h in heap_start),
                  flush=True)
        if heap_start is not None and pids and now - begin >= args.warmup + 120 * (len(heap_marks) + 1) \
                and now < deadline - 30:
            heap_marks.append([heap_after_gc(pid) for pid in pids])
            print(f"heap after GC at {now - begin:.0f} s: " + ", ".join(f"{h:.1f} MB" for h in heap_marks[-1]),
                  flush=True)
        if now - mark >= 60 or not any(t.is_alive() for t in threads):
            with lock:
                lat = sorted(minute["latencies"])
                p50 = lat[len(lat) // 2] * 1000 if lat else 0
                p99 = lat[max(0, int(len(lat) * 0.99) - 1)] * 1000 if lat else 0
                print(f"t={now - begin:5.0f}s requests={minute['requests']:6d} "
                      f"rate={minute['requests'] / (now - mark):6.1f}/s errors={minute['errors']} "
                      f"p50={p50:6.1f}ms p99={p99:6.1f}ms", flush=True)
                minute.update(requests=0, errors=0, latencies=[])
            mark = now
    heap_end = [heap_after_gc(pid) for pid in pids] if pids else []
    print(f"total requests={totals['requests']} errors={totals['errors']} statuses={statuses}")
    if pids:
        for pid, start, end in zip(pids, heap_start or [float('nan')] * len(pids), heap_end):
            print(f"pid {pid}: heap after GC {start:.1f} MB at start, {end:.1f} MB at the end")


if __name__ == "__main__":
    main()
