# Entraide: the only commands a newcomer needs. `make` (or `make help`) lists them.
# Java targets use the JDK >= 21 found by backend/scripts/find-jdk.sh; PostgreSQL is
# prepared by backend/scripts/db.sh (role and databases `entraide`, `entraide_test`).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.SILENT:
.DEFAULT_GOAL := help

ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
MVNW := ./mvnw -B -ntp
JAR := backend/target/quarkus-app/quarkus-run.jar

# Shell snippets spliced into recipes (each recipe is one bash script, see .ONESHELL).
define use_jdk
JAVA_HOME="$$("$(ROOT)/backend/scripts/find-jdk.sh")"
export JAVA_HOME PATH="$$JAVA_HOME/bin:$$PATH" JAVA="$$JAVA_HOME/bin/java"
# JDK 24+ warns about Maven's own use of sun.misc.Unsafe; keep the build log readable.
if [[ " $${MAVEN_OPTS:-} " != *" --sun-misc-unsafe-memory-access="* ]] \
   && "$$JAVA" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  export MAVEN_OPTS="$${MAVEN_OPTS:+$$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
fi
endef

define section
printf '\n==> %s\n' $(1)
endef

# npm ci only when node_modules is missing or older than package-lock.json.
define frontend_deps
if [[ ! -d "$(ROOT)/frontend/node_modules" || "$(ROOT)/frontend/package-lock.json" -nt "$(ROOT)/frontend/node_modules/.package-lock.json" ]]; then
  (cd "$(ROOT)/frontend" && npm ci --no-audit --no-fund)
fi
endef

# Needs $(use_jdk) first. The jar embeds frontend/dist when it exists, hence the order.
define build_all
if [[ -f "$(ROOT)/frontend/package.json" ]]; then
  $(call section,"Frontend : npm run build")
  $(frontend_deps)
  (cd "$(ROOT)/frontend" && npm run build)
else
  echo "frontend/ absent : seul le backend est construit."
fi
$(call section,"Backend : mvnw package -DskipTests")
(cd "$(ROOT)/backend" && $(MVNW) package -DskipTests)
endef

# Only `test` calls $(MAKE): with .ONESHELL, `make -n` runs a recipe that mentions $(MAKE).
.NOTPARALLEL:
.PHONY: help db build run dev demo test test-backend test-frontend test-e2e \
        openapi refdata bench clean

help: ## Affiche cette aide
	printf 'Entraide : commandes (make <cible>)\n\n'
	awk -F ':.*## ' '/^[a-z][a-z0-9-]*:.*## / { printf "  make %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
	printf '\nConfiguration : variables ENTRAIDE_* (voir README.md). Port HTTP : ENTRAIDE_HTTP_PORT (8080).\n'

db: ## Démarre PostgreSQL si besoin, crée le rôle entraide et les bases entraide, entraide_test
	"$(ROOT)/backend/scripts/db.sh"

build: ## Construit le frontend (frontend/dist) puis le backend (quarkus-run.jar)
	$(use_jdk)
	$(build_all)

run: db build ## Construit puis lance l'application sur http://localhost:8080
	$(use_jdk)
	cd "$(ROOT)"
	$(call section,"Entraide : http://localhost:$${ENTRAIDE_HTTP_PORT:-8080} (Ctrl-C pour arrêter)")
	exec "$$JAVA" -jar $(JAR)

demo: db build ## Comme run, avec le CIAS fictif de démonstration (ENTRAIDE_DEMO=true)
	$(use_jdk)
	cd "$(ROOT)"
	export ENTRAIDE_DEMO=true
	$(call section,"Entraide (démonstration) : http://localhost:$${ENTRAIDE_HTTP_PORT:-8080}")
	echo "Comptes de démonstration : admin.demo@, instructeur.demo@, accueil.demo@, president.demo@entraide.local"
	echo "Mot de passe commun : $${ENTRAIDE_DEMO_PASSWORD:-Demo-Entraide-2026} (ENTRAIDE_DEMO_PASSWORD)."
	echo "Partenaires : demo-departement, demo-caf, demo-msa ; secret = mot de passe + -departement, -caf ou -msa (README.md)."
	exec "$$JAVA" -jar $(JAR)

dev: db ## Mode développement : Quarkus (quarkus:dev, :8080) et Vite (:5173) en parallèle
	$(use_jdk)
	export ENTRAIDE_DATA_DIR="$${ENTRAIDE_DATA_DIR:-$(ROOT)/data}"
	vite_pid=""
	if [[ -f "$(ROOT)/frontend/package.json" ]]; then
	  $(frontend_deps)
	  # Own session, so that the whole Vite process group can be stopped at the end.
	  (cd "$(ROOT)/frontend" && exec setsid npm run dev) &
	  vite_pid=$$!
	fi
	trap '[[ -z "$$vite_pid" ]] || kill -- -"$$vite_pid" 2>/dev/null || true' EXIT INT TERM
	$(call section,"API http://localhost:8080 — interface http://localhost:5173 (Ctrl-C arrête les deux)")
	cd "$(ROOT)/backend" && ./mvnw quarkus:dev

