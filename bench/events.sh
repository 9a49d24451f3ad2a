#!/usr/bin/env bash
# Events benchmark on PostgreSQL: registration under a rush, and the live page.
#  1. 500 clients register for an event of 5,000 places for 60 s through the API (after an untimed
#     warm-up on another event until the JIT has settled), each event made through the API as an organizer would (its places
#     split into stripes): first as fast as they are answered (the most confirmations per second),
#     then on a fixed arrival schedule of RATE registrations a second in all (p50 and p99 at that
#     rate; an open loop, as wrk2 makes it). For each: requests/s and percentiles of every answer, confirmations/s while places were
#     left (from the confirmed registrations' own times), and the check that the counters equal the
#     confirmed registrations (no overbooking). Beside them, pgbench with 64 clients running the same
#     transaction (a registration row, then the conditional update of a places' counter) on one
#     counter row and on 16 stripes, and the bare conditional update of one counter row: the
#     engine's limits.
#  2. The live page of the demo Kunming roundtable (anonymous viewers), its HLS master playlist and
#     a video segment, beside a static file, 16 clients each.
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
RATE=${RATE:-1000}
APP_ARGS="--vocbridge.demo-data=true"
# shellcheck source=bench/common.sh
source bench/common.sh
sql() { psql -h "$PGHOST" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -Atq -c "$1"; }
ulimit -n 65536 2>/dev/null || true

start rush
admin_token
alliance=$(sql "select min(id) from directory_alliance")
event() {  # capacity: a new event with that many places, made through the API; prints its id
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"CONFERENCE\",\"title\":{\"en\":\"Registration rush\"},\"allianceId\":$alliance,\"zone\":\"Asia/Shanghai\",\"startsAt\":\"2030-01-01T09:00:00\",\"endsAt\":\"2030-01-01T18:00:00\",\"capacity\":$1}" \
    "$URL/api/v1/events" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2
}
rush() {  # file name, label, event id, then extra environment for the Lua script: a table row
  local name=$1 label=$2 id=$3; shift 3
  env EVENT="$id" "$@" wrk -t"$THREADS" -c"$RUSH" -d"$RUSH_DURATION" --latency -s bench/event-register.lua "$URL" > "$WORK/$name.txt"
  local rps p50 p99 errors confirmed waiting taken capacity stripes seconds
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/$name.txt" | tr '\n' ' ' || true)
  late=$(grep -E "^late starts" "$WORK/$name.txt" | grep -v ": 0 of" || true)
  read -r confirmed waiting taken capacity stripes seconds < <(sql "select
      (select count(*) from events_registration where event_id = $id and status = 'CONFIRMED'),
      (select count(*) from events_registration where event_id = $id and status = 'WAITING'),
      sum(q.taken), sum(q.capacity), count(*),
      (select extract(epoch from max(registered_at) - min(registered_at)) from events_registration
        where event_id = $id and status = 'CONFIRMED')
    from events_place_quota q where q.event_id = $id and q.scope = 'EVENT'" | tr '|' ' ')
  echo "| $label | $rps req/s, p50 $p50, p99 $p99, errors: ${errors:-none}${late:+, $late} | $confirmed in $seconds s = $(echo "$confirmed / $seconds" | bc)/s | $waiting | taken $taken of $capacity in $stripes stripes; $confirmed confirmed ($([ "$taken" = "$confirmed" ] && [ "$confirmed" -le "$capacity" ] && echo "equal, no overbooking" || echo "MISMATCH")) |" >> "$WORK/rush.md"
}
EVENT=$(event 1000000)
export EVENT
warm_up -t"$THREADS" -c"$RUSH" -s bench/event-register.lua "$URL"
rush_warmed="$warmed s, $last compiled in the last $WARMUP_ROUND s"
printf '| clients | answered | confirmed while places were left | waiting list | places |\n|---|---|---|---|---|\n' > "$WORK/rush.md"
rush rush "as fast as answered" "$(event "$PLACES")"
rush paced "$RATE/s offered" "$(event "$PLACES")" RATE="$RATE" THREADS="$THREADS"
stripe_event=$(event 1000000)

kunming=$(sql "select id from events_event where starts_at = '2020-12-05 09:00:00'")
printf '| endpoint | req/s | p50 | p99 | errors | warm-up |\n|---|---|---|---|---|---|\n' > "$WORK/table.md"
measure static "static file (/assets/css/app.css)" "$URL/assets/css/app.css"
measure live "live page (/events/$kunming/live)" "$URL/events/$kunming/live"
measure playlist "HLS master playlist (/live/demo/master.m3u8)" "$URL/live/demo/master.m3u8"
measure segment "HLS video segment (/live/demo/video-0.ts, 73 KB)" "$URL/live/demo/video-0.ts"
stop

# the engine's limits: the same transaction on one counter row and on 16 stripes (an event of
# 1,000,000 places has 16), and the bare update of one counter row, straight from pgbench
base=$stripe_event
stripes=$(sql "select count(*) from events_place_quota where event_id = $base and scope = 'EVENT'")
register_sql() {  # the stripe expression: the same transaction as a pgbench script
  cat <<SQL
\\set s random(0, $((stripes - 1)))
begin;
insert into events_registration (event_id, token, email, name, country, category, status, registered_at, changed_at)
values ($base, md5(random()::text), md5(random()::text) || '@example.org', 'Bench Delegate', 'KZ', 'DELEGATE', 'CONFIRMED', now(), now());
update events_place_quota set taken = taken + 1 where event_id = $base and scope = 'EVENT' and scope_id = $base and stripe = $1 and taken < capacity;
commit;
SQL
}
register_sql 0 > "$WORK/register-one-row.sql"
register_sql ":s" > "$WORK/register-stripes.sql"
echo "update events_place_quota set taken = taken + 1 where event_id = $base and scope = 'EVENT' and scope_id = $base and stripe = 0 and taken < capacity;" > "$WORK/counter.sql"
for f in register-one-row register-stripes counter; do
  sql "update events_place_quota set taken = 0 where event_id = $base" > /dev/null  # room for every run
  pgbench -h "$PGHOST" -U postgres -n -c 64 -j "$THREADS" -T "${RUSH_DURATION%s}" -f "$WORK/$f.sql" "$DB" > "$WORK/pgbench-$f.txt" 2>&1
done
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
  echo "wrk: $THREADS threads, $RUSH connections, $RUSH_DURATION each, each on a new event of $PLACES places, after an untimed warm-up on another event until the JIT compiled fewer than $SETTLED methods in $WARMUP_ROUND s ($rush_warmed); server, database and wrk on one machine. Offered: a fixed arrival schedule of $RATE requests a second, each sent on a free connection (late starts, when every connection was busy, are counted)."
  echo
  cat "$WORK/rush.md"
  echo
  echo "| pgbench, 64 clients, ${RUSH_DURATION} | figure |"
  echo "|---|---|"
  echo "| the same transaction on one counter row | $(pgb "$WORK/pgbench-register-one-row.txt") |"
  echo "| the same transaction on $stripes stripes | $(pgb "$WORK/pgbench-register-stripes.txt") |"
  echo "| the bare conditional update of one counter row | $(pgb "$WORK/pgbench-counter.txt") |"
  echo
  echo "## Live page"
  echo
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint $WARMUP_RULE."
  echo
  cat "$WORK/table.md"
} > "$out"
cat "$out"
