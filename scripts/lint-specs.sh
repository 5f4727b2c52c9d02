#!/usr/bin/env bash
# Lints the three API specs (specs/*.yaml; not specs/corpus/, which holds deliberately unusual specs for
# the corpus gate) with the recommended rules of two common OpenAPI linters: Spectral (spectral:oas,
# specs/lint/spectral.yaml) and Redocly CLI (recommended, specs/lint/redocly.yaml). Fails on any error
# either reports; warnings are printed and do not fail. Both tools run even when the first finds errors.
#
# Needs Node.js 20.19+ and npm. The linters' exact versions are pinned by specs/lint/package-lock.json and
# installed with `npm ci` into specs/lint/node_modules (git-ignored); the install is skipped when it already
# matches the lock file. No network use beyond that install: Redocly's telemetry and update check are off,
# and install scripts (one is an analytics ping) are not run.
# Usage: scripts/lint-specs.sh [spec.yaml ...]   (default: specs/*.yaml)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lint="$root/specs/lint"
cd "$root"

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true REDOCLY_SUPPRESS_NOTIFICATIONS=true
export SCARF_ANALYTICS=false DO_NOT_TRACK=1

lock_sum="$(sha256sum "$lint/package-lock.json" | cut -d' ' -f1)"
stamp="$lint/node_modules/.installed-from-lock"
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  echo "lint-specs: installing the pinned linters (npm ci in specs/lint)"
  (cd "$lint" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi

if [ "$#" -gt 0 ]; then
  specs=("$@")
else
  specs=(specs/*.yaml)
fi

status=0
version() { node -p "require('$lint/node_modules/$1/package.json').version"; }
echo "lint-specs: Spectral $(version @stoplight/spectral-cli), spectral:oas recommended"
"$lint/node_modules/.bin/spectral" lint --ruleset "$lint/spectral.yaml" --fail-severity error "${specs[@]}" \
  || status=1
echo "lint-specs: Redocly CLI $(version @redocly/cli), recommended"
"$lint/node_modules/.bin/redocly" lint --config "$lint/redocly.yaml" "${specs[@]}" || status=1

if [ "$status" -ne 0 ]; then
  echo "lint-specs: errors found (see above)" >&2
else
  echo "lint-specs: no errors"
fi
exit "$status"
