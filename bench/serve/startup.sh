#!/usr/bin/env bash
# Times `chokepoint serve` from launch to the first /health 200, and to the workspace database
# being ready ("workspace" : "ready" in /health), on a data directory given (new or reused).
# Usage: bench/serve/startup.sh DATA_DIR [PORT]   (run it twice on the same DATA_DIR to see both
# the first start, which creates the embedded PostgreSQL cluster, and a later one)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:?data directory}
port=${2:-18089}
jar=${CHOKEPOINT_JAR:-app/target/chokepoint.jar}
t0=$(date +%s%N)
java -jar "$jar" --data-dir "$data" serve --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do # at most 60 s
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.05
done
t1=$(date +%s%N)
for _ in $(seq 1 1200); do # at most 60 s
  curl -s "http://127.0.0.1:$port/health" | grep -q '"workspace" *: *"ready"' && break
  sleep 0.05
done
t2=$(date +%s%N)
echo "health 200 after $(((t1 - t0) / 1000000)) ms; workspace ready after $(((t2 - t0) / 1000000)) ms"
