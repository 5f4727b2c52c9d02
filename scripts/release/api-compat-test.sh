#!/usr/bin/env bash
# Proves the API compatibility check (japicmp, configured in build-parent/pom.xml) on real spec edits: with the
# rehearsed release as the last release, the Deepomatic client is rebuilt after each edit and the build must
#   - pass for an additive edit (a new optional response field) in a minor release,
#   - fail for a response field removed, and for an operation renamed, in a minor release,
#   - pass for the same removal in a major release (semantic versioning allows it there).
# Usage: scripts/release/api-compat-test.sh <release repository> <released version>
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
release_repo="$1"
baseline="$2"
IFS=. read -r major minor _ <<<"$baseline"
next_minor="$major.$((minor + 1)).0"
next_major="$((major + 1)).0.0"
work="$(mktemp -d)"
trap '[ "${KEEP_SCRATCH:-}" ] || rm -rf "$work"' EXIT
spec=specs/deepomatic.yaml

# A copy of the working tree, and a local repository that holds the "released" artifacts; third-party
# artifacts come from the user's repository (read only, as a tail).
mkdir "$work/repo" "$work/m2"
(cd "$root" && git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar xf - -C "$work/repo"
cp -r "$release_repo/." "$work/m2/"
cd "$work/repo"
cp "$spec" "$work/pristine.yaml"
MVN=(./mvnw -B -ntp -Dmaven.repo.local="$work/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository"
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)

# The new version's runtime and generator, which the rebuilt client uses.
for version in "$next_minor" "$next_major"; do
  "${MVN[@]}" -q install -pl :taskclients-parent,:taskclients-build,:taskclients-runtime,:taskclients-codegen,:generated-clients-parent -Drevision="$version" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; exit 1; }
done

failures=0
# expect_build <passes|fails> <version> <what>: rebuilds the client from the edited spec, compared with the baseline.
expect_build() {
  local expected="$1" version="$2" what="$3" log="$work/build.log" outcome=passes
  cmp -s "$spec" "$work/pristine.yaml" && { echo "the edit for '$what' changed nothing" >&2; exit 1; }
  "${MVN[@]}" verify -pl generated-clients/deepomatic -Drevision="$version" \
    -Dapi.check.skip=false -Dapi.baseline.version="$baseline" >"$log" 2>&1 || outcome=fails
  if [ "$outcome" = fails ] && ! grep -q "ERROR.*japicmp" "$log"; then
    echo "FAILED: '$what' ($version) broke the build for another reason than API compatibility:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  if [ "$outcome" = "$expected" ]; then
    echo "ok: $what, released as $version: the build $outcome"
    if [ "$outcome" = fails ]; then grep -m1 "ERROR.*japicmp" "$log" | sed -e 's/.*on project [^:]*: //' | cut -c1-400 | sed 's/^/    /'; fi
  else
    echo "WRONG: $what, released as $version: the build $outcome, expected: $expected" >&2
    grep -E "japicmp|ERROR" "$log" | head -20 >&2
    failures=$((failures + 1))
  fi
  cp "$work/pristine.yaml" "$spec"
}

# An optional response field added: Task gains priority.
sed -i 's/^        date_created:$/        priority:\n          type: integer\n          description: A new optional field.\n        date_created:/' "$spec"
expect_build passes "$next_minor" "an optional response field added"

# A response field removed: Task loses date_updated (its property, down to the next property).
without_date_updated() {
  awk '/^        date_updated:$/ {skip = 1; next} skip && /^        [a-z_]+:$/ {skip = 0} !skip' \
    "$work/pristine.yaml" > "$spec"
}
without_date_updated
expect_build fails "$next_minor" "a response field removed"

# An operation renamed: getTask becomes fetchTask.
sed -i 's/operationId: getTask$/operationId: fetchTask/' "$spec"
expect_build fails "$next_minor" "an operation renamed"

# The same removal in a major release is allowed.
without_date_updated
expect_build passes "$next_major" "a response field removed"

[ "$failures" -eq 0 ] || { echo "api compatibility test: $failures case(s) wrong" >&2; exit 1; }
echo "api compatibility test: all cases as expected"
