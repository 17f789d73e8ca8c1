#!/usr/bin/env bash
# A 10-minute soak of the packaged services, each in its own JVM with a 512 MB heap, on a PostgreSQL started from
# Maven Central jars (data in a temporary directory). Prints a line a minute, the error count, and each service's
# heap after a full GC at the start and at the end.
# Usage: scripts/soak.sh [rate per second, default 100] [seconds, default 600]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-100}
seconds=${2:-600}
./mvnw -q -B -DskipTests install
./mvnw -q -B -pl query-side dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
mkdir -p target
data=$(mktemp -d)
export FLOCK_JWT_SIGNING_KEY="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)"
export FLOCK_JWT_PUBLIC_KEYS="$(printf "%s\n" "$FLOCK_JWT_SIGNING_KEY" | openssl pkey -pubout)"
export FLOCK_ADMIN_USERNAME=operator FLOCK_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64)
db="--spring.datasource.url=jdbc:postgresql://localhost:5434/postgres --spring.datasource.username=postgres --spring.datasource.password=postgres"
java -cp "query-side/target/test-classes:query-side/target/classes:$(cat query-side/target/test-classpath.txt)" \
  dev.flock.query.LocalFlock --postgres-only "$data" 5434 > target/soak-postgres.log 2>&1 &
pg=$!
cmd= qry=
trap 'kill $cmd $qry 2>/dev/null || true; wait $cmd $qry 2>/dev/null || true; kill $pg || true; wait $pg || true; rm -rf "$data"' EXIT
until grep -q "PostgreSQL is running" target/soak-postgres.log; do kill -0 $pg || { cat target/soak-postgres.log; exit 1; }; sleep 1; done
java -Xmx512m -jar command-side/target/command-side-*-exec.jar $db > target/soak-command.log 2>&1 &
cmd=$!
java -Xmx512m -jar query-side/target/query-side-*-exec.jar $db > target/soak-query.log 2>&1 &
qry=$!
until curl -sf localhost:9080/actuator/health > /dev/null && curl -sf localhost:9081/actuator/health > /dev/null; do
  sleep 1
done
python3 scripts/soak.py --rate "$rate" --seconds "$seconds" --pids "$cmd,$qry"
echo "server-side errors logged: command side $(grep -c ' ERROR ' target/soak-command.log || true)," \
  "query side $(grep -c ' ERROR ' target/soak-query.log || true)"
