#!/usr/bin/env bash
# The benchmark suite of BENCHMARKS.md, in one command: builds, generates the data sets (cached),
# measures the five figures for Loopwatch and for the naive baseline in the same run, checks loop
# recall against the generator's ground truth, and renders the results into BENCHMARKS.md.
#
#   src/bench/run-benchmarks.sh            full size; updates BENCHMARKS.md, raw results in target/bench-results/
#   src/bench/run-benchmarks.sh --quick    small sizes, few iterations; renders target/bench-results-quick/BENCHMARKS.md
#
# Options: --skip-build (reuse target/), --render-only (render the last run's raw results again), --help.
# Environment: BENCH_CAP_SECONDS (one whole process; default 300), BENCH_JMH_CAP_SECONDS (one JMH
# run of one benchmark on one input; default 600), BENCH_RUNS (whole-process runs after a first
# unmeasured one; default 5), BENCH_JAVA_OPTS (JVM options for the measured processes; default none),
# BENCH_NO_HYPERFINE=1 (time with date even where hyperfine is installed).
# A measurement that exceeds its cap is killed and reported as "> cap", not left out.
set -euo pipefail

# All in one function, so that bash has read the whole script before it runs any of it: editing or
# checking out this file during a long run cannot change the run.
main() {
  cd "$(dirname "$0")/../.."
  ROOT=$(pwd)

  MODE=full
  BUILD=1
  RENDER_ONLY=0
  for arg in "$@"; do
    case "$arg" in
      --quick) MODE=quick ;;
      --skip-build) BUILD=0 ;;
      --render-only) RENDER_ONLY=1; BUILD=0 ;;
      -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
      *) echo "run-benchmarks.sh: unknown option '$arg'; expected --quick, --skip-build, --render-only or --help" >&2; exit 2 ;;
    esac
  done

  CAP=${BENCH_CAP_SECONDS:-300}
  JMH_CAP=${BENCH_JMH_CAP_SECONDS:-600}
  JAVA_OPTS=(${BENCH_JAVA_OPTS:-})
  MAX_LOOP=4
  SEED=1
  # Sizes: label:companies:deals:planted-loops. Ten deals per company, as at 1 M deals with 100 k companies.
  if [ "$MODE" = full ]; then
    RUNS=${BENCH_RUNS:-5}
    SIZES=(10k:1000:10000:10 100k:10000:100000:100 1M:100000:1000000:1000)
    LIVE_SIZE=100k
    GENERATED_RULES=1000
    JMH_OPTS=()                                  # the iteration counts in the benchmark classes
    RESULTS=target/bench-results
    OUTPUT_MD=BENCHMARKS.md
  else
    RUNS=${BENCH_RUNS:-3}
    SIZES=(1k:100:1000:4 2k:200:2000:6 4k:400:4000:8)
    LIVE_SIZE=2k
    GENERATED_RULES=100
    JMH_OPTS=(-wi 1 -i 2 -w 1s -r 1s)
    RESULTS=target/bench-results-quick
    OUTPUT_MD=$RESULTS/BENCHMARKS.md
  fi
  DATA=target/bench-data

  log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

  # --- build -------------------------------------------------------------------------------------
  if [ "$BUILD" = 1 ]; then
    log "building target/loopwatch.jar and the benchmarks (mvn -Pbench package)"
    mvn -B -q -DskipTests -Pbench package
  fi
  [ -f target/loopwatch.jar ] && [ -f target/bench-classpath.txt ] && [ -f target/test-classes/META-INF/BenchmarkList ] || {
    echo "run-benchmarks.sh: target/ has no benchmark build; run without --skip-build" >&2; exit 2; }
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

  # Renders the Results section of OUTPUT_MD (a copy of BENCHMARKS.md in quick mode) from RESULTS.
  render() {
    if [ "$OUTPUT_MD" != BENCHMARKS.md ]; then
      cp BENCHMARKS.md "$OUTPUT_MD"
    fi
    java -cp "$BENCH_CP" io.loopwatch.bench.BenchReport "$RESULTS" "$OUTPUT_MD"
    log "done: results in $RESULTS/ (results.json and the raw files), figures in $OUTPUT_MD"
  }
  if [ "$RENDER_ONLY" = 1 ]; then
    [ -f "$RESULTS/machine.properties" ] || { echo "run-benchmarks.sh: no results in $RESULTS to render" >&2; exit 2; }
    render
    return 0
  fi

  rm -rf "$RESULTS"
  mkdir -p "$RESULTS/process" "$RESULTS/jmh" "$RESULTS/recall" "$DATA"

  # --- hyperfine, if it can be had -----------------------------------------------------------------
  if [ -n "${BENCH_NO_HYPERFINE:-}" ]; then
    HYPERFINE=
  elif ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing hyperfine (apt-get)"
    { apt-get install -y -q hyperfine || { apt-get update -q && apt-get install -y -q hyperfine; }; } >/dev/null 2>&1 \
      || log "could not install hyperfine; timing with /usr/bin/time instead"
  fi
  [ -n "${BENCH_NO_HYPERFINE:-}" ] || HYPERFINE=$(command -v hyperfine || true)
  [ -x /usr/bin/time ] || { echo "run-benchmarks.sh: /usr/bin/time is needed for peak memory (Debian: apt-get install time)" >&2; exit 2; }

  # --- the machine -------------------------------------------------------------------------------
  {
    echo "mode=$MODE"
    echo "started=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([ -z "$(git status --porcelain 2>/dev/null)" ] || echo ' (with uncommitted changes)')"
    echo "nproc=$(nproc)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "java=$(java -version 2>&1 | head -1)"
    echo "jvm=$(java -version 2>&1 | tail -1)"
    echo "os=$(uname -sr)"
    echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -n "$HYPERFINE" ]; then echo "timer=$("$HYPERFINE" --version)"; else echo "timer=date, around each run"; fi
    echo "runs=$RUNS"
    echo "cap=$CAP"
    echo "jmhCap=$JMH_CAP"
    echo "javaOpts=${JAVA_OPTS[*]:-}"
    echo "liveSize=$LIVE_SIZE"
    echo "generatedRules=$GENERATED_RULES"
  } > "$RESULTS/machine.properties"

  # --- data sets, cached by their parameters -----------------------------------------------------
  : > "$RESULTS/datasets.properties"
  for size in "${SIZES[@]}"; do
    IFS=: read -r label companies deals loops <<< "$size"
    dir="$DATA/c$companies-d$deals-l$loops-m$MAX_LOOP-s$SEED"
    if [ ! -f "$dir/.complete" ]; then
      log "generating $label: $companies companies, $deals deals, $loops planted loops"
      rm -rf "$dir"
      java -jar target/loopwatch.jar generate --companies "$companies" --deals "$deals" --loops "$loops" \
        --max-loop-length "$MAX_LOOP" --seed "$SEED" --out "$dir" > "$dir.log" 2>&1 || { cat "$dir.log" >&2; exit 1; }
      touch "$dir/.complete"
    fi
    echo "$label=$dir:$companies:$deals:$loops:$(wc -l < "$dir/ground-truth.jsonl")" >> "$RESULTS/datasets.properties"
  done
  data_dir() { grep "^$1=" "$RESULTS/datasets.properties" | cut -d= -f2 | cut -d: -f1; }

  # --- whole-process measurements ----------------------------------------------------------------
  # measure ID OUTPUT-FILE COMMAND...: one unmeasured run under the cap (it warms the file cache, and
  # its output is the one checked for recall), then RUNS timed runs. Wall time from hyperfine (or
  # date), peak RSS from /usr/bin/time -v for every run. Files: process/ID.{cmd,status,time,wall,hyperfine.json}.
  measure() {
    local id=$1 out=$2; shift 2
    local base="$RESULTS/process/$id" rc=0
    printf '%q ' "$@" > "$base.cmd"
    log "$id: ${*//$BENCH_CP/\$BENCH_CP}"
    timeout -k 10 "$CAP" /usr/bin/time -v -o "$base.probe.time" "$@" > "$out" 2> "$base.err" || rc=$?
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "capped" > "$base.status"; log "$id: over the ${CAP} s cap; recorded as > cap"; return 0
    elif [ "$rc" != 0 ] && grep -q OutOfMemoryError "$base.err"; then
      echo "out of memory" > "$base.status"; log "$id: out of memory (see $base.err)"; return 0
    elif [ "$rc" != 0 ]; then
      echo "failed exit $rc" > "$base.status"; log "$id: failed with exit $rc (see $base.err)"; return 0
    fi
    local timed
    timed="/usr/bin/time -v -a -o $(printf '%q' "$base.time") timeout -k 10 $CAP $(cat "$base.cmd") > $(printf '%q' "$out.run") 2>> $(printf '%q' "$base.err")"
    if [ -n "$HYPERFINE" ]; then
      "$HYPERFINE" --runs "$RUNS" --style none --export-json "$base.hyperfine.json" "$timed" > "$base.hyperfine.log" 2>&1 || rc=$?
    else
      local i start end
      for ((i = 1; i <= RUNS; i++)); do
        start=$(date +%s%N)
        bash -c "$timed" || { rc=$?; break; }
        end=$(date +%s%N)
        awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", (e - s) / 1e9 }' >> "$base.wall"
      done
    fi
    rm -f "$out.run"
    if [ "$rc" != 0 ]; then
      echo "failed in a timed run (exit $rc)" > "$base.status"; log "$id: a timed run failed (exit $rc)"; return 0
    fi
    echo "ok" > "$base.status"
  }

  status() { cat "$RESULTS/process/$1.status" 2>/dev/null || echo "not run"; }

  recall() {
    local id=$1 dir=$2 out=$3
    if [ "$(status "$id")" = ok ]; then
      java -cp "$BENCH_CP" io.loopwatch.bench.LoopRecall "$dir" "$out" "$RESULTS/recall/$id.json" \
        > "$RESULTS/recall/$id.log" 2>&1 || log "$id: recall check failed (see $RESULTS/recall/$id.log)"
    fi
    rm -f "$out"
  }

  scratch=$(mktemp -d "${TMPDIR:-/tmp}/loopwatch-bench.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT

  log "figure 1: cold start on the bundled data"
  measure cold-loopwatch "$scratch/cold-loopwatch.txt" java "${JAVA_OPTS[@]}" -jar target/loopwatch.jar run
  measure cold-baseline "$scratch/cold-baseline.json" java "${JAVA_OPTS[@]}" -cp "$BENCH_CP" io.loopwatch.bench.BaselineMain facts
  # The first run after an edit compiles the rules; the cache off shows what that costs.
  measure cold-nocache-loopwatch "$scratch/cold-nocache.txt" env LOOPWATCH_RULES_CACHE=off java "${JAVA_OPTS[@]}" -jar target/loopwatch.jar run

  log "figure 2: end to end"
  for size in "${SIZES[@]}"; do
    label=${size%%:*}
    dir=$(data_dir "$label")
    measure "e2e-$label-loopwatch" "$scratch/lw.json" java "${JAVA_OPTS[@]}" -jar target/loopwatch.jar run --facts "$dir" --format json
    recall "e2e-$label-loopwatch" "$dir" "$scratch/lw.json"
    measure "e2e-$label-baseline" "$scratch/base.json" java "${JAVA_OPTS[@]}" -cp "$BENCH_CP" io.loopwatch.bench.BaselineMain "$dir"
    recall "e2e-$label-baseline" "$dir" "$scratch/base.json"
  done

  # --- in-process measurements (JMH) -------------------------------------------------------------
  # jmh ID BENCHMARK-REGEX JMH-OPTIONS...: one JMH run under the cap; jmh/ID.{json,log,status}.
  jmh() {
    local id=$1 regex=$2; shift 2
    local base="$RESULTS/jmh/$id" rc=0
    log "$id: JMH $regex $*"
    local jvm=()
    [ ${#JAVA_OPTS[@]} = 0 ] || jvm=(-jvmArgsAppend "${JAVA_OPTS[*]}")
    # -foe: a benchmark that throws fails the run instead of leaving a hole in the results.
    timeout -k 30 "$JMH_CAP" java -cp "$BENCH_CP" org.openjdk.jmh.Main "$regex" "${JMH_OPTS[@]}" "$@" "${jvm[@]}" \
      -foe true -rf json -rff "$base.json" > "$base.log" 2>&1 || rc=$?
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "capped" > "$base.status"; log "$id: over the ${JMH_CAP} s cap; recorded as > cap"
    elif [ "$rc" != 0 ] && grep -q OutOfMemoryError "$base.log"; then
      echo "out of memory" > "$base.status"; log "$id: out of memory (see $base.log)"
    elif [ "$rc" != 0 ] || [ ! -s "$base.json" ] || grep -q '^\[\s*\]$' "$base.json"; then
      echo "failed exit $rc" > "$base.status"; log "$id: failed (see $base.log)"
    else
      echo "ok" > "$base.status"
    fi
  }

  for system in loopwatch baseline; do
    log "figure 3: throughput ($system)"
    for size in "${SIZES[@]}"; do
      label=${size%%:*}
      # evaluate alone cannot beat the whole process it is part of: when that was over the cap, so is this.
      if [ "$(status "e2e-$label-$system")" = capped ]; then
        echo "skipped: whole process over the cap" > "$RESULTS/jmh/evaluate-$label-$system.status"
        log "evaluate-$label-$system: skipped, the whole process was over the cap"
        continue
      fi
      jmh "evaluate-$label-$system" "EvaluateBench.$system\$" -p data="$(data_dir "$label")"
    done
    log "figure 4: incremental ($system, $LIVE_SIZE)"
    # The live session holds the whole set first; when evaluating it took longer than the cap, so would that.
    if [ "$(status "e2e-$LIVE_SIZE-$system")" = capped ]; then
      echo "skipped: whole process over the cap" > "$RESULTS/jmh/incremental-$LIVE_SIZE-$system.status"
      log "incremental-$LIVE_SIZE-$system: skipped, the whole process was over the cap"
    else
      jmh "incremental-$LIVE_SIZE-$system" "IncrementalBench.$system\$" -p data="$(data_dir "$LIVE_SIZE")"
    fi
    log "figure 5: compile ($system)"
    jmh "compile-bundled-$system" "CompileBench.$system\$" -p ruleSet=bundled
    jmh "compile-generated-$system" "CompileBench.$system\$" -p ruleSet="generated-$GENERATED_RULES"
  done

  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$RESULTS/machine.properties"
  render
}

main "$@"
