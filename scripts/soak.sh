#!/usr/bin/env bash
# A 10-minute soak of the packaged services, each in its own JVM with a 512 MB heap, on a PostgreSQL started from
# Maven Central jars (data in a temporary directory). Prints a line a minute, the error count, and each service's
# heap after a full GC at the start and at the end.
# Usage: scripts/soak.sh [rate per second, default 100] [seconds, default 600]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-100}
seconds=${2:-600}
source scripts/services.sh
start_flock . soak
python3 scripts/soak.py --rate "$rate" --seconds "$seconds" --pids "$cmd,$qry"
echo "server-side errors logged: command side $(grep -c ' ERROR ' target/soak-command.log || true)," \
  "query side $(grep -c ' ERROR ' target/soak-query.log || true)"
