#!/usr/bin/env bash
# Ventures' duplicate check benchmark: N ventures (default 100,000) written straight into PostgreSQL
# with their name keys (bench/VentureDuplicates.java, using the application's NameKeys), then the
# duplicate check API with 200 probe names in turn (venture-duplicates.lua) with one client for
# latency (p50, p95, p99) and CONNECTIONS for throughput, beside a static file; and the same probes
# checked by a full scan of every name in memory (the check without its indexed candidates).
# Writes bench/results/ventures-<date>.md.
#
#   bash bench/ventures.sh                 # 100,000 ventures, 30 s per endpoint
#   N=10000 DURATION=10s bash bench/ventures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
DB=${DB:-vocbridge_bench_ventures}
WORK=bench/results/tmp-ventures
APP_ARGS=--vocbridge.demo-data=false
# shellcheck source=bench/common.sh
source bench/common.sh

start schema
stop
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null
CP="target/classes:$(cat "$WORK/classpath.txt")"
export PROBES="$WORK/probes.txt"
java -cp "$CP" bench/VentureDuplicates.java load "$N" "jdbc:postgresql://$PGHOST:5432/$DB" "$PROBES"
start index

measure static "static file" "$URL/assets/css/app.css"
CONNECTIONS=1 THREADS=1 measure check-one "duplicate check (/api/v1/ventures/duplicates?name=…, 200 probes), one client" -s bench/venture-duplicates.lua "$URL"
p95=$(awk '/^p95/ {print $2}' "$WORK/check-one.txt")
measure check "duplicate check, $CONNECTIONS clients" -s bench/venture-duplicates.lua "$URL"
stop
scan=$(java -cp "$CP" bench/VentureDuplicates.java scan "jdbc:postgresql://$PGHOST:5432/$DB" "$PROBES")

out="bench/results/ventures-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Ventures' duplicate check benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version')."
  echo "Data: $(psql -h "$PGHOST" -U postgres -d "$DB" -Atc 'select count(*) from ventures_venture') ventures with $(psql -h "$PGHOST" -U postgres -d "$DB" -Atc 'select count(*) from ventures_venture_name') names (en, ru, zh; every fifth with a legal form as a second name)."
  echo "wrk: $DURATION per endpoint $WARMUP_RULE, server and wrk on the same machine."
  echo "Target (issue 19): the check of a new name among 100,000 ventures in ≤ 50 ms p95."
  echo
  cat "$WORK/table.md"
  echo
  echo "Duplicate check, one client: p95 $p95."
  echo
  echo "Beside it, the naive check: $scan."
} > "$out"
cat "$out"
