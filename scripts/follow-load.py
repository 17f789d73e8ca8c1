#!/usr/bin/env python3
"""Follow/unfollow throughput of a running command side, from a simple loop of HTTP clients.

Each client is its own user and alternates PUT and DELETE /api/users/{me}/following/{target} over a few targets,
so every request appends one event. Prints requests per second (and p50/p99 latency) per client count.

    python3 scripts/follow-load.py --base http://localhost:8080 --clients 1,4,16 --seconds 10
"""
import argparse
import statistics
import threading
import time
import uuid

from flockhttp import call, connect, register

PASSWORD = "load-test-password"


def run(base, clients, seconds, run_id):
    setup = connect(base)
    targets = [f"t{run_id}_{clients}_{i}" for i in range(4)]
    for target in targets:
        register(setup, target, PASSWORD)
    users = [(f"u{run_id}_{clients}_{i}", None) for i in range(clients)]
    users = [(name, register(setup, name, PASSWORD)) for name, _ in users]

    latencies, errors = [], []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(name, token):
        conn = connect(base)
        auth = {"Authorization": "Bearer " + token}
        mine, failed, step = [], 0, 0
        while time.monotonic() < deadline:
            target = targets[(step // 2) % len(targets)]
            method = "PUT" if step % 2 == 0 else "DELETE"
            started = time.perf_counter()
            status, _, _ = call(conn, method, f"/api/users/{name}/following/{target}", headers=auth)
            mine.append(time.perf_counter() - started)
            if status != 204:
                failed += 1
            step += 1
        with lock:
            latencies.extend(mine)
            errors.append(failed)

    threads = [threading.Thread(target=client, args=user) for user in users]
    begin = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - begin
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else 0
    print(f"clients={clients:3d} requests={len(latencies):6d} errors={sum(errors)} "
          f"rate={len(latencies) / elapsed:8.1f}/s p50={statistics.median(latencies) * 1000:6.1f}ms "
          f"p99={p99 * 1000:6.1f}ms", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:8080")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    run_id = uuid.uuid4().hex[:6]
    for clients in [int(c) for c in args.clients.split(",")]:
        run(args.base, clients, args.seconds, run_id)


if __name__ == "__main__":
    main()
