#!/usr/bin/env bash
# GET /api/auth/me through HAProxy with 1 node and with 2 nodes (./latchkey cluster N, same machine, same
# warm-up, fresh database each), and how long each cluster took from start to the balancer's first ready.
#   bench/cluster.sh [seconds] [warm-up seconds] [rounds]   (NODES="1 2" by default; HTTP_THREADS per node as for run)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
WARM="${2:-40}"
ROUNDS="${3:-2}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
export LATCHKEY_PROFILE=bench LATCHKEY_PORT=8383 LATCHKEY_DB_PORT=55435 ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED=false
export LATCHKEY_NODE_PORTS=8384,8385
for limit in AUTH REFRESH 2FA_VERIFY 2FA_SETUP API GLOBAL DEVICE_REGISTRATION; do
  export "RATE_LIMIT_${limit}_LIMIT=1000000000"
done
URL=http://localhost:8383
[ -f modules/web/target/latchkey.war ] || ./latchkey build
for round in $(seq 1 "$ROUNDS"); do
  for nodes in ${NODES:-1 2}; do
    ./latchkey db reset >/dev/null 2>&1
    started=$(date +%s.%N)
    ./latchkey cluster "$nodes" >/tmp/latchkey-cluster-bench.log 2>&1 &
    RUN=$!
    until curl -fs -o /dev/null "$URL/health/ready"; do
      kill -0 "$RUN" 2>/dev/null || { echo "the cluster did not start (/tmp/latchkey-cluster-bench.log)" >&2; exit 1; }
      sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $started" | bc)
    # every node ready too (the balancer answers as soon as one is)
    for port in 8384 8385; do
      [ "$nodes" = 1 ] && [ "$port" = 8385 ] && continue
      until curl -fs -o /dev/null "http://localhost:$port/health/ready"; do sleep 0.1; done
    done
    all=$(echo "$(date +%s.%N) - $started" | bc)
    curl -s -o /dev/null -X POST "$URL/api/accounts" -H 'Content-Type: application/json' \
      -d '{"email":"bench@example.com","username":"bench","password":"benchmark password"}'
    token=$(curl -s -X POST "$URL/api/auth/login" -H 'Content-Type: application/json' \
      -d '{"login":"bench","password":"benchmark password"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    BENCH_TOKEN="$token" wrk -t2 -c32 -d"${WARM}s" -s bench/me.lua "$URL" >/dev/null
    out=$(BENCH_TOKEN="$token" wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/me.lua "$URL")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    printf 'round %s, %s node(s): first ready %.1f s, all ready %.1f s; GET /api/auth/me through HAProxy %s req/s, p99 %s, non-2xx %s\n' \
      "$round" "$nodes" "$ready" "$all" "$rps" "$p99" "${non2xx:-0}"
    kill -TERM "$RUN"; wait "$RUN" 2>/dev/null || true
  done
done
