#!/usr/bin/env bash
# Generates OpenAPI Generator's stock Java client (native library, Jackson, Jakarta) from our three
# specs in a scratch folder (never committed) and counts Java lines against ours, runtime counted once.
# Usage: scripts/compare-with-stock.sh [scratch-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${1:-$(mktemp -d)}"
version=7.25.0
./mvnw -B -ntp -q -N dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$version" \
  -DoutputDirectory="$scratch" -Dmdep.stripVersion=true
lines() { find "$@" -name '*.java' -exec cat {} + | wc -l; }
files() { find "$@" -name '*.java' | wc -l; }

printf '| client | stock files | stock lines | our files | our lines |\n|---|---:|---:|---:|---:|\n'
stock_total=0; ours_total=0
for api in optexity deepomatic beatra; do
  java -jar "$scratch/openapi-generator-cli.jar" generate -g java --library native \
    -i "specs/$api.yaml" -o "$scratch/$api" \
    --additional-properties=useJakartaEe=true,serializationLibrary=jackson,hideGenerationTimestamp=true \
    >"$scratch/$api.log" 2>&1
  s=$(lines "$scratch/$api/src/main/java"); o=$(lines "generated-clients/$api/src/main/java")
  printf '| %s | %s | %s | %s | %s |\n' "$api" "$(files "$scratch/$api/src/main/java")" "$s" \
    "$(files "generated-clients/$api/src/main/java")" "$o"
  stock_total=$((stock_total + s)); ours_total=$((ours_total + o))
done
# Waiting, TaskView, paging, retries and the body cap have no stock equivalent: counted apart so the core compares like for like.
# Named by path (not found by name) so a class that moves or disappears fails the script instead of being miscounted.
extras=(TaskView TaskShape WaitOptions Sleeper TaskFailedException WaitTimeoutException RetryPolicy
  support/TaskWaiter support/PollSchedule support/Pages support/LimitedBody)
extra_files=(); for c in "${extras[@]}"; do extra_files+=("runtime/src/main/java/dev/taskclients/runtime/$c.java"); done
extra=$(cat "${extra_files[@]}" | wc -l)
runtime=$(( $(lines runtime/src/main/java) - extra ))
printf '| runtime core (ours, once) | | | %s | %s |\n' "$(( $(files runtime/src/main/java) - ${#extras[@]} ))" "$runtime"
printf '| **total, like for like** | | **%s** | | **%s** (%s%% of stock) |\n' "$stock_total" "$((ours_total + runtime))" \
  "$(( (ours_total + runtime) * 100 / stock_total ))"
printf '| runtime waiting, TaskView, paging, retries, body cap (no stock equivalent) | | | %s | %s |\n' "${#extras[@]}" "$extra"
printf '| **total, everything** | | **%s** | | **%s** (%s%% of stock) |\n' "$stock_total" "$((ours_total + runtime + extra))" \
  "$(( (ours_total + runtime + extra) * 100 / stock_total ))"
echo "stock output kept in $scratch" >&2
