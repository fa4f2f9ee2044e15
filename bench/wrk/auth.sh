#!/usr/bin/env bash
# wrk against the running jar, anonymous against authenticated (docs/benchmarks.md section 12):
# creates an organisation, a user and an API token with `chokepoint admin` on a fresh data
# directory, starts `chokepoint serve` on it (embedded PostgreSQL), warms the URL (which fills the
# server's answer cache), then runs wrk with 50 connections and 2 threads on one analysis URL
# without and with `Authorization: Bearer TOKEN`, each twice in alternation; then, with the token,
# on a members' route (GET /api/v1/jobs/{id} of a finished scenario job). Run it under the
# exclusive CPU lock:
#   flock -x /tmp/cpu.lock bench/wrk/auth.sh [seconds]
# Environment: JAR (default app/target/chokepoint.jar), PORT (18384), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-30}
jar=${JAR:-app/target/chokepoint.jar}
port=${PORT:-18384}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$jar" ] || { echo "no jar at $jar; build it: ./mvnw -B -DskipTests package -pl app -am" >&2; exit 1; }
data=$(mktemp -d)
log=$(mktemp)
pid=
cleanup() {
  rc=$?
  set +e
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  # as root the embedded PostgreSQL keeps its files outside the data directory; remove ours
  pgdir=$(sed -n 's/.*the workspace database is kept in \(\/[^ ]*\)$/\1/p' "$log" "$data.admin" 2>/dev/null | head -1)
  case "$pgdir" in /var/lib/chokepoint/postgres-*) rm -rf "$pgdir" ;; esac
  rm -rf "$data" "$data.admin" "$log"
  exit $rc
}
trap cleanup EXIT
cp() { java -jar "$jar" --data-dir "$data" "$@" 2>>"$data.admin"; }
cp admin org add --name "Bench Ministry" --kind government --country JPN >/dev/null
echo "a long bench passphrase" |
  cp admin user add --email bench@ministry.example --org "Bench Ministry" --role analyst --password-stdin >/dev/null
token=$(cp admin token create --email bench@ministry.example --days 1)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --data-dir "$data" serve --port "$port" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/auth/me" && break
  sleep 0.1
done
curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/auth/me" || { cat "$log" >&2; exit 1; }
bad=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token}x" "$base/api/v1/overview")
[ "$bad" = 401 ] || { echo "a bad token on a public route answered $bad, not 401" >&2; exit 1; }

u="/api/v1/minerals?year=2025&critical_only=true"
auth="Authorization: Bearer $token"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores; $(java -version 2>&1 | head -1); $(wrk --version 2>&1 | head -1)"
bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base$u")
wrk -t2 -c50 -d5s "$base$u" >/dev/null
wrk -t2 -c50 -d5s -H "$auth" "$base$u" >/dev/null
for round in 1 2; do
  echo
  echo "## round $round: GET $u  anonymous  ($bytes bytes per answer)"
  wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency "$base$u"
  echo
  echo "## round $round: GET $u  Authorization: Bearer (API token)"
  wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency -H "$auth" "$base$u"
done

# a members' route: a finished scenario job, read by its submitter
scenario='name: half of s2 final demand (synthetic two-sector table)
table: {dataset: two-sector}
horizon: 40
shocks:
  - {type: final_demand, sector: R/s2, categories: [fd], magnitude: 0.5, duration: 10}'
location=$(curl -s -D - -o /dev/null -H "$auth" -H "Content-Type: text/yaml" --data-binary "$scenario" \
  "$base/api/v1/simulate" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
for _ in $(seq 1 100); do
  curl -s -H "$auth" "$base$location" | grep -q '"state" : "done"' && break
  sleep 0.1
done
jbytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$auth" "$base$location")
anon=$(curl -s -o /dev/null -w '%{http_code}' "$base$location")
wrk -t2 -c50 -d5s -H "$auth" "$base$location" >/dev/null
echo
echo "## GET $location  Authorization: Bearer (members' route; $jbytes bytes; anonymous gets $anon)"
wrk -t2 -c50 -d"${secs}s" --timeout 10s --latency -H "$auth" "$base$location"
