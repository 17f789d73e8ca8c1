#!/usr/bin/env bash
# What crypto-shredding costs (issue 15): builds the services, then runs dev.flock.benchmark.EncryptionBenchmark,
# which starts PostgreSQL from Maven Central jars and, on two databases, the packaged services with personal fields
# encrypted (as shipped) and in plain text, alternating them round by round; writes
# target/encryption-benchmark/report.md. Usage: scripts/encryption-benchmark.sh [-Drounds=3 -Dseconds=5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests install
./mvnw -q -B -Pbenchmark -pl benchmark package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx1g "$@" -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
  dev.flock.benchmark.EncryptionBenchmark
