#!/usr/bin/env bash
# Awards benchmark (JMH): the conflicts of interest of a call of 2,000 entries and 300 jurors as the
# application computes them (entries indexed by person, organization, country and venture) beside
# the naive loop over every juror-entry pair, and the assignment of the entries to the jurors, three
# each, by minimum-cost flow under every hard constraint. Writes bench/results/awards-<date>.md.
#
#   bash bench/awards.sh
#   ITERATIONS=3 bash bench/awards.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ITERATIONS=${ITERATIONS:-5}
WORK=target/bench-awards
source bench/jmh.sh
jmh_run AwardsBench \
  -wi 2 -w 10s -i "$ITERATIONS" -r 10s \
  -jvmArgs "-Xms2g -Xmx2g"

STAMP=$(date -u +%Y-%m-%dT%H%M)
OUT="bench/results/awards-$STAMP.md"
python3 - "$WORK/result.json" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc) cores; $(java -version 2>&1 | head -n 1)" > "$OUT" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print(f"# Awards benchmark, {sys.argv[2]}\n")
print(f"Machine: {sys.argv[3]}; JMH 1.37, one fork, heap 2 GB, sample time.")
print("Data (seed 20261210): 2,000 entries of 1-4 people and an organization among 1,500, a fifth of them ventures with a mentor; 300 jurors with a current and up to two past affiliations; 3,000 co-authored resources and 2,000 agreements among 6,000 people and 1,500 organizations; 12 countries.")
print("Targets (issue 21): conflicts for 2,000 entries x 300 jurors in <= 1 s; assignment of 2,000 entries to 300 jurors, 3 per entry, in <= 10 s.\n")
print("| benchmark | samples | p50 ms | p95 ms | p99 ms | mean ms |")
print("|---|---|---|---|---|---|")
names = {"conflicts": "conflicts, indexed (ConflictRules)", "naiveConflicts": "conflicts, naive loop over every juror-entry pair", "assignment": "assignment by minimum-cost flow, 3 jurors per entry, at most 40 each, at most one from the entrant's country"}
for r in rows:
    m = r["primaryMetric"]; p = m["scorePercentiles"]
    name = r["benchmark"].rsplit(".", 1)[1]
    print(f"| {names[name]} | {sum(c for fork in m['rawDataHistogram'] for it in fork for _, c in it):,} | {p['50.0']:.2f} | {p['95.0']:.2f} | {p['99.0']:.2f} | {m['score']:.2f} |")
PY
cat "$OUT"
