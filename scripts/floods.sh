#!/usr/bin/env bash
# Two floods of hostile load (scripts/floods.py) against the packaged services, each in its own JVM with a 512 MB heap,
# on a PostgreSQL started from Maven Central jars. To compare with an earlier build, give its checkout, built with
# `./mvnw -B -DskipTests package`, as the first argument (PostgreSQL's launcher comes from this checkout).
# Usage: scripts/floods.sh [checkout whose jars to run, default this one]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
start_flock "${1:-.}" floods
python3 scripts/floods.py
