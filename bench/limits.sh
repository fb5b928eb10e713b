#!/usr/bin/env bash
# What the rate limits cost: GET /api/auth/me (32 connections) and POST /api/auth/login (8
# connections) with every limit on but set too high to trigger, against all limits off
# (RATE_LIMIT_ENABLED=false), on fresh services with the same warm-up, in turns (on first in odd
# rounds, off first in even ones: this machine's speed drifts), then the median ratio.
#   bench/limits.sh [seconds] [rounds]
# A login with limits on also counts the auth limit per address and per login (two upserts);
# a /me counts the API limit per account, batched (see rate-limit.batch; BENCH_BATCH=1
# counts every call in PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
ROUNDS="${2:-2}"
export SESSIONS_MAX_CONCURRENT=1000000
[ -n "${BENCH_BATCH:-}" ] && export RATE_LIMIT_BATCH="$BENCH_BATCH"
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
rate() { sed -n 's/^Requests\/sec: *//p'; }
# busy CPU time of the whole machine (user + system, no steal) in ms, and the requests of a wrk run
busy_ms() { awk '/^cpu /{printf "%d", ($2+$3+$4+$7+$8)*1000/'"$(getconf CLK_TCK)"'}' /proc/stat; }
requests() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p'; }
measured() { # wrk arguments: sets OUT and CPU (machine CPU ms per request)
  local before after; before=$(busy_ms); OUT=$(wrk "$@"); after=$(busy_ms)
  CPU=$(awk -v a="$after" -v b="$before" -v n="$(echo "$OUT" | requests)" 'BEGIN{printf "%.2f", (a-b)/n}')
}
refused() { local n; n=$(echo "$1" | sed -n 's/.*Non-2xx or 3xx responses: *//p'); echo "${n:-0}"; }
declare -A ME LOGIN
ME_RATIOS=(); LOGIN_RATIOS=()
for round in $(seq 1 "$ROUNDS"); do
  order="on off"; [ $((round % 2)) -eq 0 ] && order="off on"
  for mode in $order; do
    if [ "$mode" = on ]; then export RATE_LIMIT_ENABLED=true; else export RATE_LIMIT_ENABLED=false; fi
    bench_start
    for i in $(seq 1 8); do bench_register "bench$i" "benchmark password $i"; done
    export BENCH_TOKEN=$(bench_access_token bench1 "benchmark password 1")
    wrk -t2 -c32 -d20s -s bench/me.lua "$URL" >/dev/null
    measured -t2 -c32 -d"${DURATION}s" -s bench/me.lua "$URL"; me=$OUT; ME_CPU=$CPU
    wrk -t2 -c8 -d10s -s bench/login.lua "$URL" >/dev/null
    measured -t2 -c8 -d"${DURATION}s" -s bench/login.lua "$URL"; login=$OUT; LOGIN_CPU=$CPU
    ME[$round$mode]=$(echo "$me" | rate); LOGIN[$round$mode]=$(echo "$login" | rate)
    echo "round $round, limits $mode: /me ${ME[$round$mode]}/s, $ME_CPU CPU ms each (non-2xx: $(refused "$me"))," \
      "login ${LOGIN[$round$mode]}/s, $LOGIN_CPU CPU ms each (non-2xx: $(refused "$login"))"
    bench_stop
    trap - EXIT
  done
  ME_RATIOS+=("$(awk -v a="${ME[${round}on]}" -v b="${ME[${round}off]}" 'BEGIN{printf "%.1f", 100*a/b}')")
  LOGIN_RATIOS+=("$(awk -v a="${LOGIN[${round}on]}" -v b="${LOGIN[${round}off]}" 'BEGIN{printf "%.1f", 100*a/b}')")
  echo "round $round: limits on / off: /me ${ME_RATIOS[-1]} %, login ${LOGIN_RATIOS[-1]} %"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "median of $ROUNDS rounds, limits on / off: GET /api/auth/me $(median "${ME_RATIOS[@]}") %, login $(median "${LOGIN_RATIOS[@]}") %"
