#!/usr/bin/env bash
# Starts PayCrypto locally, building it first if needed. Options: see --help (or the README).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/infra/local/target/paycrypto-local.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/shared" "$root/functions" "$root/infra/local/src" "$root/template.yaml" \
      -newer "$jar" -type f \( -name '*.java' -o -name '*.json' -o -name '*.yaml' -o -name '*.xml' \) -print -quit)" ]; then
  echo "Building PayCrypto (first start, or sources changed)..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl infra/local -am install)
fi
cd "$root"
# a bounded heap keeps the footprint flat under load (serial GC: short pauses on a small young generation, no GC
# threads competing with requests on a small machine); PAYCRYPTO_JAVA_OPTS replaces these
exec java ${PAYCRYPTO_JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC} -jar "$jar" "$@"
