#!/usr/bin/env bash
# How fast a fresh node reaches full speed: GET /api/auth/me at 32 connections in back-to-back
# windows from the moment it is ready, one line per window (seconds since ready, requests/s, p99).
#   bench/warmup.sh [windows] [seconds per window]
set -euo pipefail
cd "$(dirname "$0")/.."
WINDOWS="${1:-24}"
WINDOW="${2:-10}"
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
bench_start
READY=$SECONDS
bench_register warmup "benchmark password"
export BENCH_TOKEN=$(bench_access_token warmup "benchmark password")
for _ in $(seq 1 "$WINDOWS"); do
  at=$((SECONDS - READY))
  out=$(wrk -t2 -c32 -d"${WINDOW}s" --latency -s bench/me.lua "$URL")
  echo "$(printf '%4d' "$at") s after ready: $(echo "$out" | sed -n 's/^Requests\/sec: *//p') requests/s, p99 $(echo "$out" | awk '$1=="99%"{print $2}')"
done
