#!/usr/bin/env bash
# Dossier generation benchmark: p50/p95 of generating one APA and one ASH dossier through the API,
# then a batch of BENCH_DOSSIERS (1,000) dossiers: total time and the service's peak heap.
# Runs on its own throw-away database (entraide_bench_dossier) and port; see bench/README.md.
#
#   BENCH_BUILD=0                 reuse backend/target/quarkus-app instead of running `make build`
#   BENCH_DOSSIERS=1000           size of the batch
#   BENCH_SAMPLES=200             timed generations for each of APA and ASH
#   BENCH_REQUESTS=40             requests of each kind the dossiers are generated for
#   BENCH_DOSSIER_CLIENTS=2       concurrent clients during the batch
#   BENCH_DOSSIER_PORT=8097       HTTP port of the service under test
#   BENCH_DOSSIER_HEAP=           e.g. 512m: -Xmx of the service (JVM default otherwise)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PORT=${BENCH_DOSSIER_PORT:-8097}
BUILD=${BENCH_BUILD:-1}
export BENCH_DOSSIERS=${BENCH_DOSSIERS:-1000} BENCH_SAMPLES=${BENCH_SAMPLES:-200} BENCH_REQUESTS=${BENCH_REQUESTS:-40}
export BENCH_DOSSIER_CLIENTS=${BENCH_DOSSIER_CLIENTS:-2}
DB=entraide_bench_dossier
WORK="$ROOT/bench/.work/dossiers"
RESULTS="$ROOT/bench/results"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

if [[ -z "${JAVA:-}" ]]; then
  JAVA_HOME="$("$ROOT/backend/scripts/find-jdk.sh")"
  JAVA="$JAVA_HOME/bin/java"
fi
command -v curl >/dev/null || die "curl is needed"

if [[ "$BUILD" == 1 ]]; then
  say "Build (make build)"
  "${MAKE:-make}" -C "$ROOT" --no-print-directory build
fi
[[ -f "$JAR" ]] || die "$JAR is missing: run make build (or drop BENCH_BUILD=0)"

mkdir -p "$WORK" "$RESULTS"
# A fresh database and data directory each run: the numbers do not depend on earlier runs.
say "Database $DB (recreated)"
"$ROOT/backend/scripts/db.sh" recreate "$DB"
rm -rf "$WORK/data"
(umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/admin.password")

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "port $PORT is already in use (set BENCH_DOSSIER_PORT)"
fi
say "Service on port $PORT (log: bench/.work/dossiers/service.log)"
heap=()
[[ -n "${BENCH_DOSSIER_HEAP:-}" ]] && heap=("-Xmx$BENCH_DOSSIER_HEAP")
ENTRAIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
ENTRAIDE_HTTP_PORT="$PORT" \
ENTRAIDE_HTTP_HOST=127.0.0.1 \
ENTRAIDE_DATA_DIR="$WORK/data" \
ENTRAIDE_ADMIN_EMAIL=admin@entraide.local \
ENTRAIDE_ADMIN_PASSWORD="$(cat "$WORK/admin.password")" \
ENTRAIDE_ORGANISATION_NAME="CCAS du banc d'essai des dossiers" \
ENTRAIDE_ACCESS_TOKEN_MINUTES=240 \
ENTRAIDE_COOKIE_SECURE=false \
ENTRAIDE_DEMO=false \
  "$JAVA" "${heap[@]}" -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
stop_service() {
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap stop_service EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
until curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; do
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 40 "$WORK/service.log" >&2; die "the service stopped during start-up"; }
  (( $(date +%s) - started < 300 )) || die "the service is not ready after 300 s"
  sleep 1
done

say "Dossiers: $BENCH_SAMPLES APA + $BENCH_SAMPLES ASH timed, then a batch of $BENCH_DOSSIERS ($BENCH_DOSSIER_CLIENTS clients)"
report="$RESULTS/dossiers-$(date +%Y%m%d-%H%M%S).txt"
BENCH_BASE="$BASE" BENCH_ADMIN_PASSWORD="$(cat "$WORK/admin.password")" BENCH_SERVICE_PID="$SERVICE_PID" \
  "$JAVA" "$ROOT/bench/DossierBench.java" | tee "$report"
echo "Report: ${report#"$ROOT"/}"
