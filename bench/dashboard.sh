#!/usr/bin/env bash
# Alliance dashboard benchmark: 100,000 agreements of one alliance on PostgreSQL (with their parties,
# types, yearly reports and outputs); measures the dashboard page and its JSON with wrk beside a
# static file, and the dashboard's heaviest query alone with pgbench. Writes
# bench/results/dashboard-<date>.md.
#
#   bash bench/dashboard.sh      # defaults: 16 connections, 30 s per endpoint
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8099}
DB=${DB:-vocbridge_bench_dashboard}
PGHOST=${PGHOST:-127.0.0.1}
WORK=bench/results/tmp-dashboard
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
  java -Xmx2g -jar "$JAR" --spring.profiles.active=postgres --vocbridge.demo-data=true --server.port="$PORT" > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do
    grep -q "Search index is up to date" "$WORK/app-$1.log" && return 0
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; exit 1
}
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; }
APP=
trap 'stop' EXIT

start demo   # schema and demo data
stop
psql -h "$PGHOST" -U postgres -d "$DB" -q -f bench/generate-agreements.sql
start bench  # the signed agreements are indexed at start-up
URL="http://127.0.0.1:$PORT"
ALLIANCE=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select id from directory_alliance where name ->> 'en' = 'Yangtze Workshop'")
AGREEMENTS=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from cooperation_agreement where alliance_id = $ALLIANCE")

: > "$WORK/table.md"
measure() {  # file name, label, then wrk arguments
  local file=$1 label=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-10s}" "$@" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/$file.txt"
  echo "| $label | $(awk '/Requests\/sec/ {print $2}' "$WORK/$file.txt") | $(awk '$1 == "50%" {print $2}' "$WORK/$file.txt") | $(awk '$1 == "99%" {print $2}' "$WORK/$file.txt") | $(grep -E "Non-2xx|Socket errors" "$WORK/$file.txt" | tr '\n' ' ' || true) |" >> "$WORK/table.md"
}
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
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, on the same machine. Target: p99 under 200 ms."
  echo
  echo "| endpoint | req/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|"
  cat "$WORK/table.md"
  echo
  echo "pgbench, the yearly sums query alone: $(grep -E '^tps' "$WORK/pgbench.txt" | head -n 1); $(grep -E 'latency average' "$WORK/pgbench.txt")"
} > "$out"
cat "$out"
