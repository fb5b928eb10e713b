#!/usr/bin/env bash
# The flame of one hot path: its own service under load (wrk), a JFR recording after a warm-up,
# printed by library and by method (bench/JfrFlame.java); the folded stacks are kept for
# flamegraph.pl or speedscope.app.
#   bench/profile.sh me|api-key|refresh|login [seconds] [warm-up seconds]
# Results: target/bench/<case>.jfr and target/bench/<case>.folded
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
PID=$(pgrep -f "payara-micro.jar --deploy.*--port $LATCHKEY_PORT" | head -1)
jcmd "$PID" JFR.start name=flame settings=default filename="$PWD/target/bench/$CASE.jfr" >/dev/null
echo "== recorded (${DURATION} s)"
BENCH_REFRESH_TOKENS=target/bench/chains-main wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$SCRIPT" "$URL" \
  | grep -E "Requests/sec|Non-2xx| 99%|latency p"
jcmd "$PID" JFR.stop name=flame >/dev/null
bench_stop
java bench/JfrFlame.java "target/bench/$CASE.jfr" "target/bench/$CASE.folded"
