#!/usr/bin/env bash
# Runs every benchmark in one JMH run on this machine, then prints each family and operation beside its floor.
# Extra arguments go to JMH, for example a filter:     infra/benchmarks/run.sh 'CryptoBenchmarks.cvv|desBlock'
# Lambda's JVM flags (tiered compilation stopped at C1):  LAMBDA_FLAGS=1 infra/benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Pbenchmarks -pl infra/benchmarks -am package -DskipTests
results=infra/benchmarks/target/jmh-results.json
flags=()
if [[ "${LAMBDA_FLAGS:-}" == "1" ]]; then
  flags=(-jvmArgsAppend "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
fi
java -jar infra/benchmarks/target/benchmarks.jar -rf json -rff "$results" "${flags[@]}" "$@"
java -cp infra/benchmarks/target/benchmarks.jar dev.paycrypto.benchmarks.Ratios "$results"
