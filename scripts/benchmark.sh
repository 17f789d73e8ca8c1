#!/usr/bin/env bash
# The benchmark harness: builds the services, then runs dev.flock.benchmark.Benchmark, which starts PostgreSQL
# from Maven Central jars and the packaged services, generates a power-law dataset, measures Flock and the
# baselines in one run and writes target/benchmark/report.md and latency.png.
# Usage: scripts/benchmark.sh [-Dusers=60000 -DcelebrityFollowers=50000 -Dfollows=5 -Dposts=60000 -Dseconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -Pbenchmark -pl benchmark-seed,benchmark package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx1g "$@" -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" dev.flock.benchmark.Benchmark
