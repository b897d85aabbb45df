#!/usr/bin/env bash
# Local PostgreSQL for Entraide.
#
#   db.sh                 make sure PostgreSQL answers on 127.0.0.1:5432 (start an
#                         installed cluster, or install it with apt-get when root),
#                         then create, if missing, the role `entraide` and the
#                         databases `entraide` and `entraide_test`, with the
#                         unaccent and pg_trgm extensions.
#   db.sh recreate NAME   the same, then drop and recreate database NAME
#                         (used for the throw-away e2e database `entraide_e2e`).
#
# Every step is idempotent: running it twice changes nothing.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
APP_ROLE=entraide
APP_PASSWORD=entraide
DATABASES=(entraide entraide_test)
EXTENSIONS=(unaccent pg_trgm)

say() { printf '[db] %s\n' "$*"; }
die() { printf '[db] %s\n' "$@" >&2; exit 1; }

is_root() { [[ $(id -u) -eq 0 ]]; }

server_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3
  else
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
  fi
}

wait_ready() {
  local i
  for ((i = 0; i < 30; i++)); do
    server_ready && return 0
    sleep 1
  done
  return 1
}

explain_and_exit() {
  die "$1" \
    "PostgreSQL (>= 15) doit écouter sur $PG_HOST:$PG_PORT. / PostgreSQL (>= 15) must listen on $PG_HOST:$PG_PORT." \
    "  - Debian/Ubuntu : sudo apt-get install -y postgresql" \
    "                    sudo pg_ctlcluster <version> main start   (ou/or: sudo systemctl start postgresql)" \
    "  - Docker        : docker compose up -d db" \
    "Puis relancez / then rerun: make db"
}

# Runs "$@" as the operating-system user postgres.
as_postgres() {
  if is_root; then
    if command -v runuser >/dev/null 2>&1; then
      (cd / && runuser -u postgres -- "$@")
    else
      (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
    fi
  elif [[ $(id -un) == postgres ]]; then
    (cd / && "$@")
  else
    (cd / && sudo -u postgres "$@")
  fi
}

install_postgresql() {
  is_root && command -v apt-get >/dev/null 2>&1 \
    || explain_and_exit "PostgreSQL n'est pas installé. / PostgreSQL is not installed."
  say "Installation de PostgreSQL (apt-get) / installing PostgreSQL (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
}

# The cluster that should listen on $PG_PORT, as "version name", if any.
cluster_on_port() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }'
}

start_cluster() {
  local version=$1 name=$2
  say "Démarrage du cluster PostgreSQL $version/$name / starting PostgreSQL cluster $version/$name"
  local -a cmd=(pg_ctlcluster)
  # Without systemd (containers, CI), pg_ctlcluster must not hand over to systemctl.
  [[ -d /run/systemd/system ]] || cmd+=(--skip-systemctl-redirect)
  cmd+=("$version" "$name" start)
  if is_root || [[ $(id -un) == postgres ]]; then
    "${cmd[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "${cmd[@]}"
  else
    explain_and_exit "Le cluster $version/$name est arrêté. / Cluster $version/$name is stopped."
  fi
}

ensure_server() {
  server_ready && return 0

  local cluster
  cluster=$(cluster_on_port)
  if [[ -z "$cluster" ]]; then
    if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
      install_postgresql
      cluster=$(cluster_on_port)
    elif is_root && command -v pg_createcluster >/dev/null 2>&1; then
      local version
      version=$(basename "$(dirname "$(dirname "$(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1)")")")
      say "Création du cluster $version/main / creating cluster $version/main"
      pg_createcluster --port "$PG_PORT" "$version" main
      cluster="$version main"
    fi
  fi
  # apt-get may already have started it.
  server_ready && return 0
  [[ -n "$cluster" ]] \
    || explain_and_exit "Aucun cluster PostgreSQL sur le port $PG_PORT. / No PostgreSQL cluster on port $PG_PORT."
  # shellcheck disable=SC2086 # "version name" splits on purpose
  start_cluster $cluster
  wait_ready || explain_and_exit "PostgreSQL ne répond pas après démarrage. / PostgreSQL does not answer after start."
}

