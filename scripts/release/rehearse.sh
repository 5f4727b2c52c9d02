#!/usr/bin/env bash
# Rehearses a release end to end without touching the network beyond Maven Central downloads:
#   1. makes a throwaway GPG key in a temporary GNUPGHOME;
#   2. runs the documented release command (./mvnw deploy -Drelease ...) against a stand-in for the Central
#      Portal on 127.0.0.1 (FakeCentralPortal, in release-tools/), which keeps the uploaded bundle;
#   3. unzips the bundle as a file repository and checks what the Central Portal checks, and our own release
#      rules (BundleCheck, in release-tools/), and verifies every signature with gpg;
#   4. runs a consumer project (release-tools/consumer) that knows only that repository and Maven Central:
#      it resolves a client through the BOM and runs the README sample against WireMock, on the class path and
#      on the module path;
#   5. proves the API compatibility check on spec edits, with this release as the baseline
#      (scripts/release/api-compat-test.sh).
# Usage: scripts/release/rehearse.sh [version]   (default: .mvn/maven.config's version without -SNAPSHOT)
# KEEP_SCRATCH=1 keeps the scratch directory (key, bundle, repository, logs) for inspection. Maven options for every
# build but the consumer's (which has an empty local repository of its own), e.g. another local repository, go in
# MAVEN_ARGS (read by Maven 3.9).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
version="${1:-$(sed -n 's/^-Drevision=\(.*\)-SNAPSHOT$/\1/p' .mvn/maven.config)}"
[ -n "$version" ] || { echo "no version given and none found in .mvn/maven.config" >&2; exit 2; }
command -v gpg >/dev/null || { echo "gpg is needed (Debian: apt-get install gnupg)" >&2; exit 2; }
work="$(mktemp -d)"
portal_pid=""
cleanup() {
  [ -z "$portal_pid" ] || kill "$portal_pid" 2>/dev/null || true
  if [ "${KEEP_SCRATCH:-}" ]; then echo "scratch kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
MVN=(./mvnw -B -ntp)
step() { echo "== $(date -u +%H:%M:%S) $*"; }

step "0. the release tools, built and tested by the normal build, compiled here"
# A snapshot of their classes, so that nothing the release build does to target/ can reach them.
"${MVN[@]}" -q compile -pl release-tools -am >"$work/tools.log" 2>&1 || { tail -40 "$work/tools.log" >&2; exit 1; }
tools="$work/release-tools"
cp -r release-tools/target/classes "$tools"

step "1. a throwaway signing key"
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
MAVEN_GPG_PASSPHRASE="$(head -c 24 /dev/urandom | base64)"
export MAVEN_GPG_PASSPHRASE
gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
  --quick-gen-key "taskclients release rehearsal <rehearsal@taskclients.invalid>" rsa3072 sign 1d 2>/dev/null
key="$(gpg --batch --list-secret-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}')"
echo "key $key"

step "2. the release build, uploading to a stand-in Central Portal"
mkdir "$work/portal"
java -cp "$tools" dev.taskclients.release.FakeCentralPortal "$work/portal" >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 300); do
  [ -f "$work/portal/port" ] && break
  kill -0 "$portal_pid" 2>/dev/null || break
  sleep 0.1
done
[ -f "$work/portal/port" ] || { echo "the stand-in portal did not start:" >&2; cat "$work/portal.log" >&2; exit 1; }
# The portal's user token, as settings.xml holds it in a real release; a dummy here.
cat >"$work/settings.xml" <<'EOF'
<settings>
  <servers>
    <server><id>central</id><username>rehearsal</username><password>rehearsal-token</password></server>
  </servers>
</settings>
EOF
"${MVN[@]}" -s "$work/settings.xml" deploy -Drelease -Drevision="$version" -Dgpg.keyname="$key" \
  -DskipTests -Dmaven.install.skip=true \
  -DcentralBaseUrl="http://127.0.0.1:$(cat "$work/portal/port")" -DwaitUntil=uploaded >"$work/release.log" 2>&1 \
  || { tail -60 "$work/release.log" >&2; exit 1; }
grep -E "Uploaded bundle|BUILD SUCCESS" "$work/release.log"
[ -f "$work/portal/bundle.zip" ] || { echo "the portal received no bundle" >&2; exit 1; }

step "3. the bundle as a file repository: POMs, jars, sources, Javadoc, SBOMs, specs, checksums, signatures"
mkdir "$work/repo"
(cd "$work/repo" && jar xf "$work/portal/bundle.zip")
published=(pom.xml build-parent/pom.xml runtime/pom.xml codegen/pom.xml contract/pom.xml generated-clients/pom.xml
  bom/pom.xml generated-clients/*/pom.xml)
unpublished=(conformance-tests/pom.xml corpus-tests/pom.xml benchmarks/pom.xml release-tools/pom.xml)
java -cp "$tools" dev.taskclients.release.BundleCheck "$work/repo" "$version" "${published[@]/#/published=}" \
  "${unpublished[@]/#/unpublished=}" tool=codegen/pom.xml tool=contract/pom.xml
signatures=0
while IFS= read -r -d '' asc; do
  gpg --batch --verify "$asc" "${asc%.asc}" 2>"$work/gpg.log" \
    || { echo "signature not accepted: ${asc#"$work/repo/"}" >&2; cat "$work/gpg.log" >&2; exit 1; }
  signatures=$((signatures + 1))
done < <(find "$work/repo" -name '*.asc' -print0)
echo "signatures: $signatures verified by gpg with the rehearsal key"

step "4. a consumer that knows only this repository and Maven Central"
# An empty local repository of its own: our artifacts can come only from the release repository (the
# consumer's tests check where each one came from), third-party ones from Maven Central.
"${MVN[@]}" -f release-tools/consumer/pom.xml -Dmaven.repo.local="$work/consumer-m2" \
  -Dtaskclients.version="$version" -Drelease.repo.url="file://$work/repo" verify >"$work/consumer.log" 2>&1 \
  || { tail -80 "$work/consumer.log" >&2; exit 1; }
grep -E "Tests run:.*in |Tests run:" "$work/consumer.log" | tail -6

step "5. API compatibility against this release"
bash scripts/release/api-compat-test.sh "$work/repo" "$version"
step "release rehearsal passed for $version"
