#!/usr/bin/env bash
# The stress-test benchmark of BENCHMARKS.md ("Stress tests"): one scenario by each model and a
# sweep of every company on a loop, on a generated data set read in place (never modified).
#
#   src/bench/stress-benchmark.sh DIR [--no-sweep]
#
# DIR is a directory `loopwatch generate` wrote (run-benchmarks.sh caches them under
# target/bench-data/). Builds the test classes unless BENCH_SKIP_BUILD=1; JVM options from
# BENCH_JAVA_OPTS (default -Xmx6g). Prints "name milliseconds detail" lines and the process's
# peak resident memory (from /usr/bin/time, where installed).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "stress-benchmark.sh: pass a generated data directory" >&2; exit 2; }
DATA=$1; shift
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  nice -n 19 mvn -o -q -DskipTests test-compile
fi
nice -n 19 mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/stress-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/stress-classpath.txt)"
JAVA_OPTS=(${BENCH_JAVA_OPTS:--Xmx6g})
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak-rss %M KB" java "${JAVA_OPTS[@]}" -cp "$CP" io.loopwatch.bench.StressMain "$DATA" "$@"
else
  java "${JAVA_OPTS[@]}" -cp "$CP" io.loopwatch.bench.StressMain "$DATA" "$@"
fi
