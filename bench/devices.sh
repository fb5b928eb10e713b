#!/usr/bin/env bash
# Device proofs per second (challenge + verify pairs at 32 connections) beside the bare
# ECDSA P-256 verify rate of the provider the service uses (Bouncy Castle) and of the JDK.
#   bench/devices.sh [seconds] [warm-up seconds]
# PROFILE=1 records the counted part with async-profiler and prints where the samples are
# (bench/Flame.java; target/bench/devices.collapsed and .folded), as bench/profile.sh does for the others.
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
PROFILING=
[ -z "${PROFILE:-}" ] || { ( sleep "$WARMUP"; bench_profile devices "$DURATION"; wait "$PROFILER" ) & PROFILING=$!; }
java -cp "$BC_JAR" bench/DeviceProofLoad.java "$URL" "$ACCESS" "$DURATION" 32 "$WARMUP"
[ -z "$PROFILING" ] || wait "$PROFILING"
bench_stop   # the bare rate gets the machine to itself
[ -z "${PROFILE:-}" ] || java bench/Flame.java target/bench/devices.collapsed target/bench/devices.folded
java -cp "modules/devices/target/test-classes:modules/devices/target/classes:$BC_JAR" \
  dev.latchkey.devices.bench.ProofVerifyRate 5
