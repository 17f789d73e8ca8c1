# Sourced by scripts/soak.sh and scripts/floods.sh: starts PostgreSQL from Maven Central jars on port 5434 (data in
# a temporary directory) and both packaged services, each in its own JVM with a 512 MB heap, on their default
# ports (API 8080/8081, Actuator 9080/9081); everything stops when the calling script exits. Sets cmd and qry to the
# services' process ids. Secrets are made for the run and never written down.
# Usage: start_flock <checkout whose jars to run> <log name prefix under target/>
start_flock() {
  local jars=$1 prefix=$2
  ./mvnw -q -B -DskipTests install
  ./mvnw -q -B -pl system-tests dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
  mkdir -p target
  data=$(mktemp -d)
  # Settings of this build and of earlier ones (which signed tokens with a shared secret); each takes its own.
  export FLOCK_JWT_SIGNING_KEY="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)"
  export FLOCK_JWT_PUBLIC_KEYS="$(printf '%s\n' "$FLOCK_JWT_SIGNING_KEY" | openssl pkey -pubout)"
  export FLOCK_JWT_SECRET=$(head -c 48 /dev/urandom | base64)
  export FLOCK_ADMIN_USERNAME=operator FLOCK_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64)
  local db="--spring.datasource.url=jdbc:postgresql://localhost:5434/postgres --spring.datasource.username=postgres"
  db="$db --spring.datasource.password=postgres"
  java -cp "system-tests/target/test-classes:$(cat system-tests/target/test-classpath.txt)" \
    dev.flock.system.LocalFlock --postgres-only "$data" 5434 > "target/$prefix-postgres.log" 2>&1 &
  pg=$!
  cmd= qry=
  trap 'kill $cmd $qry 2>/dev/null || true; wait $cmd $qry 2>/dev/null || true; kill $pg || true; wait $pg || true; rm -rf "$data"' EXIT
  until grep -q "PostgreSQL is running" "target/$prefix-postgres.log" 2>/dev/null; do
    kill -0 $pg || { cat "target/$prefix-postgres.log"; exit 1; }
    sleep 1
  done
  java -Xmx512m -jar "$jars"/command-side/target/command-side-*-exec.jar $db > "target/$prefix-command.log" 2>&1 &
  cmd=$!
  java -Xmx512m -jar "$jars"/query-side/target/query-side-*-exec.jar $db > "target/$prefix-query.log" 2>&1 &
  qry=$!
  # Actuator has ports of its own since 2026-12-02; earlier builds answer on the API ports.
  healthy() { curl -sf "localhost:$1/actuator/health" > /dev/null || curl -sf "localhost:$2/actuator/health" > /dev/null; }
  until healthy 9080 8080 && healthy 9081 8081; do
    kill -0 $cmd && kill -0 $qry || { tail -20 "target/$prefix-command.log" "target/$prefix-query.log"; exit 1; }
    sleep 1
  done
}
