#!/usr/bin/env bash
# Makes the small v1 database that UpgradeFromV1IT starts from (system-tests/src/test/resources/v1-database/):
# the release before v2 (commit b91d687) runs the tutorial's story (john, susan, mary, david) against a
# PostgreSQL server, and pg_dump writes the whole database as plain SQL. Run once, by hand; the dump is committed.
#
#   scripts/make-v1-database.sh V1_COMMAND_JAR V1_QUERY_JAR PG_PORT OUT.sql
#
# The jars are the -exec jars of b91d687 (git worktree add /tmp/v1 b91d687 && (cd /tmp/v1 && ./mvnw -o package
# -DskipTests)); PG_PORT a PostgreSQL server on localhost with user postgres (trust) and an empty database
# flock_v1; pg_dump must be of the server's major version or newer.
set -euo pipefail
command_jar=$1 query_jar=$2 pg_port=$3 out=$4
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
export FLOCK_JWT_SIGNING_KEY=$(cat "$work/key.pem") FLOCK_JWT_PUBLIC_KEYS=$(cat "$work/pub.pem")
export FLOCK_ADMIN_USERNAME=operator FLOCK_ADMIN_PASSWORD=v1-operator-password
db=(--spring.datasource.url=jdbc:postgresql://localhost:$pg_port/flock_v1 --spring.datasource.username=postgres
    --spring.datasource.password=postgres)
java -jar "$command_jar" --server.port=18081 --management.server.port=18091 "${db[@]}" > "$work/command.log" 2>&1 &
java -jar "$query_jar" --server.port=18082 --management.server.port=18092 "${db[@]}" > "$work/query.log" 2>&1 &
for port in 18091 18092; do
  until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do sleep 1; done
done

c=http://localhost:18081 q=http://localhost:18082
register() { # name email password
  curl -sf -X POST "$c/api/users" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"email\":\"$2\",\"password\":\"$3\"}" > /dev/null
}
token() { # name password
  curl -sf -X POST "$c/api/tokens" -u "$1:$2" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
last=0
call() { # method path token [json]
  local headers
  headers=$(curl -sf -D - -o /dev/null -X "$1" "$c$2" -H "Authorization: Bearer $3" \
    ${4:+-H 'Content-Type: application/json' -d "$4"})
  last=$(printf '%s' "$headers" | tr -d '\r' | sed -n 's/^Consistency-Token: //Ip')
}

register john john@example.com john-password-v1
register susan Susan@Example.com susan-password-v1
register mary mary@example.com mary-password-v1
register david david@example.com david-password-v1
john=$(token john john-password-v1) susan=$(token susan susan-password-v1)
mary=$(token mary mary-password-v1) david=$(token david david-password-v1)

call PUT /api/users/john/following/susan "$john"
call PUT /api/users/john/following/david "$john"
call PUT /api/users/susan/following/mary "$susan"
call PUT /api/users/mary/following/david "$mary"
call PUT /api/users/susan/following/john "$susan"
call DELETE /api/users/susan/following/john "$susan"
call POST /api/users/john/posts "$john" '{"body":"post from john: v1 secret alpha"}'
call POST /api/users/susan/posts "$susan" '{"body":"post from susan: v1 secret bravo"}'
call POST /api/users/mary/posts "$mary" '{"body":"post from mary: v1 secret charlie"}'
call POST /api/users/david/posts "$david" '{"body":"post from david: v1 secret delta"}'
call POST /api/users/david/posts "$david" '{"body":"second post from david: v1 secret echo"}'
# enough events in john's stream for a snapshot (v1 snapshots held the set of followed users)
for i in $(seq 1 105); do
  call POST /api/users/john/posts "$john" "{\"body\":\"john's post number $i: v1 secret foxtrot $i\"}"
done
curl -sf -X PUT "$c/api/users/susan/password" -u susan:susan-password-v1 -H 'Content-Type: application/json' \
  -d '{"password":"susan-password-v1-changed"}' -D "$work/headers" -o /dev/null
last=$(tr -d '\r' < "$work/headers" | sed -n 's/^Consistency-Token: //Ip')

# every view caught up with the last command: each read waits for the views it reads to pass the token
for path in /api/users/john/timeline /api/users/john /api/users/john/followers /api/users/john/posts; do
  curl -sf "$q$path" -H "Authorization: Bearer $john" -H "Consistency-Token: $last" > /dev/null
done
kill $(jobs -p); wait || true

pg_dump -h localhost -p "$pg_port" -U postgres --inserts --no-owner --no-privileges flock_v1 \
  | grep -v '^\\' > "$out"
echo "wrote $out: $(grep -c '^INSERT' "$out") rows"
