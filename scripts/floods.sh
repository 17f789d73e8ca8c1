#!/usr/bin/env bash
# The floods of issue 12 (scripts/floods.py) against the packaged services, each in its own JVM with a 512 MB heap,
# on a PostgreSQL started from Maven Central jars. To compare with an earlier build, give its checkout, built with
# `./mvnw -B -DskipTests package`, as the first argument (the PostgreSQL launcher comes from this checkout).
# Usage: scripts/floods.sh [checkout whose jars to run, default this one]
set -euo pipefail
cd "$(dirname "$0")/.."
jars=${1:-.}
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl query-side dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
mkdir -p target
data=$(mktemp -d)
# Settings of this build and of earlier ones (which signed tokens with a shared secret); each takes its own.
export FLOCK_JWT_SIGNING_KEY="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)"
export FLOCK_JWT_PUBLIC_KEYS="$(printf '%s\n' "$FLOCK_JWT_SIGNING_KEY" | openssl pkey -pubout)"
export FLOCK_JWT_SECRET=$(head -c 48 /dev/urandom | base64)
export FLOCK_ADMIN_USERNAME=operator FLOCK_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64)
db="--spring.datasource.url=jdbc:postgresql://localhost:5434/postgres --spring.datasource.username=postgres --spring.datasource.password=postgres"
java -cp "query-side/target/test-classes:query-side/target/classes:$(cat query-side/target/test-classpath.txt)" \
  dev.flock.query.LocalFlock --postgres-only "$data" 5434 > target/floods-postgres.log 2>&1 &
pg=$!
cmd= qry=
trap 'kill $cmd $qry 2>/dev/null || true; wait $cmd $qry 2>/dev/null || true; kill $pg || true; wait $pg || true; rm -rf "$data"' EXIT
until grep -q "PostgreSQL is running" target/floods-postgres.log; do kill -0 $pg || { cat target/floods-postgres.log; exit 1; }; sleep 1; done
java -Xmx512m -jar "$jars"/command-side/target/command-side-*-exec.jar $db > target/floods-command.log 2>&1 &
cmd=$!
java -Xmx512m -jar "$jars"/query-side/target/query-side-*-exec.jar $db > target/floods-query.log 2>&1 &
qry=$!
healthy() { curl -sf "localhost:$1/actuator/health" > /dev/null || curl -sf "localhost:$2/actuator/health" > /dev/null; }
until healthy 9080 8080 && healthy 9081 8081; do
  kill -0 $cmd && kill -0 $qry || { tail -20 target/floods-command.log target/floods-query.log; exit 1; }
  sleep 1
done
python3 scripts/floods.py
