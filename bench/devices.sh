#!/usr/bin/env bash
# Device proofs per second (challenge + verify pairs at 32 connections) beside the bare
# ECDSA P-256 verify rate of the provider the service uses (Bouncy Castle) and of the JDK.
#   bench/devices.sh [seconds]
# The load client signs with the JDK on the same 2 cores, so it takes its share of the CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
export LATCHKEY_PROFILE=bench LATCHKEY_PORT=8383 LATCHKEY_DB_PORT=55435 ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED=false
URL=http://localhost:8383
[ -f modules/web/target/latchkey.war ] || ./latchkey build
[ -d modules/devices/target/test-classes ] || mvn -q -B -pl modules/devices test-compile
./latchkey db reset
./latchkey run > /tmp/latchkey-bench.log 2>&1 &
RUN=$!
trap 'kill $RUN 2>/dev/null; wait $RUN 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null "$URL/health/ready" && break; sleep 1; done
curl -s -o /dev/null -X POST "$URL/api/accounts" -H 'Content-Type: application/json' \
  -d '{"email":"devices@example.com","username":"devices","password":"benchmark password"}'
ACCESS=$(curl -s -X POST "$URL/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"devices","password":"benchmark password"}' | grep -o '"accessToken":"[^"]*"' | cut -d'"' -f4)
java bench/DeviceProofLoad.java "$URL" "$ACCESS" 5 32 >/dev/null
java bench/DeviceProofLoad.java "$URL" "$ACCESS" "$DURATION" 32
BC_VERSION=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' pom.xml)
java -cp "modules/devices/target/test-classes:modules/devices/target/classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/$BC_VERSION/bcprov-jdk18on-$BC_VERSION.jar" \
  dev.latchkey.devices.bench.ProofVerifyRate 5
