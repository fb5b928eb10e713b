#!/usr/bin/env bash
# Sign-in throughput beside the bare password-hash rate, on this machine.
#   bench/login.sh [seconds]
# Starts its own service (profile "bench", port 8383, its own database, email confirmation off
# so the accounts can sign in at once), registers 8 accounts, runs wrk with 8 connections against
# POST /api/auth/login, then measures Argon2id verify alone on 1 and on all cores.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-15}"
export LATCHKEY_PROFILE=bench LATCHKEY_PORT=8383 LATCHKEY_DB_PORT=55435
export ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED=false SESSIONS_MAX_CONCURRENT=1000000
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f modules/web/target/latchkey.war ] || ./latchkey build
./latchkey db reset
./latchkey run > /tmp/latchkey-bench.log 2>&1 &
RUN=$!
trap 'kill $RUN 2>/dev/null; wait $RUN 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null http://localhost:8383/health/ready && break; sleep 1; done
for i in $(seq 1 8); do
  curl -s -o /dev/null -X POST http://localhost:8383/api/accounts -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench$i@example.com\",\"username\":\"bench$i\",\"password\":\"benchmark password $i\"}"
done
BC_VERSION=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' pom.xml)
[ -d modules/accounts/target/test-classes ] || mvn -q -B -pl modules/accounts test-compile
CP="modules/accounts/target/test-classes:modules/accounts/target/classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/$BC_VERSION/bcprov-jdk18on-$BC_VERSION.jar"
echo "== warm-up (10 s)"
wrk -t2 -c8 -d10s -s bench/login.lua http://localhost:8383 >/dev/null
# This machine's speed drifts by a factor of two from minute to minute, so the two rates are
# measured in turns, ROUNDS times, and compared round by round.
for round in $(seq 1 "${ROUNDS:-3}"); do
  login=$(wrk -t2 -c8 -d"${SECONDS_TO_RUN}s" --latency -s bench/login.lua http://localhost:8383)
  rps=$(echo "$login" | sed -n 's/^Requests\/sec: *//p')
  hash=$(java -cp "$CP" dev.latchkey.accounts.bench.PasswordHashRate "$SECONDS_TO_RUN" | tail -n 1)
  hps=$(echo "$hash" | sed -n 's/.*: \([0-9.]*\) hashes\/s.*/\1/p')
  echo "round $round: login $rps/s ($(echo "$login" | grep -E 'latency p' ), non-2xx: $(echo "$login" | sed -n 's/.*Non-2xx or 3xx responses: *//p' | tr -d '\n')); bare hash on all cores $hps/s; ratio $(awk -v a="$rps" -v b="$hps" 'BEGIN{printf "%.0f %%", 100*a/b}')"
done
