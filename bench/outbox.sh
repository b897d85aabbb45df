#!/usr/bin/env bash
# make bench (second part): delivery throughput of the webhook outbox to a local receiver.
# Starts the service on its own database, registers a webhook for a partner, writes
# BENCH_OUTBOX_EVENTS events at once into the outbox (the same rows Outbox.publish writes), and
# measures how fast the delivery worker drains them to bench/OutboxReceiver.java, which checks
# every signature and counts distinct event ids.
#
#   BENCH_OUTBOX_EVENTS=5000         events written
#   BENCH_OUTBOX_PARALLELISM=8       concurrent deliveries per worker batch (ENTRAIDE_OUTBOX_PARALLELISM)
#   BENCH_OUTBOX_BATCH=50            rows claimed per batch (ENTRAIDE_OUTBOX_BATCH)
#   BENCH_RECEIVER_DELAY_MS=0        time the receiver takes to answer each delivery
#   BENCH_OUTBOX_PORT=8096 BENCH_RECEIVER_PORT=8197   ports of the service and of the receiver
#   BENCH_OUTBOX_DB=entraide_bench_outbox             database, recreated at each run
#   BENCH_BUILD=0                    reuse backend/target/quarkus-app instead of running `make build`
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

EVENTS=${BENCH_OUTBOX_EVENTS:-5000}
PARALLELISM=${BENCH_OUTBOX_PARALLELISM:-8}
BATCH=${BENCH_OUTBOX_BATCH:-50}
DELAY=${BENCH_RECEIVER_DELAY_MS:-0}
PORT=${BENCH_OUTBOX_PORT:-8096}
RPORT=${BENCH_RECEIVER_PORT:-8197}
DB=${BENCH_OUTBOX_DB:-entraide_bench_outbox}
BUILD=${BENCH_BUILD:-1}
WORK="$ROOT/bench/.work/outbox"
RESULTS="$ROOT/bench/results"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=admin@entraide.local

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench/outbox: %s\n' "$*" >&2; exit 1; }
[[ "$EVENTS" =~ ^[0-9]+$ && "$EVENTS" -gt 0 ]] || die "BENCH_OUTBOX_EVENTS must be a positive number"
if [[ -z "${JAVA:-}" ]]; then
  JAVA_HOME="$("$ROOT/backend/scripts/find-jdk.sh")"
  JAVA="$JAVA_HOME/bin/java"
