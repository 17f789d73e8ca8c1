#!/usr/bin/env bash
# Commits per second of one event insert under three numbering schemes, at 1 and 16 clients, 3 rounds each.
# Usage: scripts/bench-global-index/run.sh "host=localhost dbname=flock user=flock password=..."
set -euo pipefail
cd "$(dirname "$0")"
conn=$1
psql "$conn" -q -f setup.sql
for round in 1 2 3; do
  for clients in 1 16; do
    for scheme in identity seq1 seq50; do
      tps=$(pgbench "$conn" -n -M prepared -c "$clients" -j "$(( clients < 2 ? clients : 2 ))" -T 8 -f "$scheme.sql" 2>/dev/null | awk '/^tps/ {print $3}')
      echo "round=$round clients=$clients scheme=$scheme tps=$tps"
    done
  done
done