test: db ## Tous les tests : backend, frontend (vitest), bout en bout (Playwright)
	failed=()
	for target in test-backend test-frontend test-e2e; do
	  $(MAKE) --no-print-directory "$$target" || failed+=("$$target")
	done
	if (( $${#failed[@]} )); then
	  $(call section,"ÉCHEC / FAILED : $${failed[*]}")
	  exit 1
	fi
	$(call section,"Tous les tests sont passés / all tests passed")

test-backend: ## Tests du backend (mvnw test, base entraide_test), avec le client Java généré
	$(call section,"Client Java : génération depuis openapi.yaml (clients/java)")
	$(use_jdk)
	(cd "$(ROOT)/backend" && $(MVNW) -q -f ../clients/java/pom.xml clean install)
	$(call section,"Tests backend : mvnw test")
	cd "$(ROOT)/backend"
	rm -rf target/surefire-reports
	status=0
	$(MVNW) test -Pjava-client || status=$$?
	if compgen -G 'target/surefire-reports/*.txt' >/dev/null; then
	  $(call section,"Résumé Surefire")
	  grep -h '^Tests run:' target/surefire-reports/*.txt
	  grep -h '^Tests run:' target/surefire-reports/*.txt | tr -d ',' | awk \
	    '{ r += $$3; f += $$5; e += $$7; s += $$9 } END { printf "Total : Tests run: %d, Failures: %d, Errors: %d, Skipped: %d\n", r, f, e, s }'
	fi
	exit $$status

test-frontend: ## Tests unitaires du frontend (vitest) et client API à jour du contrat
	$(call section,"Tests frontend : npm test")
	$(frontend_deps)
	cd "$(ROOT)/frontend"
	# The committed client types must be exactly what openapi.yaml generates.
	generated="$$(mktemp --suffix=.d.ts)"
	npx --no-install openapi-typescript ../openapi.yaml -o "$$generated" >/dev/null
	if ! diff -q "$$generated" src/lib/api/schema.d.ts >/dev/null; then
	  echo "frontend/src/lib/api/schema.d.ts ne correspond pas à openapi.yaml : lancez make openapi." >&2
	  rm -f "$$generated"; exit 1
	fi
	rm -f "$$generated"
	echo "Client API conforme à openapi.yaml."
	CI="$${CI:-true}" npm test

test-e2e: build ## Tests de bout en bout (Playwright + Chromium, base entraide_e2e recréée)
	"$(ROOT)/backend/scripts/db.sh" recreate entraide_e2e
	$(call section,"Tests e2e : npm run e2e")
	$(use_jdk)
	cd "$(ROOT)/frontend" && npm run e2e

openapi: ## Régénère openapi.yaml depuis le code et le client TypeScript du frontend
	$(use_jdk)
	$(call section,"Backend : mvnw package -DskipTests")
	(cd "$(ROOT)/backend" && $(MVNW) package -DskipTests)
	cp "$(ROOT)/backend/target/openapi/openapi.yaml" "$(ROOT)/openapi.yaml"
	echo "openapi.yaml mis à jour."
	$(call section,"Frontend : npm run generate:api")
	$(frontend_deps)
	cd "$(ROOT)/frontend" && npm run generate:api

refdata: ## Régénère les données de référence (communes, EPCI) depuis @etalab/decoupage-administratif
	$(call section,"Données de référence : backend/scripts/refdata")
	cd "$(ROOT)/backend/scripts/refdata"
	npm ci --no-audit --no-fund
	npm run generate
	echo "Fichiers régénérés dans backend/src/main/resources/refdata/ : vérifiez le diff puis committez."

bench: ## Benchmark : recherche et lecture de fiches (1 000 000 de personnes), débit de livraison des webhooks
	cd "$(ROOT)"
	$(use_jdk)
	bash bench/run.sh
	BENCH_BUILD=0 bash bench/outbox.sh

clean: ## Supprime les artefacts de construction (backend/target, frontend/dist, rapports de tests)
	cd "$(ROOT)"
	if jdk="$$(backend/scripts/find-jdk.sh 2>/dev/null)"; then
	  (cd backend && JAVA_HOME="$$jdk" $(MVNW) -q clean)
	else
	  rm -rf backend/target
	fi
	rm -rf frontend/dist frontend/test-results frontend/playwright-report
