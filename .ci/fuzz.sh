#!/usr/bin/env bash
# Fuzzes every reader, the OEWS zip handling and the BLS API answer parser for a bounded time, one target per JVM
# (Jazzer runs one fuzz test per run). A target is a ReadersFuzzTest method, or Class#method for another class.
# Usage: .ci/fuzz.sh [seconds-per-target, default 30] [maven flags, e.g. -o]
# A finding fails the run; Jazzer writes the input as crash-<sha1> next to the seeds
# (src/test/resources/io/github/wageoutlook/<package>/<Class>Inputs/<target>/), where it becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=(oewsXlsx oewsCsv oewsCsvParts projectionsXlsx cpi cpiSeriesReport experienceCsv scenariosCsv
  FetchFuzzTest#oewsZip FetchFuzzTest#apiAnswer)
mvn -B -q "$@" test-compile
status=0
for t in "${targets[@]}"; do
  case "$t" in
    *#*) test="$t" ;;
    *) test="ReadersFuzzTest#$t" ;;
  esac
  log="target/fuzz-${t//#/-}.log"
  # The heap cap turns runaway memory into an OutOfMemoryError, which Jazzer reports as a finding.
  if JAZZER_FUZZ=1 mvn -B "$@" surefire:test -Dtest="$test" -Djazzer.max_duration="${seconds}s" \
      -DargLine=-Xmx1g -DfailIfNoTests=false > "$log" 2>&1; then
    result=ok
  else
    result=FINDING
    status=1
  fi
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
  cov=$(grep -Eo '#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)[[:space:]]+cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 | grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)
  echo "fuzz $t: $result; ${runs:-no run count}; ${cov:-no coverage line}"
  if [ "$result" = FINDING ]; then
    grep -E 'FuzzTestFindingException|Exception:|Test unit written' "$log" | head -5 || true
  fi
done
exit $status
