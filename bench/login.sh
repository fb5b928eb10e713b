#!/usr/bin/env bash
# Sign-in throughput beside the bare password-hash rate, on this machine.
#   bench/login.sh [seconds]
# Starts its own service (profile "bench", port 8383, its own database, email confirmation off
# so the accounts can sign in at once), registers 8 accounts, runs wrk with 8 connections against
# POST /api/auth/login, then measures Argon2id verify alone on 1 and on all cores.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-15}"
export SESSIONS_MAX_CONCURRENT=1000000
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
bench_start
for i in $(seq 1 8); do bench_register "bench$i" "benchmark password $i"; done
[ -d modules/accounts/target/test-classes ] || mvn -q -B -pl modules/accounts test-compile
CP="modules/accounts/target/test-classes:modules/accounts/target/classes:$BC_JAR"
echo "== warm-up (10 s)"
wrk -t2 -c8 -d10s -s bench/login.lua "$URL" >/dev/null
# This machine's speed drifts by a factor of two from minute to minute, so the two rates are
# measured in turns, ROUNDS times, and compared round by round.
for round in $(seq 1 "${ROUNDS:-3}"); do
  login=$(wrk -t2 -c8 -d"${SECONDS_TO_RUN}s" --latency -s bench/login.lua "$URL")
  rps=$(echo "$login" | sed -n 's/^Requests\/sec: *//p')
  hash=$(java -cp "$CP" dev.latchkey.accounts.bench.PasswordHashRate "$SECONDS_TO_RUN" | tail -n 1)
  hps=$(echo "$hash" | sed -n 's/.*: \([0-9.]*\) hashes\/s.*/\1/p')
  echo "round $round: login $rps/s ($(echo "$login" | grep -E 'latency p' ), non-2xx: $(echo "$login" | sed -n 's/.*Non-2xx or 3xx responses: *//p' | tr -d '\n')); bare hash on all cores $hps/s; ratio $(awk -v a="$rps" -v b="$hps" 'BEGIN{printf "%.0f %%", 100*a/b}')"
done
