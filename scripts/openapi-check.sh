#!/usr/bin/env bash
# Checks the OpenAPI document a running service serves, with tools nobody here wrote:
#   scripts/openapi-check.sh BASE_URL SMTP_PORT
# 1. openapi-generator (Maven plugin) generates a Java and a TypeScript client from it; the Java one is
#    compiled and drives GeneratedClientIT against the service;
# 2. Redocly CLI and Spectral (spectral:oas) lint it: any error fails;
# 3. tsc compiles the TypeScript client in strict mode.
# The npm tools are pinned by clients/tools/package-lock.json and installed there.
set -euo pipefail
cd "$(dirname "$0")/.."
URL="$1"; SMTP_PORT="${2:-3025}"
say() { printf 'openapi-check: %s\n' "$*" >&2; }

say "generating clients from $URL/openapi; the Java client runs GeneratedClientIT"
mvn -B -q -f clients/pom.xml verify -Dlatchkey.openapi.url="$URL/openapi?format=json" \
  -Dlatchkey.it.url="$URL" -Dlatchkey.it.smtp.port="$SMTP_PORT"

command -v npm >/dev/null 2>&1 || { say "npm is needed (Debian: apt-get install npm)"; exit 1; }
(cd clients/tools && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p clients/target
curl -fsS "$URL/openapi" -o clients/target/openapi.yaml
BIN=clients/tools/node_modules/.bin
say "redocly lint"
status=0
"$BIN/redocly" lint --config clients/tools/redocly.yaml clients/target/openapi.yaml --format=summary >clients/target/redocly.txt 2>&1 || status=$?
grep -v "║\|╔\|╚" clients/target/redocly.txt | sed '/^\s*$/d' >&2 || true
[ "$status" = 0 ] || { say "redocly found errors"; exit 1; }
say "spectral lint (spectral:oas)"
"$BIN/spectral" lint clients/target/openapi.yaml -r clients/tools/.spectral.yaml --fail-severity=error
say "tsc (strict) on the typescript-fetch client"
"$BIN/tsc" -p clients/tools/tsconfig.json
say "all checks passed"
