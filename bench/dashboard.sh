#!/usr/bin/env bash
# Alliance dashboard benchmark: 100,000 agreements of one alliance on PostgreSQL (with their parties,
# types, yearly reports and outputs); times the first dashboard request (which computes the figures)
# and measures the dashboard page and its JSON with wrk beside a static file, and the dashboard's
# heaviest query alone with pgbench. Writes
# bench/results/dashboard-<date>.md.
#
#   bash bench/dashboard.sh      # defaults: 16 connections, 30 s per endpoint
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-vocbridge_bench_dashboard}
WORK=bench/results/tmp-dashboard
APP_ARGS=--vocbridge.demo-data=true   # the alliance and organizations the agreements refer to
# shellcheck source=bench/common.sh
source bench/common.sh

start demo   # schema and demo data
stop
psql -h "$PGHOST" -U postgres -d "$DB" -q -f bench/generate-agreements.sql
start bench  # the signed agreements are indexed at start-up
ALLIANCE=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select id from directory_alliance where name ->> 'en' = 'Yangtze Workshop'")
AGREEMENTS=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from cooperation_agreement where alliance_id = $ALLIANCE")

# the first request computes the figures (as the first one after any write to the alliance does); later ones are served from the cache
COLD=$(curl -s -o /dev/null -w '%{time_total}' "$URL/api/v1/alliances/$ALLIANCE/numbers")
WARM=$(curl -s -o /dev/null -w '%{time_total}' "$URL/api/v1/alliances/$ALLIANCE/numbers")
measure static "static file" "$URL/assets/css/app.css"
measure api "dashboard JSON (/api/v1/alliances/$ALLIANCE/numbers)" "$URL/api/v1/alliances/$ALLIANCE/numbers"
measure page "dashboard page (/alliances/$ALLIANCE/numbers)" "$URL/alliances/$ALLIANCE/numbers"
stop

# the heaviest query of the dashboard alone, as the database's own limit
cat > "$WORK/sums.sql" <<SQL
select r.report_year, sum(r.students_enrolled), sum(r.graduates), sum(r.teachers_trained)
from cooperation_report r join cooperation_agreement a on a.id = r.agreement_id
where a.alliance_id = $ALLIANCE and a.status in ('SIGNED','ACTIVE','COMPLETED','TERMINATED') group by r.report_year;
SQL
pgbench -h "$PGHOST" -U postgres -n -c "$CONNECTIONS" -j "$THREADS" -T 15 -f "$WORK/sums.sql" "$DB" > "$WORK/pgbench.txt" 2>&1 || true

out="bench/results/dashboard-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Alliance dashboard benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version')."
  echo "Data: $AGREEMENTS agreements in one alliance, $(psql -h "$PGHOST" -U postgres -d "$DB" -Atc 'select count(*) from cooperation_report') yearly reports."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint $WARMUP_RULE, on the same machine. Target: p99 under 200 ms."
  echo
  echo "One client: the first dashboard request (computes the figures, like the first after a write) ${COLD}s; the next ${WARM}s."
  echo
  cat "$WORK/table.md"
  echo
  echo "pgbench, the yearly sums query alone: $(grep -E '^tps' "$WORK/pgbench.txt" | head -n 1); $(grep -E 'latency average' "$WORK/pgbench.txt")"
} > "$out"
cat "$out"
