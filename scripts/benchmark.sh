#!/usr/bin/env bash
# Measures our clients against OpenAPI Generator's stock client, plain Jackson and raw java.net.http:
# builds benchmarks/target/benchmarks.jar (./mvnw -Pjmh), checks that every benchmark method produces the right result,
# runs JMH (parse and write of each API's recorded payload, beatra getTask over loopback, allocation with -prof gc),
# measures the ratios with the contenders interleaved in one JVM (Comparison), then times cold starts (JVM start to
# first completed call) as whole processes. About 35 minutes.
#
# Usage: scripts/benchmark.sh [--quick | --check] [--no-build] [JMH arguments, e.g. a benchmark regexp]
#   (default)   full measurement: JMH with each class's own settings (parse/write: 2 forks, 5 × 1 s warm-up,
#               5 × 1 s measurement; calls: 2 forks, 15 × 2 s warm-up, 5 × 2 s measurement); 2 interleaved
#               comparison forks per kind (parse/write: 12 s warm-up, 30 rounds of 80 ms slices; calls: 60 s
#               warm-up, 40 rounds of 300 ms slices); 20 cold starts per client
#   --quick     smoke run: 1 fork, 4 × 1 s warm-up, 3 × 1 s measurement; one short comparison fork per kind;
#               3 cold starts per client (numbers are rough)
#   --check     build and check only, no measurement
#   --waits     only the waits: the concurrent-wait load (WaitLoad: N = 1,000 and 10,000 async waits on one beatra
#               client against a loopback server, 3 fresh JVMs each; wall time, polls, peak threads, heap per
#               waiting task) and the waiter simulation (benchmarks' WaiterSimulationTest, virtual clock)
#   --no-build  reuse benchmarks/target/benchmarks.jar
# Given JMH arguments, only JMH runs (no comparison, no cold starts).
# Extra Maven options go in MAVEN_ARGS (read by Maven itself), e.g. MAVEN_ARGS="-Dmaven.repo.local=/tmp/m2".
# Writes to benchmarks/target/jmh/: results.json (JMH, with error bars), results.txt (JMH's table),
# comparison.tsv (every comparison slice), coldstart.tsv (every cold run), summary.md (the headline tables, also printed
# at the end); with --waits, waits.tsv (every run) and waits.md (the tables).
# A full run rewrites the "full" section of docs/performance.md with summary.md, and --waits its "waits" section;
# a quick run, or one given JMH arguments, only prints (its numbers are rough or partial).
set -euo pipefail

