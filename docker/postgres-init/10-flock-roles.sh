#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises its data directory: creates a role per service with only
# the rights it needs (sql/flock-roles.sql). The passwords come from the environment, never from this repository.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v command_password="${FLOCK_COMMAND_DB_PASSWORD:?set FLOCK_COMMAND_DB_PASSWORD}" \
  -v query_password="${FLOCK_QUERY_DB_PASSWORD:?set FLOCK_QUERY_DB_PASSWORD}" \
  -f /docker-entrypoint-initdb.d/sql/flock-roles.sql
