#!/usr/bin/env bash
# Prints the JAVA_HOME of a JDK >= 21 (Entraide targets Java 21).
# $JAVA_HOME wins when it is recent enough; otherwise the newest JDK under
# /usr/lib/jvm (or $ENTRAIDE_JVM_DIRS, space-separated) is chosen.
# Exit 1 with a French/English message when there is none.
set -euo pipefail

MIN_VERSION=21

# Major version of the JDK at $1, or nothing when $1 is not a usable JDK
# (a JRE has no javac, and Maven needs one).
jdk_major() {
  local home=$1 version=""
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  if [[ -r "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p')
  fi
  version=${version#1.}          # 1.8 -> 8
  version=${version%%[.+-]*}     # 21.0.5 -> 21
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version"
  return 0
}

if [[ -n "${JAVA_HOME:-}" ]]; then
  major=$(jdk_major "$JAVA_HOME")
  if [[ -n "$major" && "$major" -ge "$MIN_VERSION" ]]; then
    echo "$JAVA_HOME"
    exit 0
  fi
fi

best_home="" best_major=0
declare -A seen=()
for dir in ${ENTRAIDE_JVM_DIRS:-/usr/lib/jvm}; do
  for home in "$dir"/*; do
    [[ -d "$home" ]] || continue
    real=$(readlink -f "$home")
    [[ -z "${seen[$real]:-}" ]] || continue
    seen[$real]=1
    major=$(jdk_major "$real")
    if [[ -n "$major" && "$major" -ge "$MIN_VERSION" && "$major" -gt "$best_major" ]]; then
      best_home=$real best_major=$major
    fi
  done
done

if [[ -n "$best_home" ]]; then
  echo "$best_home"
  exit 0
fi

cat >&2 <<MSG
Aucun JDK >= $MIN_VERSION trouvé (JAVA_HOME=${JAVA_HOME:-<non défini>}, recherche dans ${ENTRAIDE_JVM_DIRS:-/usr/lib/jvm}).
  Installez un JDK $MIN_VERSION ou plus récent (par exemple Eclipse Temurin : https://adoptium.net/)
  puis relancez, ou indiquez-le avec : export JAVA_HOME=/chemin/vers/le/jdk
No JDK >= $MIN_VERSION found (JAVA_HOME=${JAVA_HOME:-<unset>}, searched ${ENTRAIDE_JVM_DIRS:-/usr/lib/jvm}).
  Install JDK $MIN_VERSION or newer (for example Eclipse Temurin: https://adoptium.net/)
  and retry, or point to it with: export JAVA_HOME=/path/to/jdk
MSG
exit 1
