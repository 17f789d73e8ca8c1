#!/usr/bin/env python3
"""Fills a running Flock with a random follow graph and posts, through the command API.

Each of --users users follows --follows random others and publishes --posts posts; 8 client threads. Prints the
name, password and a bearer token of one user, for read benchmarks.

    python3 scripts/seed-graph.py --users 300 --follows 50 --posts 10
"""
import argparse
import random
import threading
import uuid

from flockhttp import call, connect, register

PASSWORD = "seed-graph-password"



def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--commands", default="http://localhost:8080")
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--follows", type=int, default=50)
    parser.add_argument("--posts", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    prefix = "g" + uuid.uuid4().hex[:6]
    names = [f"{prefix}_{i}" for i in range(args.users)]
    tokens = {}
    errors = []

    def work(mine, rnd):
        conn = connect(args.commands)
        for name in mine:
            tokens[name] = register(conn, name, PASSWORD)
        barrier.wait()
        for name in mine:
            auth = {"Authorization": "Bearer " + tokens[name]}
            for target in rnd.sample([n for n in names if n != name], args.follows):
                status, _, _ = call(conn, "PUT", f"/api/users/{name}/following/{target}", headers=auth)
                if status != 204:
                    errors.append(status)
            for p in range(args.posts):
                status, _, _ = call(conn, "POST", f"/api/users/{name}/posts", {"body": f"post {p} by {name}"}, auth)
                if status != 201:
                    errors.append(status)

    threads_count = 8
    barrier = threading.Barrier(threads_count)
    threads = [threading.Thread(target=work, args=(names[t::threads_count], random.Random(args.seed + t)))
               for t in range(threads_count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"users={len(names)} follows={len(names) * args.follows} posts={len(names) * args.posts} errors={len(errors)}")
    print(f"reader={names[0]} token={tokens[names[0]]}")


if __name__ == "__main__":
    main()
