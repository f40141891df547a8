#!/usr/bin/env bash
# Reproduces the issue-2 figures in BENCHMARKS.md, side by side in one run:
#   1. a fresh JVM that loads all twelve embedded OEWS years, May 2014-2025 (java -jar target/wage-outlook.jar
#      datasets), wall time of the whole process, median of N runs; side by side, a fresh Python process that
#      reads the same twelve workbooks with pandas (bench/pandas_read_all.py), timed the same way;
#   2. reading one official national .xlsx in-process, warmed: JMH (wage-outlook, fastexcel raw, POI raw)
#      and pandas.read_excel on the same file.
# Needs: mvn, java 17, python3 with pandas and openpyxl (pip install --no-index --find-links /opt/pypi/files pandas openpyxl).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
file=${FILE:-datasets/oews/national_M2024_dl.xlsx}

mvn -q -B install -DskipTests
(cd bench && mvn -q -B package)

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%F)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Times a command $runs times as a whole process; prints median, min and max wall milliseconds.
wall() {
  local times=()
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "wall ms: median %d, min %d, max %d\n", m, a[1], a[NR]}'
}
echo "== 1. fresh JVM loading all twelve embedded years: $runs runs"
wall java -jar target/wage-outlook.jar datasets
echo "== 1b. fresh Python process, pandas reading the same twelve workbooks: $runs runs"
wall python3 bench/pandas_read_all.py datasets/oews
echo "== load average after part 1: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== 2. one national workbook in-process ($file)"
python3 bench/pandas_read_excel.py "$file" "$runs"
java -jar bench/target/benchmarks.jar XlsxReadBenchmark -p file="$file" -f 1 -wi 5 -i 5 -w 2 -r 2 2>/dev/null \
  | grep -E "^Benchmark|XlsxReadBenchmark\."
