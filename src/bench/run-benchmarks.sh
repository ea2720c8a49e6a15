#!/usr/bin/env bash
# The benchmark suite of BENCHMARKS.md, in one command: builds, generates the data sets (cached),
# measures Loopwatch and its two baselines (naive loops; hand-written plain Drools) in the same run,
# checks loop recall against the generator's ground truth, and renders the results into BENCHMARKS.md.
#
#   src/bench/run-benchmarks.sh              full size (10k, 100k, 1M deals); updates BENCHMARKS.md, raw results in target/bench-results/
#   src/bench/run-benchmarks.sh --with-10m   the same and 10M deals (1M companies): generating and running it takes long
#   src/bench/run-benchmarks.sh --quick      small sizes, few iterations; renders target/bench-results-quick/BENCHMARKS.md
#
# Options: --with-10m (add the largest size: 10M deals, or 40k in --quick), --sizes LIST (the sizes
# to run, comma-separated: 10k,100k,1M,10M; in --quick 1k,2k,4k,40k), --skip-build (reuse target/),
# --render-only (render the last run's raw results again), --help.
# Environment: BENCH_CAP_SECONDS (one whole process; default 300), BENCH_JMH_CAP_SECONDS (one JMH
# run of one benchmark on one input; default 600), BENCH_RUNS (whole-process runs after a first
# unmeasured one; default 5), BENCH_JAVA_OPTS (JVM options for the measured processes; default none),
# BENCH_10M_JAVA_OPTS (added at the 10M size, to every process and to the generator; default -Xmx10g),
# BENCH_10M_CAP_SECONDS (one whole process at 10M; default 1800), BENCH_10M_RUNS (timed runs at 10M;
# default 2), BENCH_NO_HYPERFINE=1 (time with date even where hyperfine is installed).
# A measurement that exceeds its cap is killed and reported as "> cap", not left out; a baseline over
# the cap at one size is not run at the larger ones (reported as over the cap there too).
set -euo pipefail

