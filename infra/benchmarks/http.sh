#!/usr/bin/env bash
# The local service over HTTP, measured in one run beside a hello-world on the JDK's HttpServer (TCP_NODELAY), with
# wrk as the load generator on the same machine: for CVV2 generate, VerifyPinData, GenerateMac and GetKey, requests
# per second at 32 connections, p50/p99, the ratio to the hello-world, and p50 on one kept-alive connection; then
# the service's RSS over a long run, and cold start (JVM launch to the first answered signed request) beside the
# hello-world's (launch to its first answer).
#   DURATION=10 (seconds per measurement)  RSS_SECONDS=120  COLD_STARTS=5  infra/benchmarks/http.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-10}
RSS_SECONDS=${RSS_SECONDS:-120}
COLD_STARTS=${COLD_STARTS:-5}
PORT=${PORT:-18090}
HELLO_PORT=$((PORT + 1))

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get install -y -qq wrk; fi
fi
echo "building the local service and the benchmarks" >&2
mvn -B -q -Pbenchmarks -pl infra/local,infra/benchmarks -am package -DskipTests
SERVICE_JAR=infra/local/target/paycrypto-local.jar
BENCH_JAR=infra/benchmarks/target/benchmarks.jar
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# the ports this run listens on must be free: a server already there would be measured in place of ours
for port in "$PORT" "$HELLO_PORT" $((PORT + 2)) $((PORT + 3)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use: stop what listens there, or choose other ports with PORT=N" >&2; exit 1
  fi
done

await() {  # URL TEXT: the URL answers with TEXT in its body (ours, not something else on that port)
  for _ in $(seq 1 300); do curl -s "$1" 2>/dev/null | grep -q "$2" && return 0; sleep 0.1; done
  echo "no answer holding $2 from $1" >&2; return 1
}

# the service as a user starts it (infra/local/run.sh: its JVM options), keeping its data on disk, so that the
# audit's group commit writes for real and the footprint is the service's, not its records'
infra/local/run.sh --data-dir "$work/data" --port "$PORT" > "$work/service.log" 2>&1 &
service_pid=$!; pids+=("$service_pid")
java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HelloServer "$HELLO_PORT" > "$work/hello.log" 2>&1 &
pids+=("$!")
await "http://127.0.0.1:$PORT/_paycrypto/health" '"status"'
await "http://127.0.0.1:$HELLO_PORT/" '"hello"'
endpoint="http://127.0.0.1:$PORT"
java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HttpBench setup "$endpoint" "$work"

cat > "$work/hello.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.0f %.3f %.3f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
LUA

# run CALL CONNECTIONS SECONDS: prints "requests rps p50 p99 non2xx"
run() {
  local call=$1 connections=$2 seconds=$3 threads=2 url=$endpoint script
  [ "$connections" = 1 ] && threads=1
  if [ "$call" = hello ]; then url="http://127.0.0.1:$HELLO_PORT"; script="$work/hello.lua"
  else java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HttpBench sign "$endpoint" "$work" "$call"; script="$work/$call.lua"; fi
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$script" "$url/" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
}

echo "warming up (the JIT needs about half a minute of load to settle)" >&2
for call in hello cvv2 verifypin generatemac getkey; do run "$call" 32 "${WARMUP:-10}" >/dev/null; done

declare -A rps p50 p99 one errors
for call in hello cvv2 verifypin generatemac getkey; do
  read -r _ rps[$call] p50[$call] p99[$call] errors[$call] < <(run "$call" 32 "$DURATION")
  read -r _ _ one[$call] _ _ < <(run "$call" 1 "$DURATION")
done

printf '\n%-22s %12s %9s %9s %10s %16s\n' "call" "req/s (32c)" "p50 ms" "p99 ms" "× hello" "p50 ms (1 conn)"
for call in hello cvv2 verifypin generatemac getkey; do
  ratio=$(awk -v a="${rps[$call]}" -v b="${rps[hello]}" 'BEGIN {printf "%.2f", a / b}')
  label=$call
  case $call in hello) label="JDK hello-world";; cvv2) label="CVV2 generate";; verifypin) label="VerifyPinData";;
    generatemac) label="GenerateMac (CMAC)";; getkey) label="GetKey";; esac
  printf '%-22s %12s %9s %9s %10s %16s' "$label" "${rps[$call]}" "${p50[$call]}" "${p99[$call]}" "$ratio" "${one[$call]}"
  [ "${errors[$call]}" != 0 ] && printf '   (%s non-2xx!)' "${errors[$call]}"
  printf '\n'
done

echo >&2; echo "RSS over ${RSS_SECONDS}s of CVV2 at 32 connections" >&2
java_pid=$service_pid  # run.sh execs the JVM
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$java_pid/status"; }
rss_start=$(rss); rss_max=$rss_start
java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HttpBench sign "$endpoint" "$work" cvv2
wrk -t2 -c32 -d"${RSS_SECONDS}s" -s "$work/cvv2.lua" "$endpoint/" > "$work/rss-run.txt" &
wrk_pid=$!
samples=()
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 10; now=$(rss); samples+=("$now"); [ "$now" -gt "$rss_max" ] && rss_max=$now
done
rss_end=$(rss)
echo "RSS MiB: start $rss_start, every 10 s: ${samples[*]}, end $rss_end, max $rss_max"

echo >&2; echo "cold start (median of $COLD_STARTS)" >&2
kill "$java_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# the JVM exactly as run.sh starts it (its options, class data sharing archive and native library), minus the script
mapfile -t service_command < <(PAYCRYPTO_PRINT_COMMAND=1 infra/local/run.sh --in-memory --port $((PORT + 2)))
cold_service=$(for _ in $(seq 1 "$COLD_STARTS"); do
  java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HttpBench coldstart $((PORT + 2)) SIGNED "$work" listkeys -- \
    "${service_command[@]}"; done | median)
cold_hello=$(for _ in $(seq 1 "$COLD_STARTS"); do
  java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HttpBench coldstart $((PORT + 3)) PLAIN "$work" none -- \
    java -cp "$BENCH_JAR" dev.paycrypto.benchmarks.http.HelloServer $((PORT + 3)); done | median)
echo "cold start ms: PayCrypto (first signed ListKeys answered) $cold_service, JDK hello-world $cold_hello, ratio $(awk -v a="$cold_service" -v b="$cold_hello" 'BEGIN {printf "%.2f", a / b}')"
