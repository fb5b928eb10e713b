#!/usr/bin/env bash
# What the rate limits cost: GET /api/auth/me (32 connections) and POST /api/auth/login (8
# connections) with every limit on but set too high to trigger, against all limits off
# (RATE_LIMIT_ENABLED=false), on fresh services with the same warm-up, in turns.
#   bench/limits.sh [seconds] [rounds]
# A login with limits on also counts the auth limit per address and per login (two upserts);
# a /me counts the API limit per account, batched (see rate-limit.api.batch; BENCH_API_BATCH=1
# counts every call in PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
ROUNDS="${2:-2}"
export SESSIONS_MAX_CONCURRENT=1000000
[ -n "${BENCH_API_BATCH:-}" ] && export RATE_LIMIT_API_BATCH="$BENCH_API_BATCH"
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
rate() { sed -n 's/^Requests\/sec: *//p'; }
refused() { local n; n=$(echo "$1" | sed -n 's/.*Non-2xx or 3xx responses: *//p'); echo "${n:-0}"; }
declare -A ME LOGIN
for round in $(seq 1 "$ROUNDS"); do
  for mode in on off; do
    if [ "$mode" = on ]; then export RATE_LIMIT_ENABLED=true; else export RATE_LIMIT_ENABLED=false; fi
    bench_start
    for i in $(seq 1 8); do bench_register "bench$i" "benchmark password $i"; done
    export BENCH_TOKEN=$(bench_access_token bench1 "benchmark password 1")
    wrk -t2 -c32 -d20s -s bench/me.lua "$URL" >/dev/null
    me=$(wrk -t2 -c32 -d"${DURATION}s" -s bench/me.lua "$URL")
    wrk -t2 -c8 -d10s -s bench/login.lua "$URL" >/dev/null
    login=$(wrk -t2 -c8 -d"${DURATION}s" -s bench/login.lua "$URL")
    ME[$round$mode]=$(echo "$me" | rate); LOGIN[$round$mode]=$(echo "$login" | rate)
    echo "round $round, limits $mode: /me ${ME[$round$mode]}/s (non-2xx: $(refused "$me"))," \
      "login ${LOGIN[$round$mode]}/s (non-2xx: $(refused "$login"))"
    bench_stop
    trap - EXIT
  done
  echo "round $round: limits on / off: /me $(awk -v a="${ME[${round}on]}" -v b="${ME[${round}off]}" 'BEGIN{printf "%.0f %%", 100*a/b}')," \
    "login $(awk -v a="${LOGIN[${round}on]}" -v b="${LOGIN[${round}off]}" 'BEGIN{printf "%.0f %%", 100*a/b}')"
done
