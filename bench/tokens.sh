#!/usr/bin/env bash
# The hot paths: GET /api/auth/me with a valid access token and with an API key, and POST /api/auth/refresh.
#   bench/tokens.sh [seconds]
# Starts its own service (profile "bench", port 8383, an emptied database), signs one account in
# 33 times, then runs wrk at 32 connections on each route and counts the database reads per
# request from PostgreSQL's own statistics (pg_stat_user_tables: index and sequential scans); then
# compares the token check with the floor of the server itself, GET /health/live (Payara's health
# servlet, no application code), in turns, ROUNDS times (3).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
export SESSIONS_MAX_CONCURRENT=1000
source bench/service.sh
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
bench_start
bench_register tokens "benchmark password"
login() { bench_login tokens "benchmark password"; }
export BENCH_TOKEN=$(bench_access_token tokens "benchmark password")
export BENCH_API_KEY=$(curl -s -X POST "$URL/api/api-keys" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"bench","scopes":["accounts:read"]}' | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
TOKENS=$(mktemp)
for _ in $(seq 1 64); do login | grep -o '"refreshToken":"[^"]*"' | cut -d'"' -f4 >> "$TOKENS"; done
[ "$(wc -l < "$TOKENS")" -eq 64 ] || { echo "sign-ins for the refresh benchmark failed: $(login)" >&2; exit 1; }
WARM=$(mktemp); head -n 32 "$TOKENS" > "$WARM"; tail -n 32 "$TOKENS" > "$TOKENS.main"; mv "$TOKENS.main" "$TOKENS"
export BENCH_REFRESH_TOKENS="$TOKENS"
scans() {
  PGPASSWORD=latchkey psql -h 127.0.0.1 -p "$LATCHKEY_DB_PORT" -U latchkey -d latchkey -qtA \
    -c "select coalesce(sum(idx_scan),0) + coalesce(sum(seq_scan),0) from pg_stat_user_tables"
}
run() { # name lua-script threads
  BENCH_REFRESH_TOKENS="${WARM:-}" wrk -t"$3" -c32 -d5s -s "$2" "$URL" >/dev/null
  sleep 1; local before; before=$(scans)
  local out; out=$(wrk -t"$3" -c32 -d"${DURATION}s" --latency -s "$2" "$URL")
  sleep 1; local after; after=$(scans)
  local requests; requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  echo "$1: $(echo "$out" | sed -n 's/^Requests\/sec: *//p') requests/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx $(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *//p' | tr -d '\n' )" \
    "| table scans per request: $(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN{printf "%.2f", (a-b)/n}')"
}
run "GET /api/auth/me, 32 connections" bench/me.lua 2
[ -n "$BENCH_API_KEY" ] && run "GET /api/auth/me with an API key, 32 connections" bench/me-key.lua 2
BENCH_REFRESH_TOKENS="$TOKENS" run "POST /api/auth/refresh, 32 connections" bench/refresh.lua 32
rm -f "$TOKENS" "$WARM"
rate() { # lua script or "", path: requests/s at 32 connections
  wrk -t2 -c32 -d"${DURATION}s" ${1:+-s "$1"} "$URL${2:-}" | sed -n 's/^Requests\/sec: *//p'
}
echo "== the token check beside the floor of the server (GET /health/live), in turns"
for round in $(seq 1 "${ROUNDS:-3}"); do
  me=$(rate bench/me.lua) live=$(rate "" /health/live)
  echo "round $round: GET /api/auth/me $me requests/s, GET /health/live $live requests/s: $(awk -v a="$me" -v b="$live" 'BEGIN{printf "%.0f %%", 100*a/b}') of the floor"
done