# Finds how to connect with superuser rights; sets ADMIN_PSQL.
ADMIN_PSQL=()
find_admin() {
  local -a base=(psql -X -q -v ON_ERROR_STOP=1)
  local probe='SELECT 1'
  # 1. TCP as postgres (trust authentication, as on the development machines).
  if "${base[@]}" -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atc "$probe" >/dev/null 2>&1; then
    ADMIN_PSQL=("${base[@]}" -w -h "$PG_HOST" -p "$PG_PORT" -U postgres)
    return
  fi
  # 2. Unix socket as the postgres OS user (peer authentication, Debian default).
  if id postgres >/dev/null 2>&1 && { is_root || [[ $(id -un) == postgres ]] || command -v sudo >/dev/null 2>&1; }; then
    if as_postgres "${base[@]}" -p "$PG_PORT" -d postgres -Atc "$probe" >/dev/null 2>&1; then
      ADMIN_PSQL=(as_postgres "${base[@]}" -p "$PG_PORT")
      return
    fi
  fi
  # 3. The `entraide` role itself when it is a superuser (the `db` service of docker-compose.yml).
  if [[ $(PGPASSWORD=$APP_PASSWORD "${base[@]}" -w -h "$PG_HOST" -p "$PG_PORT" -U "$APP_ROLE" -d postgres \
          -Atc "SELECT rolsuper FROM pg_roles WHERE rolname = current_user" 2>/dev/null) == t ]]; then
    ADMIN_PSQL=(env "PGPASSWORD=$APP_PASSWORD" "${base[@]}" -w -h "$PG_HOST" -p "$PG_PORT" -U "$APP_ROLE")
    return
  fi
  die "Impossible de se connecter à PostgreSQL en superutilisateur (postgres). / Cannot connect to PostgreSQL as a superuser (postgres)." \
    "  Essayé / tried: psql -h $PG_HOST -U postgres, sudo -u postgres psql, psql -U $APP_ROLE." \
    "  Créez le rôle et les bases à la main / create the role and databases by hand:" \
    "    CREATE ROLE $APP_ROLE LOGIN CREATEDB PASSWORD '$APP_PASSWORD';" \
    "    CREATE DATABASE entraide OWNER $APP_ROLE; CREATE DATABASE entraide_test OWNER $APP_ROLE;"
}

admin_sql() { # admin_sql DATABASE < sql
  { echo 'SET client_min_messages TO warning;'; cat; } | "${ADMIN_PSQL[@]}" -d "$1"
}

ensure_role_and_databases() {
  local list
  list=$(printf "'%s'," "${DATABASES[@]}")
  admin_sql postgres <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$APP_ROLE', '$APP_PASSWORD')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$APP_ROLE') \gexec
ALTER ROLE $APP_ROLE LOGIN CREATEDB;
SELECT format('CREATE DATABASE %I OWNER %I', d, '$APP_ROLE')
  FROM unnest(ARRAY[${list%,}]) AS d
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
  local db
  for db in "${DATABASES[@]}"; do
    admin_sql postgres <<<"ALTER DATABASE $db OWNER TO $APP_ROLE;"
    ensure_extensions "$db"
  done
}

ensure_extensions() {
  local db=$1 ext sql=""
  for ext in "${EXTENSIONS[@]}"; do
    sql+="CREATE EXTENSION IF NOT EXISTS $ext;"$'\n'
  done
  admin_sql "$db" <<<"$sql" \
    || die "Extensions ${EXTENSIONS[*]} indisponibles dans $db : installez les modules contrib de PostgreSQL (paquet postgresql-contrib)." \
           "Extensions ${EXTENSIONS[*]} unavailable in $db: install PostgreSQL's contrib modules (postgresql-contrib package)."
}

recreate_database() {
  local db=$1
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "Nom de base invalide / invalid database name: $db"
  case " ${DATABASES[*]} " in
    *" $db "*) die "Refus de supprimer $db / refusing to drop $db" ;;
  esac
  say "Recréation de la base $db / recreating database $db"
  admin_sql postgres <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER $APP_ROLE;
SQL
  ensure_extensions "$db"
}

check_app_login() {
  PGPASSWORD=$APP_PASSWORD psql -X -q -w -h "$PG_HOST" -p "$PG_PORT" -U "$APP_ROLE" -d "${DATABASES[0]}" -Atc 'SELECT 1' >/dev/null \
    || die "Le rôle $APP_ROLE ne peut pas se connecter par mot de passe sur $PG_HOST:$PG_PORT (voir pg_hba.conf)." \
           "Role $APP_ROLE cannot log in with its password on $PG_HOST:$PG_PORT (check pg_hba.conf)."
}

main() {
  if [[ $# -gt 0 && $1 != recreate ]] || [[ ${1:-} == recreate && $# -ne 2 ]]; then
    die "usage: $0 [recreate DATABASE]"
  fi
  ensure_server
  command -v psql >/dev/null 2>&1 \
    || explain_and_exit "Le client psql est introuvable. / The psql client is missing (postgresql-client)."
  find_admin
  ensure_role_and_databases
  [[ ${1:-} == recreate ]] && recreate_database "$2"
  check_app_login
  say "PostgreSQL prêt / ready: $PG_HOST:$PG_PORT, rôle/role $APP_ROLE, bases/databases ${DATABASES[*]}${2:+ $2}"
}

main "$@"
