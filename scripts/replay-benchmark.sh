#!/usr/bin/env bash
# Replay speed on a 1,000,000-event store against the INSERT .. SELECT floor, on this machine (ReplayBenchmark).
# Usage: scripts/replay-benchmark.sh [-Dusers=20000 -Dfollows=10 -Dposts=780000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl query-side dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Xmx1g "$@" -cp "query-side/target/test-classes:query-side/target/classes:$(cat query-side/target/test-classpath.txt)" \
  dev.flock.query.ReplayBenchmark
