#!/usr/bin/env bash
# Cold start of a packaged function as Lambda starts it: JVM launch under the AWS Lambda runtime interface client to
# the first answered invocation, GenerateCardValidationData (in the deployed-mode stack of infra/deployed: DynamoDB
# Local, moto_server) beside a hello-world handler packaged the same way, alternated, in one run.
# Usage: infra/benchmarks/lambda-coldstart.sh [ROUNDS]   (default 5; needs moto_server, as the tests do)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
mvn -B -q -pl infra/deployed -am install -DskipTests
classpath=$root/infra/deployed/target/coldstart.classpath
mvn -B -q -pl infra/deployed dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
cd infra/deployed   # the module folder, as under the tests (the stack finds the checkout from here)
java -cp "target/test-classes:$(cat "$classpath")" dev.paycrypto.deployed.ColdStartBenchmark "${1:-5}"
