#!/usr/bin/env bash
# Starts PayCrypto locally, building it first if needed. Options: see --help (or the README).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/infra/local/target/paycrypto-local.jar"
# prints to stderr the module lines of Maven's log past line $2 ("[3/12] PayCrypto keys"); echoes the new count
show_progress() {
  local lines
  lines=$(wc -l < "$1")
  sed -n "$(($2 + 1)),${lines}p" "$1" | sed -n -E 's/^\[INFO\] Building (.+) [^ ]+ +\[([0-9]+\/[0-9]+)\]$/  [\2] \1/p' >&2
  echo "$lines"
}
if [ ! -f "$jar" ] || [ -n "$(find "$root/shared" "$root/functions" "$root/infra/local/src" "$root/template.yaml" \
      -newer "$jar" -type f \( -name '*.java' -o -name '*.json' -o -name '*.yaml' -o -name '*.xml' \) -print -quit)" ]; then
  echo "Building PayCrypto (first start, or sources changed; a few minutes the first time)..." >&2
  # Maven's own log goes to a file; what shows is one line per module, and the log's end if the build fails
  mkdir -p "$root/infra/local/target"
  log="$root/infra/local/target/build.log"
  set +e
  (cd "$root" && mvn -B -ntp -Dstyle.color=never -DskipTests -pl infra/local -am install) > "$log" 2>&1 &
  build=$!
  shown=0
  while kill -0 "$build" 2>/dev/null; do
    shown=$(show_progress "$log" "$shown"); sleep 1
  done
  wait "$build"; status=$?
  set -e
  show_progress "$log" "$shown" >/dev/null
  if [ "$status" -ne 0 ]; then
    echo "The build failed; the end of its log ($log):" >&2
    tail -n 40 "$log" >&2
    exit "$status"
  fi
  echo "Built: $jar (later starts: java -jar $jar)" >&2
fi
cd "$root"
# a bounded heap keeps the footprint flat under load; the serial collector has no GC threads competing with requests
# on a small machine, and a young generation this size keeps its pauses short without promoting what a busy audit
# queue holds (measured under wrk at 32 connections); PAYCRYPTO_JAVA_OPTS replaces these
java_opts=(${PAYCRYPTO_JAVA_OPTS:--Xms256m -Xmx512m -Xmn160m -XX:+UseSerialGC})
# the embedded database's native library, taken out of the jar once per build (sqlite-jdbc would otherwise copy it
# to a temporary file at every start); where the jar has none for this system, sqlite-jdbc finds its own
native_dir="$root/infra/local/target/native"
native_lib="org/sqlite/native/$(uname -s)/$(uname -m)/libsqlitejdbc.so"
if [ ! -f "$native_dir/libsqlitejdbc.so" ] || [ "$jar" -nt "$native_dir/libsqlitejdbc.so" ]; then
  rm -rf "$native_dir" && mkdir -p "$native_dir"
  (cd "$native_dir" && jar xf "$jar" "$native_lib" 2>/dev/null && [ -f "$native_lib" ] \
    && mv "$native_lib" libsqlitejdbc.so && rm -rf org) || true
fi
[ -f "$native_dir/libsqlitejdbc.so" ] \
  && java_opts+=(-Dorg.sqlite.lib.path="$native_dir" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
# the template, read once as YAML and kept as JSON by its digest
java_opts+=(-Dpaycrypto.template.cache="$root/infra/local/target/template-cache")
# class data sharing: once per build, a short training run records the classes a start and a first call load, and
# every start maps them from that archive instead of loading them one by one (about 40% of a start); if the JVM
# cannot use the archive, it starts without it
archive="$root/infra/local/target/paycrypto-local.jsa"
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
  rm -f "$archive"
  java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" --train-startup >/dev/null 2>&1 \
    || rm -f "$archive"
fi
cds=()
[ -f "$archive" ] && cds=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
if [ -n "${PAYCRYPTO_PRINT_COMMAND:-}" ]; then
  # the JVM command line, without starting it (infra/benchmarks/http.sh measures the JVM's start with it)
  printf '%s\n' java "${java_opts[@]}" "${cds[@]}" -jar "$jar" "$@"
  exit 0
fi
exec java "${java_opts[@]}" "${cds[@]}" -jar "$jar" "$@"
