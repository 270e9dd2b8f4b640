#!/usr/bin/env bash
# Start-up of a packaged jar on a fresh data directory (embedded PostgreSQL, no sample data):
# seconds from launch until /actuator/health is UP, Spring's own "Started … in" figure, and the wall time of one
# `extract` run (JVM + CoreNLP models loaded + one sentence). Usage: scripts/startup-benchmark.sh [JAR] [PORT]
set -euo pipefail
JAR=${1:-target/pactwatch.jar}; PORT=${2:-18181}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
export PACTWATCH_DATA_DIR=$D PACTWATCH_PORT=$PORT PACTWATCH_SAMPLE_DATA=false PACTWATCH_ADMIN_PASSWORD=bench-pass-123
t0=$(date +%s.%N)
"$JAVA" -Xmx3g -XX:+UseParallelGC -jar "$JAR" >"$D/out.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  sleep 0.2
  kill -0 "$pid" 2>/dev/null || { echo "the application exited:"; tail "$D/out.log"; exit 1; }
done
t1=$(date +%s.%N)
kill "$pid"; wait "$pid" 2>/dev/null || true
printf 'Amazon will invest $4 billion in Anthropic.\n' >"$D/a.txt"
t2=$(date +%s.%N)
"$JAVA" -Xmx3g -XX:+UseParallelGC -jar "$JAR" extract --published 2026-01-01 "$D/a.txt" >"$D/extract.json" 2>"$D/extract.err"
t3=$(date +%s.%N)
printf 'health UP %.1f s; %s; extract %.1f s; jar %s bytes\n' "$(echo "$t1 - $t0" | bc)" \
  "$(grep -o 'Started PactwatchApplication in [0-9.]* seconds' "$D/out.log")" "$(echo "$t3 - $t2" | bc)" "$(stat -c %s "$JAR")"
