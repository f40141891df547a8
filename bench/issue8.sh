#!/usr/bin/env bash
# Reproduces the issue-8 section of BENCHMARKS.md: the issue-8 workloads on a synthetic all-areas OEWS file (404,231 rows,
# 2019+ layout), wage-outlook and the pandas / polars baselines in one run, medians of repeated in-process runs.
#   1 load the CSV   2 load the .xlsx   3 rank of $60,000 in every row   4 P95 of every row
#   5 median of every major group in every area   6 retained heap of 11 stacked copies (4.4 million rows)
# Needs: mvn, java 17, python3 with pandas, polars, numpy, openpyxl
#   (pip install --no-index --find-links /opt/pypi/files pandas polars openpyxl).
# Environment: RUNS (default 5), DATA (default target/bench-issue8; generated there if missing, never committed),
# WORKLOADS (default csv,xlsx,rank,p95,group,heap).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
data=${DATA:-target/bench-issue8}
work=${WORKLOADS:-csv,xlsx,rank,p95,group,heap}
csv=$data/all_data_M2024_synthetic.csv
xlsx=$data/all_data_M2024_synthetic.xlsx

mvn -q -B install -DskipTests
(cd bench && mvn -q -B package)
jar=bench/target/benchmarks.jar
if [[ ! -f $csv || ! -f $xlsx ]]; then
  java -cp "$jar" io.github.wageoutlook.bench.SyntheticAllAreas "$data" 2024 600 both
fi

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u '+%F %H:%M UTC')"
echo "== load before: $(uptime)"
out=$data/results-$(date -u +%H%M%S)
mkdir -p "$out"
speed=$(echo "$work" | tr ',' '\n' | grep -v '^heap$' | paste -sd, || true)
if [[ -n $speed ]]; then
  java -Xmx6g -cp "$jar" io.github.wageoutlook.bench.Issue8Harness "$csv" "$xlsx" "$runs" "$speed" 2>/dev/null \
    | tee "$out/java.txt"
fi
if [[ ,$work, == *,heap,* ]]; then
  java -Xmx8g -cp "$jar" io.github.wageoutlook.bench.Issue8Harness "$csv" "$xlsx" 1 heap 2>/dev/null \
    | grep RESULT | tee -a "$out/java.txt"
fi
echo "== load between: $(uptime)"
python3 bench/issue8_baselines.py "$csv" "$xlsx" "$runs" "$work" 2>/dev/null | tee "$out/python.txt"
echo "== load after: $(uptime)"

python3 - "$out/java.txt" "$out/python.txt" <<'EOF'
import re, sys
def medians(path):
    found = {}
    for line in open(path):
        m = re.match(r"RESULT (.*?) \| median_ms ([\d.]+)", line)
        if m:
            found[m.group(1).strip()] = float(m.group(2))
        m = re.match(r"RESULT (.*?) ([\d.]+) rows=", line)
        if m:
            found[m.group(1).strip()] = float(m.group(2))
    return found
j, p = medians(sys.argv[1]), medians(sys.argv[2])
rows = [
    ("1 load CSV", ["1 load CSV"], "1_load_csv"),
    ("2 load xlsx", ["2 load xlsx"], "2_load_xlsx"),
    ("3 rank of $60,000, all rows", ["3 rank of $60,000 (fitted)", "3 rank of $60,000 (fit+query)"], "3_rank_60000"),
    ("4 P95, all rows", ["4 P95 of every row (fitted)", "4 P95 of every row (fit+query)"], "4_p95"),
    ("5 median per area x major group", ["5 mixture median per area x major group (fitted)",
                                         "5 mixture median per area x major group (fit+query)"], "5_group_median"),
    ("6 retained bytes/row, 11 stacked", ["6_heap_retained_bytes_per_row"], "6_heap_bytes_per_row"),
]
print("\n| workload | wage-outlook | pandas | polars | pandas / wage-outlook | polars / wage-outlook |")
print("|---|---:|---:|---:|---:|---:|")
for name, jkeys, pkey in rows:
    pd_ = p.get(f"pandas {pkey}", p.get(f"numpy(pandas) {pkey}"))
    pl_ = p.get(f"polars {pkey}")
    for jk in jkeys:
        v = j.get(jk)
        if v is None:
            continue
        label = name + (" (model fitted)" if "fitted" in jk else " (fit + query)" if "fit+query" in jk else "")
        unit = "" if pkey.startswith("6") else " ms"
        ratio = lambda b: f"{b / v:.2f}" if b is not None and v > 0 else "n/a"
        fmt = lambda b: "n/a" if b is None else f"{b:,.1f}{unit}"
        print(f"| {label} | {v:,.1f}{unit} | {fmt(pd_)} | {fmt(pl_)} | {ratio(pd_)} | {ratio(pl_)} |")
print("\nratio > 1: wage-outlook is faster (for bytes/row: smaller).")
EOF
