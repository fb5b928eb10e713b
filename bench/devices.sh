#!/usr/bin/env bash
# Device proofs per second (challenge + verify pairs at 32 connections) beside the bare
# ECDSA P-256 verify rate of the provider the service uses (Bouncy Castle) and of the JDK.
#   bench/devices.sh [seconds] [warm-up seconds]
# PROFILE=1 records the counted part with JFR and prints where the samples are (bench/JfrFlame.java;
# target/bench/devices.jfr and .folded), as bench/profile.sh does for the other hot paths.
# The load client (HTTP/1.1, Bouncy Castle signatures) shares the machine's cores with the service
# and PostgreSQL (it takes about a third of a core); the warm-up (default 120 s) is load that is not
# counted, while C2 compiles the server's hot paths.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
WARMUP="${2:-120}"
export DEVICES_MAX_PER_ACCOUNT=1000 RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=100000
source bench/service.sh
[ -d modules/devices/target/test-classes ] || mvn -q -B -pl modules/devices test-compile
bench_start
bench_register devices "benchmark password"
ACCESS=$(bench_access_token devices "benchmark password")
if [ -n "${PROFILE:-}" ]; then
  mkdir -p target/bench
  PID=$(pgrep -f "payara-micro.jar --deploy.*--port $LATCHKEY_PORT" | head -1)
  ( sleep "$WARMUP"; jcmd "$PID" JFR.start name=flame settings=default duration="${DURATION}s" \
      filename="$PWD/target/bench/devices.jfr" >/dev/null ) &
fi
java -cp "$BC_JAR" bench/DeviceProofLoad.java "$URL" "$ACCESS" "$DURATION" 32 "$WARMUP"
[ -z "${PROFILE:-}" ] || sleep 2   # the recording ends on its own after its duration
bench_stop   # the bare rate gets the machine to itself
[ -z "${PROFILE:-}" ] || java bench/JfrFlame.java target/bench/devices.jfr target/bench/devices.folded
java -cp "modules/devices/target/test-classes:modules/devices/target/classes:$BC_JAR" \
  dev.latchkey.devices.bench.ProofVerifyRate 5
