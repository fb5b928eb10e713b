#!/usr/bin/env bash
# Sign-in throughput beside the bare password-hash rate, on this machine.
#   bench/login.sh [seconds]
# Starts its own service (profile "bench", port 8383, its own database, email confirmation off
# so the accounts can sign in at once), registers 8 accounts, runs wrk with 8 connections against
# POST /api/auth/login, then measures Argon2id verify alone on 1 and on all cores, with the service
# paused. After a warm-up (WARMUP seconds, 30) the two are measured in turns, ROUNDS times (3);
# each round prints the service's highest resident memory under the load.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-15}"
export SESSIONS_MAX_CONCURRENT=1000000
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
bench_start
for i in $(seq 1 8); do bench_register "bench$i" "benchmark password $i"; done
[ -d modules/accounts/target/test-classes ] || mvn -q -B -pl modules/accounts test-compile
mkdir -p target/bench
mvn -q -B -pl modules/accounts dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench/accounts.cp" >/dev/null
CP="modules/accounts/target/test-classes:modules/accounts/target/classes:$(cat target/bench/accounts.cp)"
SERVICE=$(pgrep -f "payara-micro.jar --deploy.*--port $LATCHKEY_PORT" | head -1)
trap 'kill -CONT "$SERVICE" 2>/dev/null; bench_stop' EXIT
echo "== warm-up (${WARMUP:-30} s)"
wrk -t2 -c8 -d"${WARMUP:-30}s" -s bench/login.lua "$URL" >/dev/null
# This machine's speed drifts by a factor of two from minute to minute, so the two rates are
# measured in turns, ROUNDS times, and compared round by round.
for round in $(seq 1 "${ROUNDS:-3}"); do
  wrk -t2 -c8 -d"${SECONDS_TO_RUN}s" --latency -s bench/login.lua "$URL" > target/bench/login.out &
  rss=0   # the service's resident memory under the load, highest of one sample a second
  while kill -0 $! 2>/dev/null; do rss=$(( $(ps -o rss= -p "$SERVICE" || echo 0) > rss ? $(ps -o rss= -p "$SERVICE" || echo 0) : rss )); sleep 1; done
  login=$(cat target/bench/login.out)
  rps=$(echo "$login" | sed -n 's/^Requests\/sec: *//p')
  # the bare rate gets the machine to itself: the service is paused meanwhile (its JIT would
  # otherwise go on compiling on one of the cores)
  kill -STOP "$SERVICE"
  hash=$(java -cp "$CP" dev.latchkey.accounts.bench.PasswordHashRate "$SECONDS_TO_RUN" | tail -n 1)
  kill -CONT "$SERVICE"
  hps=$(echo "$hash" | sed -n 's/.*: \([0-9.]*\) hashes\/s.*/\1/p')
  echo "round $round: login $rps/s ($(echo "$login" | grep -E 'latency p' ), non-2xx: $(echo "$login" | sed -n 's/.*Non-2xx or 3xx responses: *//p' | tr -d '\n')); bare hash on all cores $hps/s; ratio $(awk -v a="$rps" -v b="$hps" 'BEGIN{printf "%.0f %%", 100*a/b}'); service RSS $((rss / 1024)) MiB"
done
