#!/usr/bin/env bash
# What the audit adds to a deployed call's latency, measured against moto_server's EventBridge in one run: CVV2
# generate through its function with the audit going nowhere, delivered before the response, and sent after it
# (as deployed). Needs moto_server (preinstalled here).   CALLS=3000 infra/benchmarks/audit-latency.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18600}
mvn -B -q -Pbenchmarks -pl infra/benchmarks -am package -DskipTests
moto_server -H 127.0.0.1 -p "$PORT" > /dev/null 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
java -cp infra/benchmarks/target/benchmarks.jar dev.paycrypto.benchmarks.AuditLatency "http://127.0.0.1:$PORT" "${CALLS:-3000}"
