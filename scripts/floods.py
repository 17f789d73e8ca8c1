"""Two floods of hostile load, against a running Flock, with the numbers before and after a change.

1. 220 concurrent anonymous reads, each sending a Consistency-Token far beyond the event store (one request each),
   while one client keeps reading a profile and the health endpoint: how long the flood's reads take, and how
   long ordinary reads and health checks take meanwhile.
2. 64 clients sending bogus logins (distinct names) as fast as they are answered for 8 s, while one user keeps
   following and unfollowing: how those answer, how long each follow takes, and the command side's peak heap.

Loopback only, bounded in count and time. Works against builds with Actuator on the API port or on its own
(the management ports are tried first).

    python3 scripts/floods.py --commands http://localhost:8080 --queries http://localhost:8081
"""
import argparse
import base64
import collections
import http.client
import statistics
import threading
import time
import urllib.parse

from flockhttp import call, connect, register

PASSWORD = "flood-test-passphrase"
FAR_FUTURE = "9223372036854775807"


def timed(base, method, path, headers=None, timeout=60):
    """(status, seconds) of one request on a new connection; status 0 on a network error or timeout."""
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    started = time.monotonic()
    try:
        status, _, _ = call(conn, method, path, headers=headers)
    except (OSError, http.client.HTTPException):
        status = 0
    finally:
        conn.close()
    return status, time.monotonic() - started


def actuator(base, management):
    """The base URL that answers /actuator/health: the management port if there is one, else the API's."""
    for candidate in (management, base):
        status, _ = timed(candidate, "GET", "/actuator/health", timeout=5)
        if status == 200:
            return candidate
    raise SystemExit(f"no /actuator/health at {management} or {base}")


def summary(seconds):
    ordered = sorted(seconds)
    return (f"n={len(ordered)} p50 {statistics.median(ordered) * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms")


def reads_flood(queries, health):
    flood, probes, checks = [], [], []
    done = threading.Event()

    def one():
        flood.append(timed(queries, "GET", "/api/users/flood_reader", {"Consistency-Token": FAR_FUTURE}))

    threads = [threading.Thread(target=one) for _ in range(220)]
    started = time.monotonic()
    for thread in threads:
        thread.start()

    def probe():
        while not done.is_set() and time.monotonic() - started < 30:
            probes.append(timed(queries, "GET", "/api/users/flood_reader")[1])
            checks.append(timed(health, "GET", "/actuator/health")[1])
            time.sleep(0.1)

    prober = threading.Thread(target=probe)
    prober.start()
    for thread in threads:
        thread.join()
    done.set()
    prober.join()
    print("1. 220 reads with a far-future Consistency-Token")
    print("   their answers:", dict(collections.Counter(status for status, _ in flood)),
          summary([seconds for _, seconds in flood]))
    print("   meanwhile, ordinary reads:", summary(probes))
    print("   meanwhile, health checks: ", summary(checks))


def heap_mb(metrics):
    url = urllib.parse.urlparse(metrics)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
    try:
        _, _, body = call(conn, "GET", "/actuator/prometheus")
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        conn.close()
    return sum(float(line.rsplit(" ", 1)[1]) for line in body.decode().splitlines()
               if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line) / 2 ** 20


def logins_flood(commands, metrics, bearer):
    for method in ("PUT", "DELETE"):  # the first follow loads the aggregate: measure a warm service
        timed(commands, method, "/api/users/flood_writer/following/flood_reader", {"Authorization": bearer})
    statuses = collections.Counter()
    lock = threading.Lock()
    end = time.monotonic() + 8
    heaps, follows = [], []

    def guesser(client):
        n = 0
        while time.monotonic() < end:
            basic = base64.b64encode(f"ghost_{client}_{n}:not the password {n}".encode()).decode()
            status, _ = timed(commands, "POST", "/api/tokens", {"Authorization": "Basic " + basic})
            with lock:
                statuses[status] += 1
            n += 1

    def sampler():
        while time.monotonic() < end + 1:
            heaps.append(heap_mb(metrics))
            time.sleep(0.2)

    threads = [threading.Thread(target=guesser, args=(client,)) for client in range(64)]
    threads.append(threading.Thread(target=sampler))
    for thread in threads:
        thread.start()
    following = False
    while time.monotonic() < end:
        status, seconds = timed(commands, "DELETE" if following else "PUT",
                                "/api/users/flood_writer/following/flood_reader", {"Authorization": bearer})
        follows.append(seconds)
        following = not following
    for thread in threads:
        thread.join()
    print("2. 64 clients of bogus logins for 8 s")
    print("   their answers:", dict(statuses))
    print("   meanwhile, follow commands:", summary(follows))
    print(f"   command side's peak heap in use: {max(heaps):.0f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commands", default="http://localhost:8080")
    parser.add_argument("--queries", default="http://localhost:8081")
    parser.add_argument("--command-management", default="http://localhost:9080")
    parser.add_argument("--query-management", default="http://localhost:9081")
    args = parser.parse_args()
    conn = connect(args.commands)
    register(conn, "flood_reader", PASSWORD)
    bearer = "Bearer " + register(conn, "flood_writer", PASSWORD)
    while timed(args.queries, "GET", "/api/users/flood_reader")[0] != 200:
        time.sleep(0.1)  # until the profiles view has the registrations
    reads_flood(args.queries, actuator(args.queries, args.query_management))
    logins_flood(args.commands, actuator(args.commands, args.command_management), bearer)


if __name__ == "__main__":
    main()
