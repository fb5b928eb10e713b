#!/usr/bin/env bash
# The EAR on WildFly 39 with PostgreSQL, configured by scripts/wildfly/configure.cli.
#   scripts/ear-on-wildfly.sh start WORKDIR PORT_OFFSET DB_PORT   prepares, starts and deploys; returns when ready
#   scripts/ear-on-wildfly.sh stop WORKDIR DB_PORT                 stops WildFly and the database
# WildFly comes from Maven Central (org.wildfly:wildfly-dist, tar.gz); HTTP on 8080+PORT_OFFSET, management
# (health) on 9990+PORT_OFFSET. The database is the project's private PostgreSQL of profile "wildfly" on
# DB_PORT. MAIL_SMTP_HOST and MAIL_SMTP_PORT reach the application from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ACTION="$1"; WORK="$2"
VERSION="${WILDFLY_VERSION:-39.0.1.Final}"
HOME_DIR="$WORK/wildfly-$VERSION"
export LATCHKEY_PROFILE=wildfly LATCHKEY_DATA="$WORK/data"
if [ "$ACTION" = stop ]; then
  export LATCHKEY_DB_PORT="$3"
  [ -f "$WORK/wildfly.pid" ] && { kill "$(cat "$WORK/wildfly.pid")" 2>/dev/null || true; }
  for _ in $(seq 1 60); do pgrep -f "jboss.home.dir=$HOME_DIR" >/dev/null || break; sleep 0.5; done
  pkill -9 -f "jboss.home.dir=$HOME_DIR" 2>/dev/null || true
  ./latchkey db stop || true
  exit 0
fi
OFFSET="$3"; export LATCHKEY_DB_PORT="$4"
mkdir -p "$WORK"
mvn -q -B dependency:copy -Dartifact="org.wildfly:wildfly-dist:$VERSION:tar.gz" -DoutputDirectory="$WORK"
tar xzf "$WORK/wildfly-dist-$VERSION.tar.gz" -C "$WORK"
PG_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
PG_JAR="$HOME/.m2/repository/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar"
[ -f "$PG_JAR" ] || mvn -q -B dependency:get -Dartifact="org.postgresql:postgresql:$PG_VERSION"
"$HOME_DIR/bin/jboss-cli.sh" -Dpostgresql.jar="$PG_JAR" --file="$ROOT/scripts/wildfly/configure.cli" >/dev/null
./latchkey db reset
export DB_URL="jdbc:postgresql://127.0.0.1:$LATCHKEY_DB_PORT/latchkey" DB_USER=latchkey DB_PASSWORD=latchkey
cp ear/target/latchkey.ear "$HOME_DIR/standalone/deployments/"
started=$(date +%s.%N)
LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xmx512m -Djava.net.preferIPv4Stack=true" "$HOME_DIR/bin/standalone.sh" -c standalone-microprofile.xml \
  -Djboss.socket.binding.port-offset="$OFFSET" >"$WORK/server.log" 2>&1 &
echo $! >"$WORK/wildfly.pid"
for _ in $(seq 1 480); do
  if curl -fs -o /dev/null "http://localhost:$((9990 + OFFSET))/health/ready"; then
    echo "wildfly: ready in $(echo "$(date +%s.%N) - $started" | bc) s on port $((8080 + OFFSET))"
    exit 0
  fi
  if ls "$HOME_DIR/standalone/deployments/" | grep -q 'latchkey.ear.failed'; then break; fi
  sleep 0.5
done
echo "wildfly: not ready; the server log ends:"; tail -n 80 "$WORK/server.log"
exit 1
