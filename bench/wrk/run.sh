#!/usr/bin/env bash
# wrk against the running jar (docs/benchmarks.md section 8): starts `chokepoint serve` on a fresh
# data directory (the starter data), warms every URL (which also fills the server's answer cache),
# then runs wrk with 50 connections and 2 threads for each URL, without and with
# `Accept-Encoding: gzip`. Run it under the exclusive CPU lock:
#   flock -x /tmp/cpu.lock bench/wrk/run.sh [seconds]
# Environment: JAR (default app/target/chokepoint.jar), PORT (18383), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-30}
jar=${JAR:-app/target/chokepoint.jar}
port=${PORT:-18383}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || { echo "no jar at $jar; build it: ./mvnw -B -DskipTests package -pl app -am" >&2; exit 1; }
data=$(mktemp -d)
log=$(mktemp)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" serve --port "$port" >"$log" 2>&1 &
pid=$!
trap 'rc=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data" "$log"; exit $rc' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "$base/health" && break
  sleep 0.1
done
curl -sf -o /dev/null "$base/health" || { cat "$log" >&2; exit 1; }
urls=(
  "/api/v1/overview"
  "/api/v1/minerals?year=2025&critical_only=true"
)
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores; $(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
for u in "${urls[@]}"; do
  for enc in identity gzip; do
    bytes=$(curl -s -H "Accept-Encoding: $enc" -o /dev/null -w '%{size_download}' "$base$u")
    wrk -t2 -c50 -d5s -H "Accept-Encoding: $enc" "$base$u" >/dev/null
    echo
    echo "## GET $u  Accept-Encoding: $enc  ($bytes bytes per answer)"
    wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency -H "Accept-Encoding: $enc" "$base$u"
  done
done
