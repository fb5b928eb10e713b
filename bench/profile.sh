#!/usr/bin/env bash
# The flame of one hot path: its own service under load (wrk), recorded after a warm-up by
# async-profiler (Maven Central's ap-loader; CPU time sampled by interval timer, native code such
# as Argon2id, the collector and the JIT included, a few percent of overhead where JFR's sampler
# cost the device path most of its rate), printed by library and by method (bench/Flame.java); the
# folded stacks are kept for flamegraph.pl or speedscope.app.
#   bench/profile.sh me|api-key|refresh|login [seconds] [warm-up seconds]
# Results: target/bench/<case>.collapsed and target/bench/<case>.folded
set -euo pipefail
cd "$(dirname "$0")/.."
CASE="${1:?me, api-key, refresh or login}"
DURATION="${2:-20}"
WARMUP="${3:-120}"
export SESSIONS_MAX_CONCURRENT=1000000
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
mkdir -p target/bench
bench_start
for i in $(seq 1 8); do bench_register "bench$i" "benchmark password $i"; done
export BENCH_TOKEN=$(bench_access_token bench1 "benchmark password 1")
THREADS=2 CONNS=32
case "$CASE" in
  me) SCRIPT=bench/me.lua ;;
  api-key)
    SCRIPT=bench/me-key.lua
    export BENCH_API_KEY=$(curl -s -X POST "$URL/api/api-keys" -H "Authorization: Bearer $BENCH_TOKEN" \
      -H 'Content-Type: application/json' -d '{"name":"bench","scopes":["accounts:read"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p') ;;
  refresh)
    # every run follows its own 32 chains (a chain is one connection's rotations)
    SCRIPT=bench/refresh.lua THREADS=32
    for run in warm main; do
      for _ in $(seq 1 32); do bench_login bench1 "benchmark password 1" | grep -o '"refreshToken":"[^"]*"' | cut -d'"' -f4; done > "target/bench/chains-$run"
    done ;;
  login) SCRIPT=bench/login.lua CONNS=8 ;;
  *) echo "unknown case $CASE" >&2; exit 1 ;;
esac
echo "== warm-up (${WARMUP} s)"
BENCH_REFRESH_TOKENS=target/bench/chains-warm wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s "$SCRIPT" "$URL" | grep Requests/sec
echo "== recorded (${DURATION} s)"
bench_profile "$CASE" "$DURATION"
BENCH_REFRESH_TOKENS=target/bench/chains-main wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$SCRIPT" "$URL" \
  | grep -E "Requests/sec|Non-2xx| 99%|latency p"
wait "$PROFILER"
bench_stop
java bench/Flame.java "target/bench/$CASE.collapsed" "target/bench/$CASE.folded"
