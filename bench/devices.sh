#!/usr/bin/env bash
# Device proofs per second (challenge + verify pairs at 32 connections) beside the bare
# ECDSA P-256 verify rate of the provider the service uses (Bouncy Castle) and of the JDK.
#   bench/devices.sh [seconds] [warm-up seconds]
# The load client (HTTP/1.1, Bouncy Castle signatures) shares the machine's cores with the service
# and PostgreSQL; the warm-up (default 420 s) is load that is not counted: on 2 cores C2 needs minutes to
# compile the server's hot paths (60 pairs/s in the first minute, about 550 after 7 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
WARMUP="${2:-420}"
export LATCHKEY_PROFILE=bench LATCHKEY_PORT=8383 LATCHKEY_DB_PORT=55435 ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED=false DEVICES_MAX_PER_ACCOUNT=1000 RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=100000
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
BC_VERSION=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' pom.xml)
BC_JAR="$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/$BC_VERSION/bcprov-jdk18on-$BC_VERSION.jar"
java -cp "$BC_JAR" bench/DeviceProofLoad.java "$URL" "$ACCESS" "$DURATION" 32 "$WARMUP"
kill $RUN 2>/dev/null; wait $RUN 2>/dev/null || true   # the bare rate gets the machine to itself
java -cp "modules/devices/target/test-classes:modules/devices/target/classes:$BC_JAR" \
  dev.latchkey.devices.bench.ProofVerifyRate 5
