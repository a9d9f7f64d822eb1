#!/usr/bin/env bash
# Runs the benchmarks and the heap harness, then prints ONE table of ratios against each peer.
#
#   benchmarks/run.sh [quick|full]      (quick by default)
#
# It builds only when benchmarks/target/benchmarks.jar is missing. JMH's CSV results and the heap
# harness's go to $OUT (a temporary directory unless given); the generated workbooks go to the JVM's
# temporary directory and are deleted at the end.
#
# To add benchmarks: add a line "REGEX|JMH ARGUMENTS" to QUICK and FULL below. In the table, every
# benchmark method named workplan* is compared with every other method of its class run with the
# same parameters (its peers); see RatioTable.java.
set -euo pipefail

MODE=${1:-quick}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/workplan-bench-results.XXXXXX")}
JAVA=${JAVA:-java}
# the workbooks the benchmarks generate, shared by their forks
WORKBOOKS="${TMPDIR:-/tmp}/workplan-bench-workbooks"
export WORKPLAN_BENCH_WORKBOOKS="$WORKBOOKS"
trap 'rm -rf "$WORKBOOKS"' EXIT

QUICK=(
  "ExcelReadBenchmark|-p tasks=10000 -f 1 -wi 1 -i 3 -w 2 -r 2"
  "ExcelWriteBenchmark|-p tasks=10000 -f 1 -wi 1 -i 3 -w 2 -r 2"
  "JsonReadBenchmark|-p tasks=10000 -f 1 -wi 2 -i 3 -w 2 -r 2"
  "JsonWriteBenchmark|-p tasks=10000 -f 1 -wi 2 -i 3 -w 2 -r 2"
  "AggregationBenchmark|-p tasks=100000 -f 1 -wi 2 -i 3 -w 2 -r 2"
)
FULL=(
  "ExcelReadBenchmark|-p tasks=10000,100000 -f 1 -wi 2 -i 3 -w 2 -r 3"
  "ExcelReadBenchmark|-p tasks=1000000 -f 1 -wi 1 -i 2 -w 1 -r 1"
  "ExcelWriteBenchmark|-p tasks=10000,100000 -f 1 -wi 2 -i 3 -w 2 -r 3"
  "ExcelWriteBenchmark|-p tasks=1000000 -f 1 -wi 1 -i 2 -w 1 -r 1"
  "JsonReadBenchmark|-p tasks=10000,100000 -f 1 -wi 2 -i 3 -w 2 -r 3"
  "JsonReadBenchmark|-p tasks=1000000 -f 1 -wi 1 -i 2 -w 1 -r 1"
  "JsonWriteBenchmark|-p tasks=10000,100000 -f 1 -wi 2 -i 3 -w 2 -r 3"
  "JsonWriteBenchmark|-p tasks=1000000 -f 1 -wi 1 -i 2 -w 1 -r 1"
  "AggregationBenchmark|-p tasks=10000,100000 -f 1 -wi 2 -i 3 -w 2 -r 3"
  "AggregationBenchmark|-p tasks=1000000 -f 1 -wi 1 -i 2 -w 1 -r 1"
)
# the smallest heap each reader needs, on a sheet of this many tasks
QUICK_HEAP_TASKS=100000
FULL_HEAP_TASKS=1000000

case "$MODE" in
  quick) RUNS=("${QUICK[@]}"); HEAP_TASKS=$QUICK_HEAP_TASKS ;;
  full) RUNS=("${FULL[@]}"); HEAP_TASKS=$FULL_HEAP_TASKS ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac

if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -ntp -q -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$OUT"

n=0
for run in "${RUNS[@]}"; do
  n=$((n + 1))
  regex=${run%%|*}
  args=${run#*|}
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" "$regex" $args -rf csv -rff "$OUT/jmh-$n.csv" > "$OUT/jmh-$n.log" 2>&1 \
    || { echo "JMH failed for $regex: see $OUT/jmh-$n.log" >&2; exit 1; }
  echo "ran $regex ($args)" >&2
done

if [ "${SKIP_HEAP:-}" != 1 ]; then
  "$JAVA" -cp "$JAR" io.workplan.benchmarks.HeapFloor "$HEAP_TASKS" "$OUT/heap.csv" > "$OUT/heap.log" 2>&1 \
    || { echo "the heap harness failed: see $OUT/heap.log" >&2; exit 1; }
  echo "ran the heap harness on $HEAP_TASKS tasks" >&2
fi

"$JAVA" -cp "$JAR" io.workplan.benchmarks.RatioTable "$OUT"/*.csv
echo >&2
echo "results and logs: $OUT" >&2