fi
for tool in curl psql jq; do command -v "$tool" >/dev/null || die "$tool is needed"; done
psql_app() { PGPASSWORD=entraide psql -X -q -w -h 127.0.0.1 -p 5432 -U entraide -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

if [[ "$BUILD" == 1 ]]; then
  say "Build (make build)"
  "${MAKE:-make}" -C "$ROOT" --no-print-directory build
fi
[[ -f "$JAR" ]] || die "$JAR is missing: run make build (or drop BENCH_BUILD=0)"

say "Database $DB (recreated)"
"$ROOT/backend/scripts/db.sh" recreate "$DB" >/dev/null
rm -rf "$WORK" && mkdir -p "$WORK/data" "$RESULTS"
ADMIN_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

say "Service on $BASE (parallelism $PARALLELISM, batch $BATCH)"
ENTRAIDE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
ENTRAIDE_HTTP_PORT="$PORT" ENTRAIDE_HTTP_HOST=127.0.0.1 \
ENTRAIDE_DATA_DIR="$WORK/data" \
ENTRAIDE_ADMIN_EMAIL="$ADMIN_EMAIL" ENTRAIDE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
ENTRAIDE_OUTBOX_PARALLELISM="$PARALLELISM" ENTRAIDE_OUTBOX_BATCH="$BATCH" \
ENTRAIDE_COOKIE_SECURE=false ENTRAIDE_DEMO=false \
  "$JAVA" -jar "$JAR" >"$WORK/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
  curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || die "the service stopped: see $WORK/service.log"
  sleep 1
done
curl -sf "$BASE/q/health/ready" >/dev/null || die "the service is not ready: see $WORK/service.log"

admin=$(curl -sf "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg e "$ADMIN_EMAIL" --arg p "$ADMIN_PASSWORD" '{email:$e,password:$p}')" | jq -r .accessToken)
partner=$(curl -sf "$BASE/api/admin/partners" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"CAF du banc d'"'"'essai","type":"CAF"}' | jq -r .client.id)
secret=$(curl -sf "$BASE/api/admin/partners/$partner/webhooks" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RPORT/hook\"}" | jq -r .secret)
[[ -n "$secret" && "$secret" != null ]] || die "webhook registration failed"

say "Receiver on :$RPORT (delay ${DELAY} ms)"
"$JAVA" "$ROOT/bench/OutboxReceiver.java" "$RPORT" "$secret" "$DELAY" >"$WORK/receiver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$RPORT/stats" >/dev/null 2>&1 && break; sleep 0.5; done

say "Writing $EVENTS events into the outbox"
start=$(date +%s.%N)
psql_app <<SQL
begin;
create temporary table bench_ids as
  select gen_random_uuid() as id, n from generate_series(1, $EVENTS) n;
insert into outbox_event (id, organisation_id, partner_id, type, payload, created_at)
  select b.id, p.organisation_id, p.id, 'bench.event',
         jsonb_build_object('id', b.id, 'type', 'bench.event', 'occurredAt', now(), 'data', jsonb_build_object('n', b.n)), now()
    from bench_ids b, partner_client p where p.id = '$partner';
insert into webhook_delivery (id, event_id, subscription_id, status, next_attempt_at, created_at)
  select gen_random_uuid(), b.id, s.id, 'PENDING', now(), now()
    from bench_ids b, webhook_subscription s where s.partner_id = '$partner';
commit;
SQL

say "Waiting for the deliveries"
timeout=$(( EVENTS / 20 + 120 ))
deadline=$(( $(date +%s) + timeout ))
while :; do
  read -r requests distinct bad < <(curl -sf "http://127.0.0.1:$RPORT/stats")
  printf '\r  %s / %s delivered (%s requests, %s bad signatures)   ' "$distinct" "$EVENTS" "$requests" "$bad"
  (( distinct >= EVENTS )) && break
  (( $(date +%s) < deadline )) || die "only $distinct of $EVENTS events delivered after ${timeout}s"
  sleep 0.2
done
end=$(date +%s.%N)
echo
sleep 1
pending=$(psql_app -Atc "select count(*) from webhook_delivery d join outbox_event e on e.id = d.event_id where e.type = 'bench.event' and d.status <> 'DELIVERED'")
latency=$(psql_app -Atc "select round(percentile_cont(0.5) within group (order by extract(epoch from d.delivered_at - d.created_at))::numeric * 1000), round(percentile_cont(0.95) within group (order by extract(epoch from d.delivered_at - d.created_at))::numeric * 1000) from webhook_delivery d join outbox_event e on e.id = d.event_id where e.type = 'bench.event' and d.status = 'DELIVERED'")
read -r requests distinct bad < <(curl -sf "http://127.0.0.1:$RPORT/stats")
seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
rate=$(awk -v n="$EVENTS" -v s="$seconds" 'BEGIN { print n / s }')

report="$RESULTS/outbox_$(date +%Y%m%d_%H%M%S).md"
{
  echo "# Outbox delivery throughput"
  echo
  echo "| measure | value |"
  echo "| --- | --- |"
  printf '| events | %s |\n' "$EVENTS"
  printf '| drained in | %.2f s |\n' "$seconds"
  printf '| throughput | **%.0f events/s** |\n' "$rate"
  printf '| delivery latency p50 / p95 (written → delivered) | %s ms / %s ms |\n' "${latency%%|*}" "${latency##*|}"
  printf '| requests received / distinct events / bad signatures | %s / %s / %s |\n' "$requests" "$distinct" "$bad"
  printf '| deliveries not DELIVERED | %s |\n' "$pending"
  printf '| worker | batch %s, parallelism %s, receiver delay %s ms |\n' "$BATCH" "$PARALLELISM" "$DELAY"
  printf '| machine | %s cores, load %s |\n' "$(nproc)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
  printf '| JDK | %s |\n' "$("$JAVA" -version 2>&1 | head -n 1)"
} | tee "$report"
echo
echo "Written to $report"
