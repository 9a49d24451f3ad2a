# Shared by the benchmark scripts (sourced, not run): settings, a fresh PostgreSQL database, the
# application started and stopped, and one wrk measurement as a table row. Set DB, WORK and
# APP_ARGS (extra application arguments) before sourcing.
DURATION=${DURATION:-30s}
# Each endpoint first runs untimed until the JIT has settled: rounds of WARMUP_ROUND seconds until
# one compiles fewer than SETTLED methods (jstat), after WARMUP_MIN and before WARMUP_MAX seconds.
# On 2 cores the one C2 compiler thread shares the CPU with 16 busy request threads: a fixed minute
# measured pages still being compiled, at half their later speed (see README, 2026-12-06).
WARMUP_ROUND=${WARMUP_ROUND:-20}
WARMUP_MIN=${WARMUP_MIN:-60}
WARMUP_MAX=${WARMUP_MAX:-600}
SETTLED=${SETTLED:-30}
WARMUP_RULE="after an untimed warm-up until the JIT compiled fewer than $SETTLED methods in ${WARMUP_ROUND} s (last column)"
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8099}
PGHOST=${PGHOST:-127.0.0.1}
APP_ARGS=${APP_ARGS:-}
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
URL="http://127.0.0.1:$PORT"

start() {  # log name; waits until the search index is up to date
  # shellcheck disable=SC2086
  java "${JAVA_HEAP:--Xmx2g}" -jar "$JAR" --spring.profiles.active=postgres $APP_ARGS --server.port="$PORT" > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do
    grep -q "Search index is up to date" "$WORK/app-$1.log" && return 0
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start"; exit 1
}
stop() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; }
admin_token() {  # an API token of the admin, made through the pages as a person would; sets TOKEN
  local jar=$WORK/cookies token_csrf
  csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
  token_csrf=$(curl -sf -c "$jar" "$URL/login" | csrf)
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$VOCBRIDGE_ADMIN_PASSWORD" --data-urlencode "_csrf=$token_csrf" "$URL/login"
  token_csrf=$(curl -sf -b "$jar" "$URL/account" | csrf)
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "name=bench" --data-urlencode "_csrf=$token_csrf" "$URL/account/tokens"
  TOKEN=$(curl -sf -b "$jar" "$URL/account" | grep -o 'class="token">[^<]*' | sed 's/.*>//')
}
APP=
trap 'stop' EXIT

printf '| endpoint | req/s | p50 | p99 | errors | warm-up |\n|---|---|---|---|---|---|\n' > "$WORK/table.md"
compiled() { jstat -compiler "$APP" | awk 'NR == 2 {print $1}'; }
warm_up() {  # wrk arguments; untimed rounds until the JIT has compiled what they run: sets warmed and last
  local before
  warmed=0
  while :; do
    before=$(compiled)
    wrk -d"${WARMUP_ROUND}s" "$@" > /dev/null
    warmed=$((warmed + WARMUP_ROUND))
    last=$(( $(compiled) - before ))
    if { [ "$warmed" -ge "$WARMUP_MIN" ] && [ "$last" -lt "$SETTLED" ]; } || [ "$warmed" -ge "$WARMUP_MAX" ]; then
      break
    fi
  done
}
measure() {  # file name, label, then wrk arguments; appends a row to $WORK/table.md
  local file=$1 label=$2; shift 2
  warm_up -t"$THREADS" -c"$CONNECTIONS" "$@"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/$file.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$file.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$file.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$file.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/$file.txt" | tr '\n' ' ' || true)
  echo "| $label | $rps | $p50 | $p99 | ${errors:-none} | $warmed s, $last compiled in the last $WARMUP_ROUND s |" >> "$WORK/table.md"
}
