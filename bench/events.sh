#!/usr/bin/env bash
# Events benchmark on PostgreSQL: registration under a rush, and the live page.
#  1. 500 clients register for an event of 5,000 places for 60 s through the API (after an untimed
#     minute on another event): requests/s and p99 of every answer, confirmations/s while places
#     were left (from the confirmed registrations' own times), and the check that the counter equals
#     the confirmed registrations (no overbooking). Beside it, pgbench with the same clients running
#     the same transaction (a registration row, then the conditional update of the places' counter)
#     and the bare conditional update of that one counter row alone: the engine's limit.
#  2. The live page of the demo Kunming roundtable, its HLS master playlist and a video segment,
#     beside a static file, 16 clients each.
# Writes bench/results/events-<date>.md.
#
#   bash bench/events.sh
#   DURATION=30s RUSH=200 bash bench/events.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-vocbridge_bench_events}
WORK=bench/results/tmp-events
RUSH=${RUSH:-500}
PLACES=${PLACES:-5000}
RUSH_DURATION=${RUSH_DURATION:-60s}
APP_ARGS="--vocbridge.demo-data=true"
# shellcheck source=bench/common.sh
source bench/common.sh
sql() { psql -h "$PGHOST" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -Atq -c "$1"; }
ulimit -n 65536 2>/dev/null || true

start rush
event() {  # capacity: a new event with that many places; prints its id
  local id
  id=$(sql "insert into events_event (kind, title, time_zone, starts_at, ends_at, revised_at, created_by)
            values ('CONFERENCE', '{\"en\":\"Registration rush\"}', 'Asia/Shanghai', '2030-01-01 09:00', '2030-01-01 18:00', now(), 'bench')
            returning id" | head -n 1)
  sql "insert into events_place_quota (event_id, scope, scope_id, capacity) values ($id, 'EVENT', $id, $1)" > /dev/null
  echo "$id"
}
warm=$(event 100000000)
EVENT=$warm wrk -t"$THREADS" -c"$RUSH" -d60s -s bench/event-register.lua "$URL" > /dev/null
rush=$(event "$PLACES")
EVENT=$rush wrk -t"$THREADS" -c"$RUSH" -d"$RUSH_DURATION" --latency -s bench/event-register.lua "$URL" > "$WORK/rush.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/rush.txt")
p50=$(awk '$1 == "50%" {print $2}' "$WORK/rush.txt")
p99=$(awk '$1 == "99%" {print $2}' "$WORK/rush.txt")
errors=$(grep -E "Non-2xx|Socket errors" "$WORK/rush.txt" | tr '\n' ' ' || true)
read -r confirmed waiting taken capacity seconds < <(sql "select
    (select count(*) from events_registration where event_id = $rush and status = 'CONFIRMED'),
    (select count(*) from events_registration where event_id = $rush and status = 'WAITING'),
    q.taken, q.capacity,
    (select extract(epoch from max(registered_at) - min(registered_at)) from events_registration
      where event_id = $rush and status = 'CONFIRMED')
  from events_place_quota q where q.event_id = $rush and q.scope = 'EVENT'" | tr '|' ' ')
per_second=$(echo "$confirmed / $seconds" | bc)

kunming=$(sql "select id from events_event where starts_at = '2020-12-05 09:00:00'")
printf '| endpoint | req/s | p50 | p99 | errors | warm-up |\n|---|---|---|---|---|---|\n' > "$WORK/table.md"
measure static "static file (/assets/css/app.css)" "$URL/assets/css/app.css"
measure live "live page (/events/$kunming/live)" "$URL/events/$kunming/live"
measure playlist "HLS master playlist (/live/demo/master.m3u8)" "$URL/live/demo/master.m3u8"
measure segment "HLS video segment (/live/demo/video-0.ts, 73 KB)" "$URL/live/demo/video-0.ts"
stop

# the engine's limit: the same transaction, and the bare counter update, straight from pgbench
base=$(event 100000000)
cat > "$WORK/register.sql" <<SQL
begin;
insert into events_registration (event_id, token, email, name, country, category, status, registered_at, changed_at)
values ($base, md5(random()::text), md5(random()::text) || '@example.org', 'Bench Delegate', 'KZ', 'DELEGATE', 'CONFIRMED', now(), now());
update events_place_quota set taken = taken + 1 where event_id = $base and scope = 'EVENT' and scope_id = $base and taken < capacity;
commit;
SQL
echo "update events_place_quota set taken = taken + 1 where event_id = $base and scope = 'EVENT' and scope_id = $base and taken < capacity;" > "$WORK/counter.sql"
pgbench -h "$PGHOST" -U postgres -n -c 64 -j "$THREADS" -T "${RUSH_DURATION%s}" -f "$WORK/register.sql" "$DB" > "$WORK/pgbench-register.txt" 2>&1
pgbench -h "$PGHOST" -U postgres -n -c 64 -j "$THREADS" -T "${RUSH_DURATION%s}" -f "$WORK/counter.sql" "$DB" > "$WORK/pgbench-counter.txt" 2>&1
pgb() { echo "$(grep -E '^tps' "$1" | head -n 1 | sed -E 's/ \(.*//'), $(grep -E 'latency average' "$1")"; }

out="bench/results/events-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Events benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version') (synchronous_commit $(psql -h "$PGHOST" -U postgres -Atc 'show synchronous_commit'))."
  echo "Targets: at least 1,000 confirmations/s with p99 ≤ 250 ms and no overbooking; the live page at 2,000 req/s or more."
  echo
  echo "## Registration rush"
  echo
  echo "wrk: $THREADS threads, $RUSH connections, $RUSH_DURATION, on an event of $PLACES places, after an untimed minute on another event; server, database and wrk on one machine."
  echo
  echo "| | figure |"
  echo "|---|---|"
  echo "| registrations answered | $rps req/s, p50 $p50, p99 $p99, errors: ${errors:-none} |"
  echo "| confirmed while places were left | $confirmed in $seconds s = $per_second confirmations/s |"
  echo "| waiting list | $waiting |"
  echo "| places' counter | taken $taken of $capacity; confirmed registrations $confirmed ($([ "$taken" = "$confirmed" ] && [ "$confirmed" -le "$capacity" ] && echo "equal, no overbooking" || echo "MISMATCH")) |"
  echo "| pgbench, the same transaction, 64 clients | $(pgb "$WORK/pgbench-register.txt") |"
  echo "| pgbench, the bare conditional update of the one counter row, 64 clients | $(pgb "$WORK/pgbench-counter.txt") |"
  echo
  echo "## Live page"
  echo
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint $WARMUP_RULE."
  echo
  cat "$WORK/table.md"
} > "$out"
cat "$out"
