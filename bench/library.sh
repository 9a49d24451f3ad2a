#!/usr/bin/env bash
# Library search benchmark: N published resources (default 1,000,000) in mixed Chinese, English and
# Russian on PostgreSQL; measures the mass indexing rate at start-up, then the library search API
# with wrk (17 queries in turn, see library-queries.txt; CONNECTIONS clients for throughput, one client
# for latency) beside a static file, and the same queries
# run straight on the same Lucene index with an IndexSearcher (RawLuceneSearch.java), one thread for
# latency and CONNECTIONS threads for throughput. Writes bench/results/library-<date>.md.
#
#   bash bench/library.sh                 # 1,000,000 resources, 16 connections, 30 s per endpoint
#   N=100000 DURATION=10s bash bench/library.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
DB=${DB:-vocbridge_bench_library}
WORK=bench/results/tmp-library
APP_ARGS=--vocbridge.demo-data=true   # the organizations and the alliance the resources belong to
# shellcheck source=bench/common.sh
source bench/common.sh

start demo
stop
psql -h "$PGHOST" -U postgres -d "$DB" -q -v n="$N" -f bench/generate-resources.sql
start index   # the resource index is rebuilt from the database here
rebuild=$(grep -o "Rebuilt the Resource index.*" "$WORK/app-index.log" | head -n 1 || true)
records=$(echo "$rebuild" | sed -E 's/.*: ([0-9]+) records in ([0-9]+) ms/\1/')
millis=$(echo "$rebuild" | sed -E 's/.*: ([0-9]+) records in ([0-9]+) ms/\2/')
rate=$(( records * 1000 / (millis > 0 ? millis : 1) ))

measure static "static file" "$URL/assets/css/app.css"
measure search "library search API (/api/v1/resources?q=…, 17 queries), $CONNECTIONS clients" -s bench/library-search.lua "$URL"
CONNECTIONS=1 THREADS=1 measure search-one "library search API, one client" -s bench/library-search.lua "$URL"
stop

./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
raw=$(java -cp "target/classes:$(cat "$WORK/classpath.txt")" bench/RawLuceneSearch.java \
  "$VOCBRIDGE_DATA_DIR/index/resource" bench/library-queries.txt "$CONNECTIONS" "${DURATION%s}")

out="bench/results/library-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Library search benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version')."
  echo "Data: $(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from library_resource where status = 'PUBLISHED'") published resources (zh/en/ru), Lucene index on local disk."
  echo "Mass indexing at start-up: ${rebuild:-no rebuild} = $rate records/s."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint $WARMUP_RULE, server and wrk on the same machine."
  echo "Target: search p50 ≤ 15 ms, p99 ≤ 100 ms (latency: one client, as raw Lucene's latency is one thread)."
  echo
  cat "$WORK/table.md"
  echo
  echo "Raw Lucene IndexSearcher, the same queries on the same index (one thread for latency, $CONNECTIONS for throughput): $raw"
} > "$out"
cat "$out"
