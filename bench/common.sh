# Shared by the benchmark scripts (sourced, not run): settings, a fresh PostgreSQL database, the
# application started and stopped, and one wrk measurement as a table row. Set DB, WORK and
# APP_ARGS (extra application arguments) before sourcing.
DURATION=${DURATION:-30s}
# each endpoint first runs untimed for a minute: the JIT keeps speeding pages up for that long
WARMUP=${WARMUP:-60s}
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
APP=
trap 'stop' EXIT

: > "$WORK/table.md"
measure() {  # file name, label, then wrk arguments; appends a row to $WORK/table.md
  local file=$1 label=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" > /dev/null   # untimed: lets the JIT compile first
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/$file.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$file.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$file.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$file.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$WORK/$file.txt" | tr '\n' ' ' || true)
  echo "| $label | $rps | $p50 | $p99 | ${errors:-none} |" >> "$WORK/table.md"
}
