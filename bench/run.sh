#!/usr/bin/env bash
# make bench: name search and record reading on a beneficiary file of BENCH_PERSONS (1,000,000)
# fictitious persons, through the API and directly in PostgreSQL. See bench/README.md.
#
#   BENCH_PERSONS=1000000   persons in the file (the database is kept between runs and topped up)
#   BENCH_RESEED=1          drop the database entraide_bench and seed it again
#   BENCH_BUILD=0           reuse backend/target/quarkus-app instead of running `make build`
#   BENCH_CLIENTS=16 BENCH_WARMUP=30 BENCH_DURATION=60   concurrency and seconds per measurement
#   BENCH_PORT=8095         HTTP port of the service under test
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PERSONS=${BENCH_PERSONS:-1000000}
PORT=${BENCH_PORT:-8095}
RESEED=${BENCH_RESEED:-0}
BUILD=${BENCH_BUILD:-1}
SEED=${BENCH_SEED:-2026}
START_TIMEOUT=${BENCH_START_TIMEOUT:-3600}
export BENCH_CLIENTS=${BENCH_CLIENTS:-16} BENCH_WARMUP=${BENCH_WARMUP:-30} BENCH_DURATION=${BENCH_DURATION:-60}

DB=entraide_bench
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
WORK="$ROOT/bench/.work"
RESULTS="$ROOT/bench/results"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
CLIENT="$ROOT/bench/LoadClient.java"
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=admin@entraide.local
# The benchmark's own agent; the database is local and thrown away, the password is no secret.
AGENT_EMAIL=instructeur.bench@entraide.local
AGENT_PASSWORD=Bench-Instructeur-2026

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

[[ "$PERSONS" =~ ^[0-9]+$ && "$PERSONS" -gt 0 ]] || die "BENCH_PERSONS must be a positive number"
if [[ -z "${JAVA:-}" ]]; then
  JAVA_HOME="$("$ROOT/backend/scripts/find-jdk.sh")"
  JAVA="$JAVA_HOME/bin/java"
fi
command -v curl >/dev/null || die "curl is needed"
command -v psql >/dev/null || die "psql (postgresql-client) is needed"

psql_app() {
  PGPASSWORD=entraide psql -X -q -w -h 127.0.0.1 -p 5432 -U entraide -v ON_ERROR_STOP=1 "$@"
}

# ------------------------------------------------------------------------------------------- build
if [[ "$BUILD" == 1 ]]; then
  say "Build (make build)"
  "${MAKE:-make}" -C "$ROOT" --no-print-directory build
fi
[[ -f "$JAR" ]] || die "$JAR is missing: run make build (or drop BENCH_BUILD=0)"
PGJDBC=$(ls "$ROOT"/backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar 2>/dev/null | head -n 1)
[[ -n "$PGJDBC" ]] || die "PostgreSQL JDBC driver not found in backend/target/quarkus-app/lib/main"

