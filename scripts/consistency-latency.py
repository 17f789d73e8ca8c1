#!/usr/bin/env python3
"""Read-your-writes latency of a running Flock (both services).

For each of N posts: publish on the command side, then read the author's home timeline on the query side
  - with the command's Consistency-Token: time from the command's 2xx to the consistent answer, and check the
    post is the newest item;
  - without the header: poll until the post shows, time from the 2xx to the first answer that has it.
Prints p50/p99 of both.

    python3 scripts/consistency-latency.py --commands http://localhost:8080 --queries http://localhost:8081 -n 1000
"""
import argparse
import json
import time
import uuid

from flockhttp import call, connect, register



def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commands", default="http://localhost:8080")
    parser.add_argument("--queries", default="http://localhost:8081")
    parser.add_argument("-n", type=int, default=1000)
    args = parser.parse_args()
    commands, queries = connect(args.commands), connect(args.queries)

    name = "rw_" + uuid.uuid4().hex[:10]
    auth = {"Authorization": "Bearer " + register(commands, name, "consistency-check")}
    timeline = f"/api/users/{name}/timeline?limit=1"

    with_token, without_token, polls = [], [], 0
    for i in range(args.n):
        status, headers, body = call(commands, "POST", f"/api/users/{name}/posts", {"body": f"post {i}"}, auth)
        accepted = time.perf_counter()
        assert status == 201, status
        post = json.loads(body)["id"]
        if i % 2 == 0:
            status, _, body = call(queries, "GET", timeline,
                                   headers={**auth, "Consistency-Token": headers["Consistency-Token"]})
            with_token.append(time.perf_counter() - accepted)
            assert status == 200 and json.loads(body)["items"][0]["id"] == post, (status, body)
        else:
            while True:
                status, _, body = call(queries, "GET", timeline, headers=auth)
                polls += 1
                if status == 200 and json.loads(body)["items"] and json.loads(body)["items"][0]["id"] == post:
                    break
            without_token.append(time.perf_counter() - accepted)

    for label, values in (("with Consistency-Token", with_token), ("without (polling)", without_token)):
        print(f"{label:24s} n={len(values):5d} p50={percentile(values, 0.50) * 1000:7.1f} ms "
              f"p99={percentile(values, 0.99) * 1000:7.1f} ms max={max(values) * 1000:7.1f} ms")
    print(f"polls without the header: {polls} for {len(without_token)} posts")


if __name__ == "__main__":
    main()
