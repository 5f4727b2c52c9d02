#!/usr/bin/env bash
# Measures our generator against OpenAPI Generator's stock `java` client (native library, Jackson, Jakarta)
# on a corpus of OpenAPI 3.0 and 3.1 specs: per spec, whether each side generates and compiles, its Java lines, and
# each side's time. Prints the three-spec table of compare-with-stock.sh first; writes everything to
# <scratch>/corpus-comparison.md. Nothing outside the scratch folder is written but ~/.m2 (the install of
# runtime and codegen, so that ours is measured as the working tree is now) and the build's target/ folders.
# Usage: scripts/compare-corpus-with-stock.sh [scratch-dir] [corpus-dir...]
#   corpus: every *.yaml|*.yml|*.json below the corpus dirs whose top level says `openapi: 3.0.x` or `3.1.x`;
#   default ../shared/corpus and specs/corpus (relative to the repository).
set -euo pipefail
scratch=$(realpath -m "${1:-$(mktemp -d)}"); shift || true
roots=(); for r in "$@"; do roots+=("$(realpath -m "$r")"); done
cd "$(dirname "$0")/.."
[ ${#roots[@]} -gt 0 ] || roots=("$(realpath -m ../shared/corpus)" "$PWD/specs/corpus")
mkdir -p "$scratch"
mvn() { ./mvnw -B -ntp -q "$@" </dev/null; }
lines() { if [ -d "$1" ]; then find "$1" -name '*.java' -exec cat {} + | wc -l; else echo 0; fi; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }'; }

# The three-spec table; it also fetches the stock generator's jar into the scratch folder.
three=$(scripts/compare-with-stock.sh "$scratch")
cli="$scratch/openapi-generator-cli.jar"
stock_version=$(java -jar "$cli" version)

mvn -o install -pl runtime,codegen -DskipTests
# Snapshot the jars at once: others may rebuild target/ while the measurement runs.
# Every POM says ${revision}; the version is set in .mvn/maven.config.
version=$(sed -n 's/.*-Drevision=\([^[:space:]]*\).*/\1/p' .mvn/maven.config)
[ -n "$version" ] || { echo "no -Drevision=... in .mvn/maven.config" >&2; exit 1; }
mkdir -p "$scratch/jars"
cp "runtime/target/taskclients-runtime-$version.jar" "codegen/target/taskclients-codegen-$version.jar" "$scratch/jars/"
mvn dependency:build-classpath -pl codegen -DincludeScope=runtime -Dmdep.outputFile="$scratch/codegen.cp"
mvn dependency:build-classpath -pl runtime -DincludeScope=compile -Dmdep.outputFile="$scratch/runtime.cp"
ours_cp="$scratch/jars/taskclients-codegen-$version.jar:$(cat "$scratch/codegen.cp")"
ours_compile_cp="$scratch/jars/taskclients-runtime-$version.jar:$(cat "$scratch/runtime.cp")"

# One driver for both sides, so both are timed the same way: one JVM per side, every spec generated and
# then compiled in-process with javax.tools, spec after spec. It is test code of corpus-tests (CorpusRun, package
# dev.taskclients.corpus.comparison, tested by CorpusRunTest), which lists the corpus with the gate's own discovery;
# copied at once, like the jars.
mvn -o test-compile -pl corpus-tests -am
driver="$scratch/driver"; rm -rf "$driver"; cp -r corpus-tests/target/test-classes "$driver"
corpus_run=dev.taskclients.corpus.comparison.CorpusRun
java -cp "$driver:$ours_cp" "$corpus_run" list "$scratch/specs.tsv" "${roots[@]}"

# Both generators log through SLF4J (ours: slf4j-simple, stock: logback); both are held to warnings so
# neither pays for INFO logging the other skips.
printf '%s' '<configuration><appender name="e" class="ch.qos.logback.core.ConsoleAppender"><target>System.err</target>' \
  '<encoder><pattern>%level %logger{0} %msg%n</pattern></encoder></appender><root level="WARN"><appender-ref ref="e"/></root></configuration>' \
  >"$scratch/logback-warn.xml"
quiet=(-Dorg.slf4j.simpleLogger.defaultLogLevel=warn "-Dlogback.configurationFile=$scratch/logback-warn.xml")

# Stock compiles each spec against what its own generated pom.xml asks for, and that varies (httpmime only
# with multipart bodies, ...). So an untimed first stock pass writes the poms; each distinct set of their
# dependencies and versions becomes a scratch project, resolved once (test scope left out).
rm -rf "$scratch"/{probe,ours,stock,ours-classes,stock-classes,cp-ours,cp-stock,stock-deps}
mkdir -p "$scratch"/{cp-ours,cp-stock,stock-deps}
java "${quiet[@]}" -cp "$driver:$cli" "$corpus_run" stock "$scratch/specs.tsv" "$scratch/probe" - "$scratch/probe.tsv" \
  >"$scratch/probe.log" 2>&1
dep_plugin="org.apache.maven.plugins:maven-dependency-plugin:$(
  sed -n 's|.*<artifactId>maven-dependency-plugin</artifactId><version>\([^<]*\)<.*|\1|p' build-parent/pom.xml):build-classpath"
resolve_stock() { mvn "${@:2}" -f "$1.xml" -DincludeScope=compile -Dmdep.outputFile="$1.cp" "$dep_plugin"; }
while IFS=$'\t' read -r _ _ folder _ _; do
  printf '%s' "$ours_compile_cp" >"$scratch/cp-ours/$folder"
  pom="$scratch/probe/stock/$folder/pom.xml"; [ -f "$pom" ] || continue
  deps=$(sed -n -e '/^    <dependencies>/,/^    <\/dependencies>/p' -e '/^    <properties>/,/^    <\/properties>/p' "$pom")
  deps_set="$scratch/stock-deps/$(md5sum <<<"$deps" | cut -c1-12)"
  if [ ! -f "$deps_set.cp" ]; then
    printf '%s\n' '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' \
      '<groupId>scratch</groupId><artifactId>stock-deps</artifactId><version>0</version><packaging>pom</packaging>' \
      "$deps" '</project>' >"$deps_set.xml"
    resolve_stock "$deps_set" -o >/dev/null 2>&1 || resolve_stock "$deps_set" # online only when ~/.m2 lacks a version the pom asks for
  fi
  cp "$deps_set.cp" "$scratch/cp-stock/$folder"
done <"$scratch/specs.tsv"

run_side() { # side, class path to run the generator
  local start; start=$(date +%s%N)
  java "${quiet[@]}" -cp "$driver:$2" "$corpus_run" "$1" "$scratch/specs.tsv" "$scratch" "$scratch/cp-$1" "$scratch/$1.tsv" \
    >"$scratch/$1.log" 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 )) >"$scratch/$1.jvm-ms"
}
load=$(cut -d' ' -f1-3 /proc/loadavg)
run_side ours "$ours_cp"
run_side stock "$cli"

