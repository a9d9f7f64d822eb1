#!/usr/bin/env bash
# Runs the JMH benchmarks, the readers' CPU times and the heap harness, then prints ONE table of
# ratios against each peer (Markdown, on standard output; progress on standard error).
#
#   benchmarks/run.sh [quick|full]      (quick by default: minutes; full: hours on a shared 2-core machine)
#   SKIP_CPU=1 SKIP_HEAP=1 CPU_READERS="WORKPLAN_STREAMING FASTEXCEL DHATIM" HEAP_READERS="WORKPLAN_STREAMING FASTEXCEL"
#   OUT=dir JAVA=java   (optional)
#
# It builds only when benchmarks/target/benchmarks.jar is missing. JMH's CSV results and the heap
# harness's go to $OUT (a temporary directory unless given); the generated workbooks go to the JVM's
# temporary directory and are deleted at the end.
#
# To add benchmarks: add a line "REGEX|JMH ARGUMENTS" to QUICK and FULL below. In the table, every
# benchmark method named workplan* is compared with every other method of its class run with the
# same parameters (its peers); ExcelReadBenchmark's one method is named after its reader parameter
# (WORKPLAN_STREAMING: workplanStreaming, FASTEXCEL: fastExcel, as ReadCpuTime's and HeapFloor's);
# see RatioTable.java.
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
# the smallest heap each reader needs, on a sheet of this many tasks (HEAP_READERS="WORKPLAN_STREAMING FASTEXCEL"
# limits the readers: each step is a JVM reading the whole sheet, minutes at 1,000,000 tasks)
QUICK_HEAP_TASKS=10000
FULL_HEAP_TASKS=1000000
# the CPU time of each reader's thread (the median of the last 3 of 5 readings in one JVM), on these many tasks:
# one JVM per reader and size, the readers taken in turn at each size so that they share the machine's load;
# the table gives each size's cost per task (µs/task), to see whether it grows with the sheet
QUICK_CPU_TASKS="10000 100000"
FULL_CPU_TASKS="10000 100000 1000000"
# the readers compared (CPU_READERS="WORKPLAN_STREAMING FASTEXCEL" limits them)
CPU_READERS=${CPU_READERS:-"WORKPLAN_STREAMING WORKPLAN_IN_MEMORY POI_USERMODEL POI_SAX FASTEXCEL DHATIM"}
# the CPU time of each writer's thread (the median of the last 3 of 5 writings in one JVM), on these many tasks
QUICK_WRITE_CPU_TASKS="10000"
FULL_WRITE_CPU_TASKS="10000 100000"

case "$MODE" in
  quick) RUNS=("${QUICK[@]}"); HEAP_TASKS=$QUICK_HEAP_TASKS; CPU_TASKS=$QUICK_CPU_TASKS; WRITE_CPU_TASKS=$QUICK_WRITE_CPU_TASKS ;;
  full) RUNS=("${FULL[@]}"); HEAP_TASKS=$FULL_HEAP_TASKS; CPU_TASKS=$FULL_CPU_TASKS; WRITE_CPU_TASKS=$FULL_WRITE_CPU_TASKS ;;
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

# CPU time of the reading and writing threads, steadier than wall time on a shared machine (see CpuTime.java)
if [ "${SKIP_CPU:-}" != 1 ]; then
  echo '"Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: tasks"' > "$OUT/cpu.csv"
  # one JVM for each harness, sheet or report, size: HARNESS NAME TASKS
  cpu() {
    "$JAVA" -Xmx4g -cp "$JAR" "io.workplan.benchmarks.$1" "$2" "$3" 2>> "$OUT/cpu.log" | grep '^"' >> "$OUT/cpu.csv" \
      || { echo "$1 failed for $2 on $3 tasks: see $OUT/cpu.log" >&2; exit 1; }
  }
  for tasks in $CPU_TASKS; do
    for reader in $CPU_READERS; do
      # not the in-memory readers at 1,000,000 tasks: they hold the whole workbook (512 MB of heap at 100,000 tasks)
      if [ "$tasks" -ge 1000000 ] && { [ "$reader" = WORKPLAN_IN_MEMORY ] || [ "$reader" = POI_USERMODEL ]; }; then
        continue
      fi
      cpu ReadCpuTime "$reader" "$tasks"
    done
  done
  echo "ran ReadCpuTime on $CPU_TASKS tasks" >&2
  for tasks in $WRITE_CPU_TASKS; do
    for writer in WORKPLAN RAW_SXSSF; do
      cpu WriteCpuTime "$writer" "$tasks"
    done
  done
  echo "ran WriteCpuTime on $WRITE_CPU_TASKS tasks" >&2
fi

if [ "${SKIP_HEAP:-}" != 1 ]; then
  # shellcheck disable=SC2086
  "$JAVA" -cp "$JAR" io.workplan.benchmarks.HeapFloor "$HEAP_TASKS" "$OUT/heap.csv" ${HEAP_READERS:-} > "$OUT/heap.log" 2>&1 \
    || { echo "the heap harness failed: see $OUT/heap.log" >&2; exit 1; }
  echo "ran the heap harness on $HEAP_TASKS tasks" >&2
fi

"$JAVA" -cp "$JAR" io.workplan.benchmarks.RatioTable "$OUT"/*.csv
echo >&2
echo "results and logs: $OUT" >&2