# ------------------------------------------------------------------------------------------- keys
# Generated once and kept in bench/.work (git-ignored): the seeded rows are encrypted with this
# key and the bootstrap administrator has this password, so they go with the database.
mkdir -p "$WORK" "$RESULTS"
new_secrets=0
if [[ ! -s "$WORK/data.key" || ! -s "$WORK/admin.password" ]]; then
  (umask 077
   head -c 32 /dev/urandom | base64 > "$WORK/data.key"
   head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/admin.password")
  new_secrets=1
fi

# ------------------------------------------------------------------------------------------- database
say "Database $DB"
"$ROOT/backend/scripts/db.sh"
exists=$(psql_app -d postgres -Atc "select 1 from pg_database where datname = '$DB'")
current=-1
if [[ "$exists" == 1 ]]; then
  current=$(psql_app -d "$DB" -Atc "select count(*) from beneficiary" 2>/dev/null || echo -1)
fi
# A kept database must have been migrated by the same migrations (Flyway refuses changed ones).
schema=$(cat "$ROOT"/backend/src/main/resources/db/migration/*.sql | cksum | cut -d ' ' -f 1)
same_schema=0
[[ -f "$WORK/schema.sum" && "$(cat "$WORK/schema.sum")" == "$schema" ]] && same_schema=1
if [[ "$RESEED" == 1 || "$exists" != 1 || "$current" -lt 0 || "$current" -gt "$PERSONS" || "$new_secrets" == 1 \
      || "$same_schema" != 1 ]]; then
  "$ROOT/backend/scripts/db.sh" recreate "$DB"
  echo "Empty database: the service will seed $PERSONS persons at start."
elif [[ "$current" -lt "$PERSONS" ]]; then
  echo "$current persons already there: the service will add $((PERSONS - current))."
else
  echo "$current persons already there (BENCH_RESEED=1 to start again)."
fi

# ------------------------------------------------------------------------------------------- service
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "port $PORT is already in use (set BENCH_PORT)"
fi
say "Service on port $PORT (log: bench/.work/service.log)"
ENTRAIDE_DB_URL="$DB_URL" \
ENTRAIDE_HTTP_PORT="$PORT" \
ENTRAIDE_HTTP_HOST=127.0.0.1 \
ENTRAIDE_DATA_DIR="$WORK/data" \
ENTRAIDE_DATA_KEY="$(cat "$WORK/data.key")" \
ENTRAIDE_ADMIN_EMAIL="$ADMIN_EMAIL" \
ENTRAIDE_ADMIN_PASSWORD="$(cat "$WORK/admin.password")" \
ENTRAIDE_ORGANISATION_NAME="CIAS du banc d'essai" \
ENTRAIDE_BENCH_SEED_PERSONS="$PERSONS" \
ENTRAIDE_BENCH_SEED="$SEED" \
ENTRAIDE_ACCESS_TOKEN_MINUTES=240 \
ENTRAIDE_COOKIE_SECURE=false \
ENTRAIDE_DEMO=false \
  "$JAVA" -jar "$JAR" >"$WORK/service.log" 2>&1 &
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
last=""
until curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; do
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    tail -n 40 "$WORK/service.log" >&2
    die "the service stopped during start-up"
  fi
  if (( $(date +%s) - started > START_TIMEOUT )); then
    die "the service is not ready after $START_TIMEOUT s"
  fi
  line=$(grep -a 'Seeding' "$WORK/service.log" | tail -n 1 | sed 's/.*\] //' || true)
  if [[ -n "$line" && "$line" != "$last" ]]; then
    echo "  $line"
    last=$line
  fi
  sleep 2
done
echo "$schema" >"$WORK/schema.sum"
seeding=$(grep -a 'Seeding done' "$WORK/service.log" | sed 's/.*Seeding done: //' || true)
echo "Ready after $(( $(date +%s) - started )) s.${seeding:+ Seeding: $seeding}"

# ------------------------------------------------------------------------------------------- agent and inputs
say "Agent and inputs"
admin_token=$("$JAVA" "$CLIENT" token "$BASE" "$ADMIN_EMAIL" "$(cat "$WORK/admin.password")")
"$JAVA" "$CLIENT" agent "$BASE" "$admin_token" "$AGENT_EMAIL" "$AGENT_PASSWORD"
token=$("$JAVA" "$CLIENT" token "$BASE" "$AGENT_EMAIL" "$AGENT_PASSWORD")
read -r ORG AGENT < <(psql_app -d "$DB" -AtF ' ' -c \
  "select organisation_id, id from agent where email_key = '$AGENT_EMAIL'")
persons=$(psql_app -d "$DB" -Atc "select count(*) from beneficiary where organisation_id = '$ORG'")
echo "Organisation $ORG: $persons persons; agent $AGENT_EMAIL"
# A fixed sample (ordered by a hash of the id), so that two runs on the same data send the same requests.
psql_app -d "$DB" -AtF $'\t' -c "select birth_name, coalesce(usage_name, ''), first_names from beneficiary
  where organisation_id = '$ORG' order by md5(id::text) limit 2000" >"$WORK/names.tsv"
psql_app -d "$DB" -At -c "select id from beneficiary where organisation_id = '$ORG'
  order by md5(id::text || 'get') limit 5000" >"$WORK/ids.txt"
"$JAVA" "$CLIENT" queries "$WORK/names.tsv" "$WORK/queries.txt" 2000 "$SEED"

# ------------------------------------------------------------------------------------------- measures
stamp=$(date +%Y-%m-%d_%H%M)
run="$WORK/run-$stamp"
mkdir -p "$run"
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')
# A service in production has long been compiled by the JIT; on two busy cores that takes minutes.
# Both API scenarios run once first, unmeasured, so that neither is measured on a cold service.
for scenario in search get; do
  input="$WORK/queries.txt"
  [[ "$scenario" == get ]] && input="$WORK/ids.txt"
  say "Warm-up of the service: $scenario (${BENCH_WARMUP}s, not measured)"
  BENCH_DURATION=1 "$JAVA" "$CLIENT" api "$scenario" "$input" "$run/warm-up-$scenario.properties" "$BASE" "$token"
done
for scenario in search get; do
  input="$WORK/queries.txt"
  [[ "$scenario" == get ]] && input="$WORK/ids.txt"
  say "Measure: $scenario through the API ($BENCH_CLIENTS clients, ${BENCH_WARMUP}s + ${BENCH_DURATION}s)"
  "$JAVA" "$CLIENT" api "$scenario" "$input" "$run/api-$scenario.properties" "$BASE" "$token"
  say "Measure: $scenario directly in PostgreSQL, same SQL ($BENCH_CLIENTS clients, ${BENCH_WARMUP}s + ${BENCH_DURATION}s)"
  "$JAVA" -cp "$PGJDBC" "$CLIENT" db "$scenario" "$input" "$run/db-$scenario.properties" \
    "$DB_URL" entraide entraide "$ORG" "$AGENT"
done
load_after=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')

# ------------------------------------------------------------------------------------------- report
say "Results"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo '?')
report="$RESULTS/$stamp.md"
"$JAVA" "$CLIENT" report "$report" \
  "date=$(date '+%Y-%m-%d %H:%M %Z')" \
  "persons=$persons" \
  "machine=$(nproc) CPU ($cpu), $(free -g 2>/dev/null | awk '/^Mem/ { print $2 " GB RAM" }')" \
  "load average before / after=$load_before / $load_after" \
  "JDK=$("$JAVA" -version 2>&1 | head -n 1)" \
  "PostgreSQL=$(psql_app -d "$DB" -Atc 'show server_version') (shared_buffers $(psql_app -d "$DB" -Atc 'show shared_buffers'), work_mem $(psql_app -d "$DB" -Atc 'show work_mem'))" \
  "seed=$SEED, $(wc -l <"$WORK/queries.txt") name queries (20% with a typo), $(wc -l <"$WORK/ids.txt") ids" \
  "seeding=${seeding:-none in this run (database reused)}" \
  -- "$run/api-search.properties" "$run/db-search.properties" "$run/api-get.properties" "$run/db-get.properties"

# What the name search reads: the narrow copy of the file and the dictionary of name words.
{
  printf '\n## Name search structures\n\n'
  psql_app -d "$DB" -At -F ' | ' -c "select 'beneficiary (wide): ' || pg_size_pretty(pg_total_relation_size('beneficiary')),
    'beneficiary_search (narrow, with indexes): ' || pg_size_pretty(pg_total_relation_size('beneficiary_search')),
    'name_word: ' || (select count(*) from name_word) || ' words'"
} >>"$report"
echo "Written to ${report#"$ROOT"/}"