# The corpus gate's verdicts, when it has run (its two reports: the corpus, and the real-world specs): a spec
# passes when it compiled and no check failed; with how many checks passed.
gate_reports=(); for r in corpus-tests/target/corpus-report.md corpus-tests/target/corpus-report-real-world.md; do
  [ -f "$r" ] && gate_reports+=("$r"); done
gate_report=${gate_reports[0]:-}
declare -A gate=()
for r in "${gate_reports[@]}"; do
  while IFS=$'\t' read -r spec verdict; do gate[$spec]=$verdict; done < <(awk -F'|' '
    /^## Summary/ { on = 1; next } /^## / { on = 0 }
    on && /^\|/ { for (i = 2; i <= 7; i++) gsub(/^ +| +$/, "", $i)
      if ($2 == "Spec" || $2 ~ /^-+$/) next
      print $2 "\t" ($4 != "yes" ? "no (not compiled)" : $7 == "0" ? "yes (" $6 " checks)" : "no (" $7 " of " ($6 + $7) " checks failed)") }' "$r")
done

status() { [ "$1" != yes ] && echo "not generated" || { [ "$2" = yes ] && echo yes || echo "no ($3 errors)"; }; }
{
  echo "## Three specs (compare-with-stock.sh)"; echo; echo "$three"; echo
  echo "## Corpus: ${roots[*]}"; echo
  header='| spec | stock compiles | stock lines | ours compiles | ours lines |'; rule='|---|---|---:|---|---:|'
  [ -f "$gate_report" ] && { header+=' ours passes the gate |'; rule+='---|'; }
  echo "$header"; echo "$rule"
  n=0 gate_checks=0 ours_ok=0 stock_ok=0 ours_gen=0 stock_gen=0 ours_lines=0 stock_lines=0 both_ours=0 both_stock=0 gate_ok=0 gate_missing=0
  ours_gen_ms=0 ours_compile_ms=0 stock_gen_ms=0 stock_compile_ms=0 problems=()
  while IFS=$'\t' read -r label _ folder _ _ \
      && IFS=$'\t' read -r _ og oc oe ogms ocms op <&3 && IFS=$'\t' read -r _ sg sc se sgms scms sp <&4; do
    ol=$(lines "$scratch/ours/$folder/src/main/java"); sl=$(lines "$scratch/stock/$folder/src/main/java")
    row="| $label | $(status "$sg" "$sc" "$se") | $([ "$sg" = yes ] && echo "$sl" || echo -) | $(status "$og" "$oc" "$oe") | $([ "$og" = yes ] && echo "$ol" || echo -) |"
    if [ -f "$gate_report" ]; then
      v=${gate[$label]:-not in the report}; row+=" $v |"
      case "$v" in yes*) gate_ok=$((gate_ok + 1)); gate_checks=$((gate_checks + ${v//[^0-9]/})) ;; esac
      [ "$v" = "not in the report" ] && gate_missing=$((gate_missing + 1))
    fi
    echo "$row"
    n=$((n + 1)); ours_lines=$((ours_lines + ol)); stock_lines=$((stock_lines + sl))
    [ "$og" = yes ] && ours_gen=$((ours_gen + 1)); [ "$sg" = yes ] && stock_gen=$((stock_gen + 1))
    [ "$oc" = yes ] && ours_ok=$((ours_ok + 1)); [ "$sc" = yes ] && stock_ok=$((stock_ok + 1))
    if [ "$oc" = yes ] && [ "$sc" = yes ]; then both_ours=$((both_ours + ol)); both_stock=$((both_stock + sl)); fi
    ours_gen_ms=$((ours_gen_ms + ogms)); ours_compile_ms=$((ours_compile_ms + ocms))
    stock_gen_ms=$((stock_gen_ms + sgms)); stock_compile_ms=$((stock_compile_ms + scms))
    [ "$op" = - ] || problems+=("| $label | ours | $op |"); [ "$sp" = - ] || problems+=("| $label | stock | $sp |")
  done <"$scratch/specs.tsv" 3<"$scratch/ours.tsv" 4<"$scratch/stock.tsv"
  runtime=$(lines runtime/src/main/java)
  echo; echo "| total | stock \`java\`/\`native\` $stock_version | taskclients |"; echo '|---|---:|---:|'
  echo "| specs that generate | $stock_gen/$n | $ours_gen/$n |"
  echo "| **specs that compile** | **$stock_ok/$n** | **$ours_ok/$n** |"
  [ -f "$gate_report" ] && echo "| specs that pass the corpus gate (checks passed) | | $gate_ok/$n ($gate_checks)$([ $gate_missing -eq 0 ] || echo "; $gate_missing not in its reports") |"
  echo "| Java lines, all generated specs | $stock_lines | $ours_lines (+ $runtime shared runtime lines, once) |"
  echo "| Java lines, specs both compile | $both_stock | $both_ours |"
  echo "| generate, all specs | $(secs $stock_gen_ms) | $(secs $ours_gen_ms) |"
  echo "| compile, all specs | $(secs $stock_compile_ms) | $(secs $ours_compile_ms) |"
  echo "| **generate + compile** | **$(secs $((stock_gen_ms + stock_compile_ms)))** | **$(secs $((ours_gen_ms + ours_compile_ms)))** |"
  echo "| whole JVM, startup included | $(secs "$(cat "$scratch/stock.jvm-ms")") | $(secs "$(cat "$scratch/ours.jvm-ms")") |"
  echo
  echo "Times: one cold JVM per side, specs one after another, same driver. Generate = the generator in-process"
  echo "(stock: \`CodegenConfigurator\` + \`DefaultGenerator\` from the openapi-generator-cli $stock_version jar, spec validation off as"
  echo "with --skip-validate-spec, supporting files written, docs and tests off; ours: \`ClientGeneration.generate\` with"
  echo "\`Options.lenient()\`, models, client and report, the runtime is precompiled). Compile = one \`javax.tools\` compilation per spec, \`--release 17 -proc:none\`"
  echo "(ours also \`-Xlint:all -Xdoclint:all,-missing -Werror\`, against the runtime + Jackson + jakarta.annotation-api; stock against the compile and"
  echo "provided dependencies of its own generated pom.xml; distinct sets: $(ls "$scratch"/stock-deps/*.cp | wc -l), together:"
  echo "$(awk 1 "$scratch"/stock-deps/*.cp | tr ':' '\n' | xargs -n1 basename | sed 's/\.jar$//' | sort -u | paste -sd, - | sed 's/,/, /g'))."
  echo "Measured on $(nproc) CPUs, load average $load just before the timed runs. Generator logging held to WARN on"
  echo "both sides. Lines: every .java file under the generated src/main/java, comments included."
  [ -f "$gate_report" ] && echo "Gate verdicts from ${gate_reports[*]} ($(date -r "$gate_report" '+%Y-%m-%d %H:%M')); the script does not run the gate."
  if [ ${#problems[@]} -gt 0 ]; then
    echo; echo '### First problem of each spec that failed'; echo; echo '| spec | side | first error |'; echo '|---|---|---|'
    printf '%s\n' "${problems[@]}"
  fi
} | tee "$scratch/corpus-comparison.md"
echo "written: $scratch/corpus-comparison.md (generated clients and logs kept there)" >&2
