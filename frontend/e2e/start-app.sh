#!/usr/bin/env bash
# Starts the packaged Entraide service for the Playwright tests (see playwright.config.ts).
# The Makefile builds frontend/dist, packages the backend and recreates the
# entraide_e2e database first; JAVA points at a JDK >= 21.
set -euo pipefail
cd "$(dirname "$0")/.."

# E2E_JAR: another packaged build of the service, e.g. a copy under test.
jar="${E2E_JAR:-../backend/target/quarkus-app/quarkus-run.jar}"
if [[ ! -f "$jar" ]]; then
  echo "e2e: $jar is missing; build it first (make build)." >&2
  exit 1
fi

mkdir -p test-results/e2e-data
export ENTRAIDE_HTTP_PORT="${E2E_PORT:-8081}"
export ENTRAIDE_DB_URL="${E2E_DB_URL:-jdbc:postgresql://127.0.0.1:5432/entraide_e2e}"
export ENTRAIDE_DB_USER=entraide
export ENTRAIDE_DB_PASSWORD=entraide
export ENTRAIDE_ADMIN_PASSWORD="${E2E_ADMIN_PASSWORD:-E2e-Admin-Password-2026}"
export ENTRAIDE_DATA_DIR=test-results/e2e-data
export ENTRAIDE_COOKIE_SECURE=false
exec "${JAVA:-java}" -jar "$jar"
