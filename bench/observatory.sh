#!/usr/bin/env bash
# Observatory benchmark: N published observations (default 10,000,000) on PostgreSQL. Measures the
# open data API for one indicator's totals across all countries and 20 years (a different indicator
# per request) and for all its breakdowns, beside pgbench running the same SQL alone; then a full
# CSV export of every observation through the API, with the application's heap capped at 256 MB
# (constant memory), beside PostgreSQL's COPY of the same rows. Writes bench/results/observatory-<date>.md.
#
#   bash bench/observatory.sh                  # 10,000,000 observations, 16 connections, 30 s per endpoint
#   N=1000000 DURATION=10s bash bench/observatory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000000}
DB=${DB:-vocbridge_bench_observatory}
WORK=bench/results/tmp-observatory
APP_ARGS=--vocbridge.demo-data=true   # the countries, their first releases and the demo indicators
# shellcheck source=bench/common.sh
source bench/common.sh

start demo
stop
psql -h "$PGHOST" -U postgres -d "$DB" -q -v n="$N" -f bench/generate-observations.sql > "$WORK/generate.txt"
observations=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from observatory_observation")
indicators=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from observatory_indicator where code like 'BENCH.%'")
export INDICATORS=$indicators
countries=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from observatory_release where number = 1")

JAVA_HEAP=-Xmx256m start api
measure static "static file" "$URL/assets/css/app.css"
QUERY="&breakdown=total" measure totals "one indicator, totals, all countries × 20 years ($((countries * 20)) rows)" -s bench/observatory-series.lua "$URL"
QUERY="" measure all "one indicator, every breakdown, all countries × 20 years ($((countries * 20 * 45)) rows)" -s bench/observatory-series.lua "$URL"
CONNECTIONS=1 THREADS=1 QUERY="&breakdown=total" measure totals-one "one indicator, totals, one client" -s bench/observatory-series.lua "$URL"

start_ms=$(date +%s%3N)
curl -sf "$URL/api/v1/observatory/observations.csv" -o "$WORK/all.csv"
export_ms=$(( $(date +%s%3N) - start_ms ))
rows=$(( $(wc -l < "$WORK/all.csv") - 1 ))
bytes=$(stat -c %s "$WORK/all.csv")
heap=$(jcmd "$APP" GC.heap_info | head -n 3 | tr -s ' ' | tr '\n' ' ')
rm -f "$WORK/all.csv"
stop

cat > "$WORK/series.sql" <<SQL
\set n random(1, $indicators)
select i.code, o.country, o.period, o.breakdown, o.obs_value, o.flags, o.confidential, o.note, o.release_number, r.demo
from observatory_observation o join observatory_indicator i on i.id = o.indicator_id
join observatory_release r on r.country = o.country and r.number = o.release_number
where o.replaced_in is null and i.code = 'BENCH.' || lpad(:n::text, 4, '0') and o.breakdown = ''
order by i.code, o.country, o.period, o.breakdown;
SQL
pgbench -h "$PGHOST" -U postgres -n -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "$WORK/series.sql" "$DB" > "$WORK/pgbench.txt" 2>&1
pgbench -h "$PGHOST" -U postgres -n -c 1 -j 1 -T "${DURATION%s}" -r -f "$WORK/series.sql" "$DB" > "$WORK/pgbench-one.txt" 2>&1
start_ms=$(date +%s%3N)
psql -h "$PGHOST" -U postgres -d "$DB" -q -c "\copy (select i.code, o.country, o.period, o.obs_value, o.flags, o.confidential, o.breakdown, o.note, o.release_number, r.demo from observatory_observation o join observatory_indicator i on i.id = o.indicator_id join observatory_release r on r.country = o.country and r.number = o.release_number where o.replaced_in is null order by i.code, o.country, o.period, o.breakdown) to '/dev/null' with csv"
copy_ms=$(( $(date +%s%3N) - start_ms ))

out="bench/results/observatory-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Observatory benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version')."
  echo "Data: $observations published observations ($indicators benchmark indicators with 45 breakdown combinations each, the demo countries, 2005–2024, plus the demo figures). Application heap capped at 256 MB."
  echo "wrk: $THREADS threads, $CONNECTIONS connections (unless one client is said), $DURATION per endpoint $WARMUP_RULE, server and wrk on the same machine."
  echo "Target: the API query for one indicator across all countries and 20 years under 100 ms at p99; a full CSV export in constant memory."
  echo
  cat "$WORK/table.md"
  echo
  echo "Plain SQL, the same query (totals of one random indicator) with pgbench: $CONNECTIONS clients: $(grep -E '^tps' "$WORK/pgbench.txt" | head -n 1); $(grep -E 'latency average' "$WORK/pgbench.txt"); one client: $(grep -E 'latency average' "$WORK/pgbench-one.txt")."
  echo
  echo "Full CSV export through the API: $rows rows, $bytes bytes in $export_ms ms with a 256 MB heap; heap afterwards: $heap"
  echo "PostgreSQL COPY of the same rows to /dev/null: $copy_ms ms."
} > "$out"
cat "$out"
