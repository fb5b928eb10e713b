#!/usr/bin/env bash
# Deploys ear/target/latchkey.ear on a full Payara Server 6 and checks that it answers.
#   scripts/ear-on-full-payara.sh WORKDIR PORTBASE DB_PORT
# Payara Server comes from Maven Central (fish.payara.distributions:payara, zip); its own domain
# uses PORTBASE (+80 HTTP, +48 admin), so it runs beside the test service. The database is the
# project's private PostgreSQL of profile "ear" on DB_PORT. Everything is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$1"; PORTBASE="$2"; DB_PORT="$3"
VERSION="${PAYARA_SERVER_VERSION:-6.2025.9}"
mkdir -p "$WORK"
mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$VERSION:zip" -DoutputDirectory="$WORK"
unzip -q -o "$WORK/payara-$VERSION.zip" -d "$WORK"
ASADMIN="$WORK/payara6/bin/asadmin"
export LATCHKEY_PROFILE=ear LATCHKEY_DB_PORT="$DB_PORT" LATCHKEY_DATA="$WORK/data"
./latchkey db reset
export DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/latchkey" DB_USER=latchkey DB_PASSWORD=latchkey
"$ASADMIN" create-domain --nopassword --portbase "$PORTBASE" latchkey >/dev/null
cleanup() {
  "$ASADMIN" stop-domain latchkey >/dev/null 2>&1 || true
  ./latchkey db stop || true
}
trap cleanup EXIT
"$ASADMIN" start-domain latchkey >/dev/null
# DELETE /api/2fa/totp carries a body, which Grizzly refuses unless told otherwise
"$ASADMIN" --port $((PORTBASE + 48)) set \
  configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.allow-payload-for-undefined-http-methods=true >/dev/null
"$ASADMIN" --port $((PORTBASE + 48)) deploy --contextroot / ear/target/latchkey.ear
HTTP=$((PORTBASE + 80))
# on a loaded machine the listener may answer a little after the deploy returns
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$HTTP/api/health" && break; sleep 1; done
if ! curl -fs -o /dev/null "http://localhost:$HTTP/api/health"; then
  echo "the application did not answer on port $HTTP; the server log ends:"
  tail -n 60 "$WORK/payara6/glassfish/domains/latchkey/logs/server.log" || true
fi
echo "health: $(curl -s "http://localhost:$HTTP/api/health")"
echo "register: $(curl -s -X POST "http://localhost:$HTTP/api/accounts" -H 'Content-Type: application/json' \
  -d '{"email":"ear@example.com","username":"earuser","password":"correct horse battery"}')"
echo "bad json: $(curl -s -X POST "http://localhost:$HTTP/api/accounts" -H 'Content-Type: application/json' -d '{"email":1}')"
echo "login: $(curl -s -X POST "http://localhost:$HTTP/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"login":"earuser","password":"wrong password"}')"
echo "openapi: $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP/openapi")"
