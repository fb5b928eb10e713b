#!/usr/bin/env bash
# Start time: from `./latchkey run` (profile "run", a built tree, the database already created and
# migrated) to the first 200 of /health/ready, polled every 100 ms; ROUNDS times (3). The first
# start after a build also records the class archive that later starts map (see README).
#   bench/start.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f modules/web/target/latchkey.war ] || ./latchkey build
PORT="${LATCHKEY_PORT:-8080}"
for round in $(seq 1 "${1:-3}"); do
  start=$(date +%s%N)
  ./latchkey run > target/bench-start.log 2>&1 &
  run=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/health/ready"; do
    kill -0 "$run" 2>/dev/null || { echo "the service stopped (log: target/bench-start.log)" >&2; exit 1; }
    sleep 0.1
  done
  echo "round $round: ready after $(( ($(date +%s%N) - start) / 1000000 )) ms"
  kill "$run"; wait "$run" 2>/dev/null || true
done
