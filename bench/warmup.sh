#!/usr/bin/env bash
# How fast a fresh node reaches full speed: GET /api/auth/me at 32 connections in back-to-back
# windows from the moment it is ready, one line per window (seconds since ready, requests/s, p99,
# and the CPU the JIT compilers took in it), then when the rate first reached 90 % and 95 % of full
# speed (the median of the last three windows).
#   bench/warmup.sh [windows] [seconds per window]
set -euo pipefail
cd "$(dirname "$0")/.."
WINDOWS="${1:-12}"
WINDOW="${2:-10}"
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
bench_start
READY=$SECONDS
bench_register warmup "benchmark password"
export BENCH_TOKEN=$(bench_access_token warmup "benchmark password")
PID=$(pgrep -f "payara-micro.jar --deploy.*--port $LATCHKEY_PORT" | head -1)
compiler_ticks() { # CPU of the JIT compiler threads so far, in ticks of 10 ms
  cat /proc/"$PID"/task/*/stat 2>/dev/null | awk '/\((C1|C2) CompilerThre\)/ {t += $14 + $15} END {print t + 0}'
}
rates=()
for _ in $(seq 1 "$WINDOWS"); do
  at=$((SECONDS - READY)) jit=$(compiler_ticks)
  out=$(wrk -t2 -c32 -d"${WINDOW}s" --latency -s bench/me.lua "$URL")
  rate=$(echo "$out" | sed -n 's/^Requests\/sec: *//p')
  rates+=("$at $rate")
  echo "$(printf '%4d' "$at") s after ready: $rate requests/s, p99 $(echo "$out" | awk '$1=="99%"{print $2}'), JIT compilers $(( ($(compiler_ticks) - jit) * 10 / WINDOW / 10 )) % of a core"
done
printf '%s\n' "${rates[@]}" | awk '{at[NR] = $1; r[NR] = $2} END {
  n = NR; a = r[n]; b = r[n-1]; c = r[n-2]
  full = (a > b) ? ((b > c) ? b : ((a > c) ? c : a)) : ((a > c) ? a : ((b > c) ? c : b))
  for (i = 1; i <= n; i++) { if (!p90 && r[i] >= 0.9 * full) p90 = at[i] + 0; if (!p95 && r[i] >= 0.95 * full) p95 = at[i] + 0 }
  printf "full speed %.0f requests/s; 90 %% of it from %d s after ready, 95 %% from %d s (start of the first window that reached it)\n", full, p90, p95 }'