# Replaces what docs/performance.md holds between <!-- benchmark.sh:NAME:start --> and its end marker with a file.
publish() {
  local name=$1 content=$2 doc=docs/performance.md
  grep -q "<!-- benchmark.sh:$name:start -->" "$doc" || { echo "$doc has no $name section" >&2; exit 1; }
  awk -v start="<!-- benchmark.sh:$name:start -->" -v end="<!-- benchmark.sh:$name:end -->" -v file="$content" '
    $0 == start { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$doc" >"$doc.tmp"
  mv "$doc.tmp" "$doc"
  echo "docs/performance.md: $name section rewritten" >&2
}

# Where a run was measured: the commit, the machine's cores and the JVM (no date: the commit says when).
provenance() {
  local commit
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
  $build && commit="Commit $commit" || commit="A benchmarks.jar built before the run (HEAD $commit)"
  echo "$commit, $(nproc) cores, $(java -version 2>&1 | head -1 | sed 's/ [0-9-]*$//')."
}

# All in one function, read whole before it runs: editing this file during a long run cannot derail that run.
main() {
  cd "$(dirname "$0")/.."

  mode=full
  build=true
  while [ $# -gt 0 ]; do
    case "$1" in
      --quick) mode=quick; shift ;;
      --check) mode=check; shift ;;
      --waits) mode=waits; shift ;;
      --no-build) build=false; shift ;;
      *) break ;;
    esac
  done

  out=benchmarks/target/jmh
  jar=benchmarks/target/benchmarks.jar
  pkg=dev.taskclients.benchmarks.jmh

  if $build; then
    mkdir -p benchmarks/target
    echo "building $jar (log: benchmarks/target/jmh-build.log)" >&2
    if ! ./mvnw -B -ntp -Pjmh -pl benchmarks -am package -DskipTests >benchmarks/target/jmh-build.log 2>&1; then
      tail -60 benchmarks/target/jmh-build.log >&2
      exit 1
    fi
  fi
  [ -f "$jar" ] || { echo "$jar is missing: run without --no-build" >&2; exit 1; }
  mkdir -p "$out"

  # Every benchmark method once, its result checked, so that nothing below measures a broken parse or a failed call.
  java -cp "$jar" "$pkg.Check"
  [ "$mode" = check ] && exit 0
  if [ "$mode" = waits ]; then
    printf 'waits\twall_ms\tpolls\tpeak_threads\theap_bytes_per_wait\n' >"$out/waits.tsv"
    for n in 1000 10000 1000 10000 1000 10000; do  # alternating, so drifting machine load hits both sizes alike
      java -cp "$jar" "$pkg.WaitLoad" "$n" >>"$out/waits.tsv"
    done
    # The waiting strategy on a virtual clock: a test of the benchmarks module, which writes its table.
    ./mvnw -B -ntp -q -pl benchmarks -am verify -Dtest='WaiterSimulation*' -Dsurefire.failIfNoSpecifiedTests=false \
      >benchmarks/target/waiter-simulation.log 2>&1 || { tail -40 benchmarks/target/waiter-simulation.log >&2; exit 1; }
    {
      echo "$(provenance) Every wait polls a loopback server whose tasks finish after a few polls; three fresh JVMs"
      echo "per size, alternating. Peak threads are the JVM's, every thread counted."
      echo
      echo "| concurrent waits | wall time (s), median of 3 | polls per wait | peak threads (max) | heap per waiting task (KiB) |"
      echo "|---:|---:|---:|---:|---:|"
      for n in 1000 10000; do
        median=$(awk -F'\t' -v n="$n" 'NR > 1 && $1 == n { print $2 }' "$out/waits.tsv" | sort -n | sed -n 2p)
        awk -F'\t' -v n="$n" -v m="$median" 'NR > 1 && $1 == n { p += $3; t = ($4 > t ? $4 : t); h += $5; k++ }
          END { printf "| %d | %.1f | %.1f | %d | %.1f |\n", n, m / 1000, p / k / n, t, h / k / 1024 }' \
          "$out/waits.tsv"
      done
      echo
      echo "The waiting strategy, on a virtual clock:"
      echo
      cat benchmarks/target/waiter-benchmark.md
    } >"$out/waits.md"
    cat "$out/waits.md"
    publish waits "$out/waits.md"
    exit 0
  fi

  # jmh_run: overrides of the benchmark classes' own fork and iteration settings (none in a full run).
  # json_comparison, call_comparison: warm-up seconds, rounds and slice milliseconds of each Comparison fork.
  if [ "$mode" = quick ]; then
    jmh_run=(-f 1 -wi 4 -w 1s -i 3 -r 1s); json_comparison=(4 10 50); call_comparison=(20 10 300)
    comparison_forks=1; cold_runs=3
  else
    jmh_run=(); json_comparison=(12 30 80); call_comparison=(60 40 300); comparison_forks=2; cold_runs=20
  fi

  # JMH: every benchmark in the jar unless a regexp is given; allocation per operation from -prof gc.
  java -jar "$jar" ${jmh_run[@]+"${jmh_run[@]}"} -prof gc -rf json -rff "$out/results.json" "$@" |
    tee "$out/results.txt"
  if [ $# -gt 0 ]; then
    java -cp "$jar" "$pkg.Report" "$out/results.json" | tee "$out/summary.md"
    exit 0
  fi

  # The ratios: the contenders of each kind interleaved in one JVM, fresh JVMs as forks, JMH's server flag.
  : >"$out/comparison.tsv"
  for kind in $(java -cp "$jar" "$pkg.Comparison" --kinds); do
    case "$kind" in
      latency|throughput) settings=("${call_comparison[@]}") ;;
      *) settings=("${json_comparison[@]}") ;;
    esac
    for fork in $(seq "$comparison_forks"); do
      java -Dsun.net.httpserver.nodelay=true -cp "$jar" "$pkg.Comparison" "$kind" "$fork" "${settings[@]}" \
        "$out/comparison.tsv"
    done
  done

  # Cold start: one server process, started once; each measured process builds a client, makes one call and exits.
  server_out="$out/server.url"
  : >"$server_out"
  java -cp "$jar" "$pkg.LoopbackServer" >"$server_out" &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    [ -s "$server_out" ] && break
    sleep 0.1
  done
  url=$(head -1 "$server_out")
  [ -n "$url" ] || { echo "the loopback server did not start" >&2; exit 1; }

  clients=(Ours Stock Raw)
  printf 'client\trun\tms\n' >"$out/coldstart.tsv"
  for client in "${clients[@]}"; do   # one unmeasured run each: the OS file cache holds the jar for all alike
    java -cp "$jar" "$pkg.ColdStart$client" "$url" >/dev/null
  done
  for run in $(seq "$cold_runs"); do  # alternating, so drifting machine load hits every client alike
    for client in "${clients[@]}"; do
      start=$(date +%s%N)
      java -cp "$jar" "$pkg.ColdStart$client" "$url" >/dev/null
      end=$(date +%s%N)
      printf '%s\t%s\t%s\n' "$client" "$run" "$(( (end - start) / 1000000 ))" >>"$out/coldstart.tsv"
    done
  done

  stats() {  # min and median in ms of one client's runs
    awk -F'\t' -v c="$1" '$1 == c { print $3 }' "$out/coldstart.tsv" | sort -n |
      awk '{ v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d\t%g\n", v[1], m }'
  }
  classes() {  # classes the JVM loads for one cold call
    java -Xlog:class+load=info -cp "$jar" "$pkg.ColdStart$1" "$url" | grep -c '\[class,load\]'
  }

  {
    echo "$(provenance) JMH ${jmh_run[*]:-settings of each class} -prof gc;" \
      "Comparison: $comparison_forks fork(s) per kind; parse/write ${json_comparison[1]} rounds of" \
      "${json_comparison[2]} ms slices after ${json_comparison[0]} s warm-up, calls ${call_comparison[1]} rounds of" \
      "${call_comparison[2]} ms after ${call_comparison[0]} s ($mode run)."
    echo
    java -cp "$jar" "$pkg.Report" "$out/results.json" "$out/comparison.tsv"
    echo
    echo "### Cold start: JVM start to first completed getTask, whole process ($cold_runs runs each, alternating)"
    echo
    echo "| client | min ms | median ms | classes loaded |"
    echo "|---|---:|---:|---:|"
    for client in "${clients[@]}"; do
      IFS=$'\t' read -r min median < <(stats "$client")
      label=$client; [ "$client" = Raw ] && label="Raw (java.net.http + Jackson)"
      echo "| $label | $min | $median | $(classes "$client") |"
    done
    echo
    IFS=$'\t' read -r _ ours_median < <(stats Ours)
    IFS=$'\t' read -r _ stock_median < <(stats Stock)
    ratio=$(awk -v a="$ours_median" -v b="$stock_median" 'BEGIN { printf "%.2f", a / b }')
    # Paired: run i of ours against run i of stock, measured back to back; the median of those ratios.
    paired=$(awk -F'\t' '$1 == "Ours" { o[$2] = $3 } $1 == "Stock" { s[$2] = $3 }
        END { for (r in o) print o[r] / s[r] }' "$out/coldstart.tsv" | sort -g |
      awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    echo "Cold start ours/stock: $ratio (medians); $paired (median of the $cold_runs back-to-back pairs' ratios)"
  } >"$out/summary.md"
  kill "$server_pid" 2>/dev/null || true
  echo
  cat "$out/summary.md"
  if [ "$mode" = full ]; then
    publish full "$out/summary.md"
  fi
}

main "$@"
