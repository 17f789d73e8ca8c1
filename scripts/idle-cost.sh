#!/usr/bin/env bash
# What Flock costs when nothing happens, and how soon a write can be read: starts PostgreSQL (Maven Central jars)
# and both packaged services (scripts/services.sh), lets them settle, then
#   1. sums the CPU time of both services' JVMs and of every PostgreSQL process over an idle window;
#   2. runs scripts/consistency-latency.py (post to consistent read, p50/p99).
# Usage: scripts/idle-cost.sh [idle seconds, default 20] [posts, default 500]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
posts=${2:-500}
source scripts/services.sh
start_flock . idle
ticks=$(getconf CLK_TCK)
postmaster=$(head -1 "$data/postmaster.pid")
# utime + stime of a process and the processes it started, in clock ticks
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
postgres_pids() { echo "$postmaster" $(pgrep -P "$postmaster" || true); }
sleep 15 # settle: start-up work, first claims, JIT
c0=$(cpu_ticks "$cmd") q0=$(cpu_ticks "$qry") p0=$(cpu_ticks $(postgres_pids))
sleep "$seconds"
c1=$(cpu_ticks "$cmd") q1=$(cpu_ticks "$qry") p1=$(cpu_ticks $(postgres_pids))
awk -v c=$((c1 - c0)) -v q=$((q1 - q0)) -v p=$((p1 - p0)) -v t="$ticks" -v s="$seconds" 'BEGIN {
  printf "idle %d s: command side %.2f CPU-s, query side %.2f CPU-s, PostgreSQL %.2f CPU-s; total %.2f %% of one core\n",
    s, c / t, q / t, p / t, 100 * (c + q + p) / t / s }'
python3 scripts/consistency-latency.py -n "$posts"
