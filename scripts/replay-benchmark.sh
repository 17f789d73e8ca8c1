#!/usr/bin/env bash
# Replay speed on a 1,000,000-event store against the INSERT .. SELECT floor, on this machine
# (dev.flock.benchmark.ReplaySpeed: the query side in this JVM on a synthetic history).
# Usage: scripts/replay-benchmark.sh [-Dusers=20000 -Dfollows=10 -Dposts=780000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -Pbenchmark -pl benchmark package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx1g "$@" -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" dev.flock.benchmark.ReplaySpeed
