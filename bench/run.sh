#!/usr/bin/env bash
# Directory benchmark: 100,000 organizations on PostgreSQL; measures the start-up index rebuild,
# then the list page, its htmx fragment and the search API with wrk, each beside a static file
# served by the same server. Writes bench/results/directory-<date>.md.
#
#   bash bench/run.sh            # defaults: 16 connections, 30 s per endpoint
#   DURATION=10s CONNECTIONS=8 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8099}
DB=${DB:-vocbridge_bench}
PGHOST=${PGHOST:-127.0.0.1}
WORK=bench/results/tmp
mkdir -p "$WORK"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/vocbridge-*.jar | grep -v original | head -n 1)

psql -h "$PGHOST" -U postgres -q -c "drop database if exists $DB with (force)"
psql -h "$PGHOST" -U postgres -q -c "create database $DB"
export VOCBRIDGE_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" VOCBRIDGE_DB_USER=postgres
export VOCBRIDGE_ADMIN_PASSWORD="bench-$(date +%s)-password"
export VOCBRIDGE_DATA_DIR="$PWD/$WORK/data"
rm -rf "$WORK/data"

start() {
  java -Xmx2g -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    grep -q "Search index is up to date" "$WORK/app-$1.log" && return 0
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; exit 1
}
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; }
APP=
trap 'stop' EXIT

# 1. the schema, then 100,000 organizations written straight into the database
start schema
stop
psql -h "$PGHOST" -U postgres -d "$DB" -q -f bench/generate-organizations.sql

# 2. start again: the index is rebuilt from the database at start-up
begin=$(date +%s.%N)
start index
end=$(date +%s.%N)
startup=$(echo "$end - $begin" | bc)
rebuild=$(grep -o "Rebuilt the Organization index.*" "$WORK/app-index.log" | head -n 1 || true)

measure() {  # file name, label, then wrk arguments
  local file=$1 label=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-10s}" "$@" > /dev/null   # untimed: lets the JIT compile first
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/$file.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$file.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$file.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$file.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/$file.txt" | tr '\n' ' ' || true)
  echo "| $label | $rps | $p50 | $p99 | ${errors:-none} |" >> "$WORK/table.md"
}

URL="http://127.0.0.1:$PORT"
curl -fsS "$URL/api/v1/organizations?size=1" > /dev/null
: > "$WORK/table.md"
measure static "static file (/assets/css/app.css)" "$URL/assets/css/app.css"
measure list "list page (/organizations)" "$URL/organizations"
measure fragment "htmx fragment (/organizations?country=…)" -s bench/htmx.lua "$URL"
measure search "search API (/api/v1/search, 8 queries)" -s bench/search-queries.lua "$URL"
total=$(curl -fsS "$URL/api/v1/organizations?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
stop

out="bench/results/directory-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Directory benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -n 1)."
  echo "Data: $total organizations on PostgreSQL ($(psql -h "$PGHOST" -U postgres -Atc 'show server_version')), Lucene index on local disk."
  echo "Start-up including the index rebuild: ${startup%.*} s (${rebuild:-no rebuild})."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, server and wrk on the same machine."
  echo
  echo "| endpoint | req/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|"
  cat "$WORK/table.md"
} > "$out"
cat "$out"
