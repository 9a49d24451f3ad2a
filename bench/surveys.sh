#!/usr/bin/env bash
# Surveys benchmark on PostgreSQL: durable submissions through the API (32 clients for 5 minutes,
# each request a new response to the demo youth survey, acknowledged only once committed) beside
# pgbench inserting the same rows one per transaction; then N responses (default 1,000,000) written
# straight into the table, the results and a cross-tab over all of them, and the full CSV and XLSX
# exports with the application's heap capped at 256 MB (constant memory). Writes
# bench/results/surveys-<date>.md.
#
#   bash bench/surveys.sh                        # 32 clients, 5 minutes, 1,000,000 responses
#   DURATION=30s N=100000 bash bench/surveys.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-1000000}
DB=${DB:-vocbridge_bench_surveys}
WORK=bench/results/tmp-surveys
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-300s}
# one source sends everything here: lift the per-source limit a public deployment keeps
APP_ARGS="--vocbridge.demo-data=true --vocbridge.surveys.submissions-per-minute=1000000000 --vocbridge.surveys.submission-burst=100000000"
# shellcheck source=bench/common.sh
source bench/common.sh
count() { psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select count(*) from surveys_response where instance_id like '$1'"; }

start submit
measure submit "submit a response ($CONNECTIONS clients)" -s bench/survey-submit.lua "$URL"
stored=$(count 'uuid:bench-%')
stop

survey=$(psql -h "$PGHOST" -U postgres -d "$DB" -Atc "select id from surveys_survey where form_id = 'sco_youth_2026'")
cat > "$WORK/insert.sql" <<SQL
insert into surveys_response (survey_id, instance_id, answers, answers_hash, language, channel, country, age, submitted_at)
values ($survey, 'uuid:' || gen_random_uuid(),
  '{"country":"KZ","gender":"female","status":"working","in_vet":"no","skills_wanted":"digital languages","study_abroad":"no","business_interest":"not_interested","support_useful":"4"}',
  md5(random()::text) || md5(random()::text), 'en', 'api', 'KZ', 20, now());
SQL
pgbench -h "$PGHOST" -U postgres -n -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "$WORK/insert.sql" "$DB" > "$WORK/pgbench.txt" 2>&1
# the reads are over N responses: pgbench's rows and the submitted ones (counted above) go first
psql -h "$PGHOST" -U postgres -d "$DB" -q -c "delete from surveys_response where not demo"

psql -h "$PGHOST" -U postgres -d "$DB" -q -v n="$N" -f bench/generate-responses.sql > "$WORK/generate.txt"
total=$(count '%')

JAVA_HEAP=-Xmx256m start read
admin_token
timed() {  # label, path: one authenticated GET, its time and answer written to the table
  local status seconds
  read -r status seconds < <(curl -s -o "$WORK/out" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL$2")
  echo "| $1 | $seconds s | HTTP $status, $(stat -c %s "$WORK/out") bytes |" >> "$WORK/reads.md"
}
: > "$WORK/reads.md"
timed "results by country (cold)" "/api/v1/surveys/sco_youth_2026/results?by=country"
timed "results by country" "/api/v1/surveys/sco_youth_2026/results?by=country"
timed "cross-tab country × business interest" "/api/v1/surveys/sco_youth_2026/crosstab?rows=country&columns=business_interest"
timed "cross-tab status × study abroad, published (suppressed)" "/api/v1/surveys/sco_youth_2026/crosstab?rows=status&columns=study_abroad&published=true"
timed "every response as CSV (256 MB heap)" "/api/v1/surveys/sco_youth_2026/responses.csv"
csv_rows=$(( $(wc -l < "$WORK/out") - 1 ))
timed "every response as XLSX (256 MB heap)" "/api/v1/surveys/sco_youth_2026/responses.xlsx"
heap=$(jcmd "$APP" GC.heap_info | head -n 3 | tr -s ' ' | tr '\n' ' ')
rm -f "$WORK/out"
stop

out="bench/results/surveys-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Surveys benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql -h "$PGHOST" -U postgres -Atc 'show server_version') (synchronous_commit $(psql -h "$PGHOST" -U postgres -Atc 'show synchronous_commit'), fsync $(psql -h "$PGHOST" -U postgres -Atc 'show fsync'))."
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION, server, database and wrk on the same machine."
  echo "Target: at least 2,000 durable submissions/s at p99 ≤ 100 ms with no errors; a cross-tab over 1,000,000 responses within 2 s; exports in constant memory."
  echo
  cat "$WORK/table.md"
  echo
  echo "Responses stored by the measured run and its warm-up: $stored (each acknowledged with 201 after its commit)."
  echo "pgbench, the same row inserted one per transaction, $CONNECTIONS clients, $DURATION: $(grep -E '^tps' "$WORK/pgbench.txt" | head -n 1); $(grep -E 'latency average' "$WORK/pgbench.txt")."
  echo
  echo "Reads over $total responses (application heap capped at 256 MB):"
  echo
  echo "| request | time | answer |"
  echo "|---|---|---|"
  cat "$WORK/reads.md"
  echo
  echo "CSV rows: $csv_rows. Heap after the exports: $heap"
} > "$out"
cat "$out"
