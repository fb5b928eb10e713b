#!/usr/bin/env bash
# Webhooks: the added latency of an event-causing request (POST /api/devices, device.registered) with 0
# and with 3 subscriptions, in alternating rounds, and deliveries per second from one node to a local
# consumer (events queued at once in the delivery table, timed from the first accepted to the last).
#   bench/webhooks.sh [rounds per case] [requests per round] [events]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
PER_ROUND="${2:-300}"
EVENTS="${3:-5000}"
export DEVICES_MAX_PER_ACCOUNT=100000 RATE_LIMIT_DEVICE_REGISTRATION_LIMIT=1000000 WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
export ADMIN_EMAIL=admin@bench.test ADMIN_PASSWORD="benchmark admin password"
source bench/service.sh
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
bench_start
java -cp "$PG_JAR" bench/WebhookLoad.java "$URL" "jdbc:postgresql://127.0.0.1:$LATCHKEY_DB_PORT/latchkey" "$ROUNDS" "$PER_ROUND" "$EVENTS"
