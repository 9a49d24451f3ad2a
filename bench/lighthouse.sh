#!/usr/bin/env bash
# Lighthouse (mobile, its default throttling) on the pages a newcomer meets first, on the embedded
# default with the demo data. Writes bench/results/lighthouse-<date>.md.
#
#   bash bench/lighthouse.sh          # needs Chromium and npm (lighthouse 12 is fetched by npx)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
URL="http://localhost:$PORT"
WORK=bench/results/tmp/lighthouse
rm -rf "$WORK" && mkdir -p "$WORK"
./mvnw -q -B -DskipTests package
java -jar target/vocbridge-0.1.0-SNAPSHOT.jar --server.port="$PORT" --vocbridge.data-dir="$WORK/data" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until grep -q "VocBridge is ready" "$WORK/app.log"; do
  kill -0 $APP 2>/dev/null || { tail -n 20 "$WORK/app.log"; exit 1; }
  sleep 1
done

yangtze=$(curl -fsS "$URL/api/v1/alliances" | python3 -c 'import json,sys; print(next(a["id"] for a in json.load(sys.stdin) if a["name"].get("zh","").startswith("长江工坊")))')
out="bench/results/lighthouse-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# Lighthouse (mobile), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; lighthouse 12 in $(chromium --version 2>/dev/null || echo Chromium); embedded default with the demo data."
  echo
  echo "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$out"
for page in "/?lang=en" "/alliances/$yangtze?lang=zh" "/observatory/indicators/TVET.ENROL?lang=ru" "/library?lang=en" "/surveys/sco_youth_2026?lang=zh"; do
  report="$WORK/$(echo "$page" | tr -c 'A-Za-z0-9' _).json"
  CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} npx -y lighthouse@12 "$URL$page" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox"
  python3 - "$page" "$report" >> "$out" <<'PY'
import json, sys
page, report = sys.argv[1], json.load(open(sys.argv[2]))
score = lambda c: round(report["categories"][c]["score"] * 100)
value = lambda a: report["audits"][a]["displayValue"]
print(f"| `{page}` | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} | "
      f"{value('first-contentful-paint')} | {value('largest-contentful-paint')} | {value('total-blocking-time')} | "
      f"{value('cumulative-layout-shift')} |")
PY
done
cat "$out"
