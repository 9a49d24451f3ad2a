#!/usr/bin/env bash
# Directory benchmark: 100,000 organizations on PostgreSQL; measures the start-up index rebuild,
# then the list page, its htmx fragment and the search API with wrk, each beside a static file
# served by the same server. Writes bench/results/directory-<date>.md.
#
#   bash bench/run.sh            # defaults: 16 connections, 30 s per endpoint
#   DURATION=10s CONNECTIONS=8 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-vocbridge_bench}
WORK=bench/results/tmp
# shellcheck source=bench/common.sh
source bench/common.sh

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

curl -fsS "$URL/api/v1/organizations?size=1" > /dev/null
measure static "static file (/assets/css/app.css)" "$URL/assets/css/app.css"
measure list "list page (/organizations)" "$URL/organizations"
measure fragment "htmx fragment (/organizations?country=…)" -s bench/htmx.lua "$URL"
measure search "search API (/api/v1/search, 8 queries), $CONNECTIONS clients" -s bench/search-queries.lua "$URL"
CONNECTIONS=1 THREADS=1 measure search-one "search API, one client" -s bench/search-queries.lua "$URL"
total=$(curl -fsS "$URL/api/v1/organizations?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
stop

# the same queries straight on the same indexes: the engine's limit (RawLuceneSearch.java)
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
indexes=$(find "$VOCBRIDGE_DATA_DIR/index" -mindepth 1 -maxdepth 1 -type d | sort | paste -sd, -)
raw=$(java -cp "target/classes:$(cat "$WORK/classpath.txt")" bench/RawLuceneSearch.java \
  "$indexes" bench/search-queries.txt "$CONNECTIONS" "${DURATION%s}" name,description)

out="bench/results/directory-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Directory benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -n 1)."
  echo "Data: $total organizations on PostgreSQL ($(psql -h "$PGHOST" -U postgres -Atc 'show server_version')), Lucene index on local disk."
  echo "Start-up including the index rebuild: ${startup%.*} s (${rebuild:-no rebuild})."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint $WARMUP_RULE, server and wrk on the same machine."
  echo
  cat "$WORK/table.md"
  echo
  echo "Raw Lucene IndexSearcher, the search API's queries on the same indexes (one thread for latency, $CONNECTIONS for throughput): $raw"
} > "$out"
cat "$out"