# All in one function, so that bash has read the whole script before it runs any of it: editing or
# checking out this file during a long run cannot change the run.
main() {
  cd "$(dirname "$0")/../.."
  ROOT=$(pwd)

  MODE=full
  BUILD=1
  RENDER_ONLY=0
  WITH_LARGE=0
  SIZES_ARG=
  while [ $# -gt 0 ]; do
    case "$1" in
      --quick) MODE=quick ;;
      --skip-build) BUILD=0 ;;
      --render-only) RENDER_ONLY=1; BUILD=0 ;;
      --with-10m) WITH_LARGE=1 ;;
      --sizes) [ $# -ge 2 ] || { echo "run-benchmarks.sh: --sizes needs a list, e.g. --sizes 1M,10M" >&2; exit 2; }
        SIZES_ARG=$2; shift ;;
      --sizes=*) SIZES_ARG=${1#--sizes=} ;;
      -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
      *) echo "run-benchmarks.sh: unknown option '$1'; expected --quick, --with-10m, --sizes LIST, --skip-build, --render-only or --help" >&2; exit 2 ;;
    esac
    shift
  done

  CAP=${BENCH_CAP_SECONDS:-300}
  JMH_CAP=${BENCH_JMH_CAP_SECONDS:-600}
  JAVA_OPTS=(${BENCH_JAVA_OPTS:-})
  LARGE_JAVA_OPTS=(${BENCH_10M_JAVA_OPTS--Xmx10g})
  LARGE_CAP=${BENCH_10M_CAP_SECONDS:-1800}
  MAX_LOOP=4
  SEED=1
  # Sizes: label:companies:deals:planted-loops. Ten deals per company, as at 1 M deals with 100 k
  # companies. TARGET_SIZE is the one the size targets name (1M); LARGE_SIZE is opt-in (--with-10m):
  # whole-process figures and recall only, with its own JVM options, cap and number of runs.
  if [ "$MODE" = full ]; then
    RUNS=${BENCH_RUNS:-5}
    LARGE_RUNS=${BENCH_10M_RUNS:-2}
    SIZE_TABLE=(10k:1000:10000:10 100k:10000:100000:100 1M:100000:1000000:1000 10M:1000000:10000000:10000)
    DEFAULT_SIZES=10k,100k,1M
    TARGET_SIZE=1M
    LARGE_SIZE=10M
    LIVE_SIZE=100k
    GENERATED_RULES=1000
    JMH_OPTS=()                                  # the iteration counts in the benchmark classes
    RESULTS=target/bench-results
    OUTPUT_MD=BENCHMARKS.md
  else
    RUNS=${BENCH_RUNS:-3}
    LARGE_RUNS=${BENCH_10M_RUNS:-1}
    SIZE_TABLE=(1k:100:1000:4 2k:200:2000:6 4k:400:4000:8 40k:4000:40000:40)
    DEFAULT_SIZES=1k,2k,4k
    TARGET_SIZE=4k
    LARGE_SIZE=40k
    LIVE_SIZE=2k
    GENERATED_RULES=100
    JMH_OPTS=(-wi 1 -i 2 -w 1s -r 1s)
    RESULTS=target/bench-results-quick
    OUTPUT_MD=$RESULTS/BENCHMARKS.md
  fi
  # The 1M run with a small heap (a target: Loopwatch finishes 1 M deals in 1.5 GB of heap).
  SMALL_HEAP=-Xmx1500m
  [ -n "$SIZES_ARG" ] || SIZES_ARG=$DEFAULT_SIZES$([ "$WITH_LARGE" = 0 ] || echo ",$LARGE_SIZE")
  SIZES=()
  for wanted in ${SIZES_ARG//,/ }; do
    found=
    for size in "${SIZE_TABLE[@]}"; do
      if [ "${size%%:*}" = "${wanted^^}" ] || [ "${size%%:*}" = "${wanted,,}" ]; then found=$size; fi
    done
    [ -n "$found" ] || { echo "run-benchmarks.sh: unknown size '$wanted' in --sizes; expected some of: $(printf '%s ' "${SIZE_TABLE[@]%%:*}")" >&2; exit 2; }
    SIZES+=("$found")
  done
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
    echo "targetSize=$TARGET_SIZE"
    echo "largeSize=$LARGE_SIZE"
    echo "largeJavaOpts=${LARGE_JAVA_OPTS[*]:-}"
    echo "largeCap=$LARGE_CAP"
    echo "largeRuns=$LARGE_RUNS"
    echo "smallHeap=$SMALL_HEAP"
    echo "liveSize=$LIVE_SIZE"
    echo "generatedRules=$GENERATED_RULES"
  } > "$RESULTS/machine.properties"

  # --- data sets, cached by their parameters and the generator's source ----------------------------
  # A set written by an older generator may not load any more (the fact format moved on: amounts
  # left out now need disclosed: false), so .complete holds a hash of the generator's source and a
  # set whose hash differs is generated again.
  local generator
  generator=$(cat src/main/java/io/loopwatch/generate/*.java | sha256sum | cut -c1-16)
  : > "$RESULTS/datasets.properties"
  for size in "${SIZES[@]}"; do
    IFS=: read -r label companies deals loops <<< "$size"
    dir="$DATA/c$companies-d$deals-l$loops-m$MAX_LOOP-s$SEED"
    if [ "$(cat "$dir/.complete" 2>/dev/null)" != "$generator" ]; then
      log "generating $label: $companies companies, $deals deals, $loops planted loops"
      rm -rf "$dir"
      local gen_opts=()
      [ "$label" != "$LARGE_SIZE" ] || gen_opts=("${LARGE_JAVA_OPTS[@]}")
      /usr/bin/time -v -o "$dir.time" java "${gen_opts[@]}" -jar target/loopwatch.jar generate --companies "$companies" \
        --deals "$deals" --loops "$loops" --max-loop-length "$MAX_LOOP" --seed "$SEED" --out "$dir" > "$dir.log" 2>&1 \
        || { cat "$dir.log" >&2; exit 1; }
      echo "$generator" > "$dir/.complete"
    fi
    echo "$label=$dir:$companies:$deals:$loops:$(wc -l < "$dir/ground-truth.jsonl")" >> "$RESULTS/datasets.properties"
  done
  data_dir() { grep "^$1=" "$RESULTS/datasets.properties" | cut -d= -f2 | cut -d: -f1; }

  # --- whole-process measurements ----------------------------------------------------------------
  # measure ID OUTPUT-FILE COMMAND...: one unmeasured run under the cap (it warms the file cache, and
  # its output is the one checked for recall), then runs_now timed runs (with runs_now=0, the first
  # run is the measurement: wall from date, peak RSS from /usr/bin/time). Wall time from hyperfine (or
  # date), peak RSS from /usr/bin/time -v for every run. cap_now is the cap of each run.
  # Files: process/ID.{cmd,cap,status,time,wall,hyperfine.json,err}.
  cap_now=$CAP
  runs_now=$RUNS
  measure() {
    local id=$1 out=$2; shift 2
    local base="$RESULTS/process/$id" rc=0 start end
    printf '%q ' "$@" > "$base.cmd"
    echo "$cap_now" > "$base.cap"
    log "$id: ${*//$BENCH_CP/\$BENCH_CP}"
    start=$(date +%s%N)
    timeout -k 10 "$cap_now" /usr/bin/time -v -o "$base.probe.time" "$@" > "$out" 2> "$base.err" || rc=$?
    end=$(date +%s%N)
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
      echo "capped" > "$base.status"; log "$id: over the ${cap_now} s cap; recorded as > cap"; return 0
    elif [ "$rc" != 0 ] && grep -qiE 'OutOfMemoryError|out of memory' "$base.err"; then
      echo "out of memory" > "$base.status"; log "$id: out of memory (see $base.err)"; return 0
    elif [ "$rc" != 0 ]; then
      echo "failed exit $rc" > "$base.status"; log "$id: failed with exit $rc (see $base.err)"; return 0
    fi
    if [ "$runs_now" = 0 ]; then
      mv "$base.probe.time" "$base.time"
      awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", (e - s) / 1e9 }' > "$base.wall"
      echo "ok" > "$base.status"
      return 0
    fi
    local timed
    timed="/usr/bin/time -v -a -o $(printf '%q' "$base.time") timeout -k 10 $cap_now $(cat "$base.cmd") > $(printf '%q' "$out.run") 2>> $(printf '%q' "$base.err")"
    if [ -n "$HYPERFINE" ]; then
      "$HYPERFINE" --runs "$runs_now" --style none --export-json "$base.hyperfine.json" "$timed" > "$base.hyperfine.log" 2>&1 || rc=$?
    else
      local i
      for ((i = 1; i <= runs_now; i++)); do
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

  # recall ID DATA-DIR REPORT [--length N]: the report's loops against the ground truth (of length N only).
  recall() {
    local id=$1 dir=$2 out=$3; shift 3
    if [ "$(status "$id")" = ok ]; then
      java -cp "$BENCH_CP" io.loopwatch.bench.LoopRecall "$dir" "$out" "$RESULTS/recall/$id.json" "$@" \
        > "$RESULTS/recall/$id.log" 2>&1 || log "$id: recall check failed (see $RESULTS/recall/$id.log)"
    fi
    rm -f "$out"
  }

  scratch=$(mktemp -d "${TMPDIR:-/tmp}/loopwatch-bench.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  mkdir "$scratch/empty"

  # bin/loopwatch takes JVM options from the java launcher's own variable.
  CDS_RUN=(bin/loopwatch run)
  [ ${#JAVA_OPTS[@]} = 0 ] || CDS_RUN=(env "JDK_JAVA_OPTIONS=${JAVA_OPTS[*]}" bin/loopwatch run)
  log "figure 1: cold start on the bundled data (the hand-written baseline: compile its two rules, empty input)"
  # The README's command; its first, unmeasured run writes the class-data archive the timed runs map.
  measure cold-cds-loopwatch "$scratch/cold-cds.txt" "${CDS_RUN[@]}"
  measure cold-loopwatch "$scratch/cold-loopwatch.txt" java "${JAVA_OPTS[@]}" -jar target/loopwatch.jar run
  measure cold-baseline "$scratch/cold-baseline.json" java "${JAVA_OPTS[@]}" -cp "$BENCH_CP" io.loopwatch.bench.BaselineMain facts
  measure cold-handwritten "$scratch/cold-handwritten.json" java "${JAVA_OPTS[@]}" -cp "$BENCH_CP" io.loopwatch.bench.HandWrittenMain "$scratch/empty"
  # The first run after an edit compiles the rules; the cache off shows what that costs.
  measure cold-nocache-loopwatch "$scratch/cold-nocache.txt" env LOOPWATCH_RULES_CACHE=off java "${JAVA_OPTS[@]}" -jar target/loopwatch.jar run

  log "figure 2: end to end"
  declare -A over_cap=()
  for size in "${SIZES[@]}"; do
    label=${size%%:*}
    dir=$(data_dir "$label")
    opts=("${JAVA_OPTS[@]}")
    cap_now=$CAP
    runs_now=$RUNS
    if [ "$label" = "$LARGE_SIZE" ]; then
      opts+=("${LARGE_JAVA_OPTS[@]}")
      cap_now=$LARGE_CAP
      runs_now=$LARGE_RUNS
    fi
    for system in loopwatch baseline handwritten; do
      id="e2e-$label-$system"
      # A baseline over the cap at a smaller size is over it here too: not run again, at the cost of the cap.
      if [ "$system" != loopwatch ] && [ -n "${over_cap[$system]:-}" ]; then
        echo "capped (skipped: over the cap at ${over_cap[$system]%%:*})" > "$RESULTS/process/$id.status"
        echo "${over_cap[$system]#*:}" > "$RESULTS/process/$id.cap"
        log "$id: skipped, over the cap at ${over_cap[$system]%%:*}"
        continue
      fi
      case "$system" in
        # The README's command (bin/loopwatch: its class-data cache, C1, the throughput collector);
        # the first, unmeasured run writes its cache.
        loopwatch) measure "$id" "$scratch/$id.json" env "JDK_JAVA_OPTIONS=${opts[*]}" bin/loopwatch run --facts "$dir" --format json
          recall "$id" "$dir" "$scratch/$id.json" ;;
        baseline) measure "$id" "$scratch/$id.json" java "${opts[@]}" -cp "$BENCH_CP" io.loopwatch.bench.BaselineMain "$dir"
          recall "$id" "$dir" "$scratch/$id.json" ;;
        handwritten) measure "$id" "$scratch/$id.json" java "${opts[@]}" -cp "$BENCH_CP" io.loopwatch.bench.HandWrittenMain "$dir"
          # Its loop rule finds loops of three companies only.
          recall "$id" "$dir" "$scratch/$id.json" --length 3 ;;
      esac
      [ "$(status "$id")" != capped ] || over_cap[$system]="$label:$cap_now"
    done
    if [ "$label" = "$TARGET_SIZE" ]; then
      # Pass or fail: one run with a small heap (the last -Xmx given wins).
      runs_now=0
      measure "small-heap-$label-loopwatch" "$scratch/small-heap.json" env "JDK_JAVA_OPTIONS=${opts[*]} $SMALL_HEAP" bin/loopwatch run --facts "$dir" --format json
      rm -f "$scratch/small-heap.json"
    fi
  done
  cap_now=$CAP
  runs_now=$RUNS

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
    elif [ "$rc" != 0 ] && grep -qiE 'OutOfMemoryError|out of memory' "$base.log"; then
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
      if [ "$label" = "$LARGE_SIZE" ]; then
        echo "not measured at $label (whole-process figures only)" > "$RESULTS/jmh/evaluate-$label-$system.status"
        continue
      fi
      # evaluate alone cannot beat the whole process it is part of: when that was over the cap, so is this.
      if [[ "$(status "e2e-$label-$system")" == capped* ]]; then
        echo "skipped: whole process over the cap" > "$RESULTS/jmh/evaluate-$label-$system.status"
        log "evaluate-$label-$system: skipped, the whole process was over the cap"
        continue
      fi
      jmh "evaluate-$label-$system" "EvaluateBench.$system\$" -p data="$(data_dir "$label")"
    done
    log "figure 4: live session ($system, $LIVE_SIZE): insertAll, then incremental updates"
    # The live session holds the whole set first; when evaluating it took longer than the cap, so would that.
    for bench in insertall:InsertAllBench incremental:IncrementalBench; do
      if [ -z "$(data_dir "$LIVE_SIZE")" ]; then
        echo "not measured: --sizes left out $LIVE_SIZE" > "$RESULTS/jmh/${bench%%:*}-$LIVE_SIZE-$system.status"
      elif [[ "$(status "e2e-$LIVE_SIZE-$system")" == capped* ]]; then
        echo "skipped: whole process over the cap" > "$RESULTS/jmh/${bench%%:*}-$LIVE_SIZE-$system.status"
        log "${bench%%:*}-$LIVE_SIZE-$system: skipped, the whole process was over the cap"
      else
        jmh "${bench%%:*}-$LIVE_SIZE-$system" "${bench#*:}.$system\$" -p data="$(data_dir "$LIVE_SIZE")"
      fi
    done
    log "figure 5: compile ($system)"
    jmh "compile-bundled-$system" "CompileBench.$system\$" -p ruleSet=bundled
    jmh "compile-generated-$system" "CompileBench.$system\$" -p ruleSet="generated-$GENERATED_RULES"
  done

  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$RESULTS/machine.properties"
  render
}

main "$@"
