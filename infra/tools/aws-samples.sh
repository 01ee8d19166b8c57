#!/usr/bin/env bash
# Runs AWS's own samples (github.com/aws-samples/samples-for-payment-cryptography-service), unmodified, against a
# local PayCrypto, as a user points them at it: AWS_ENDPOINT_URL and the local credentials, nothing else. An
# independent check of the service by code AWS wrote against the real one; not part of `mvn verify`, as it needs a
# checkout of that repository and its Python and Maven dependencies.
#
# usage: infra/tools/aws-samples.sh SAMPLES_CHECKOUT        (prints a line per sample; exits 1 if one fails)
#
# Needs: the local service's jar (./infra/local/run.sh builds it), python3 with boto3, cryptography, pycryptodome and
# pytz, and Maven (the Java sample; it builds with the SDK version this project uses, 2.41.18, as a property only,
# and starts its Spring Boot server on port 8080, which must be free). Samples left out: those that need a
# hardware HSM (payShield, Futurex, Atalla), AWS Private CA, or the `psec` package (the Python ECDH flows, the TR-31
# import used by the Java terminals' key setup), and the Go sample.
set -euo pipefail

[ $# -eq 1 ] && [ -d "$1/python_sdk_example" ] || { echo "usage: $0 SAMPLES_CHECKOUT" >&2; exit 2; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/infra/local/target/paycrypto-local.jar"
[ -f "$jar" ] || { echo "no $jar: run ./infra/local/run.sh once (it builds it)" >&2; exit 2; }
python3 -c 'import boto3, cryptography, Crypto, pytz' 2>/dev/null \
  || { echo "python3 needs boto3 cryptography pycryptodome pytz" >&2; exit 2; }

# the samples write key stores and outputs beside themselves: run a copy
work="$(mktemp -d)"
cp -r "$1" "$work/samples"
samples="$work/samples"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

java -jar "$jar" --data-dir "$work/data" --port 0 > "$work/service.log" 2>&1 &
pids+=($!)
endpoint=""
for _ in $(seq 1 120); do
  endpoint="$(sed -n -E 's/.*listening on (http:\/\/[^ ]+).*/\1/p' "$work/service.log" | head -1)"
  [ -n "$endpoint" ] && break
  sleep 0.5
done
[ -n "$endpoint" ] || { echo "the service did not start:" >&2; cat "$work/service.log" >&2; exit 1; }
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
export AWS_ENDPOINT_URL="$endpoint" KEYSTORE_PASSWORD="aws-samples-$$"
echo "PayCrypto at $endpoint; samples from $1"

failures=0
# check NAME LOG PATTERN...: every pattern (an extended regular expression) is in LOG
check() {
  local name=$1 log=$2; shift 2
  for pattern in "$@"; do
    if ! grep -Eq -- "$pattern" "$log"; then
      echo "FAIL  $name: no /$pattern/ in its output:"
      tail -n 15 "$log" | sed 's/^/      /'
      failures=$((failures + 1))
      return
    fi
  done
  echo "ok    $name"
}
# sample NAME DIR COMMAND...: runs COMMAND in DIR with no input; its output in $work/NAME.log
sample() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && timeout 300 "$@" < /dev/null > "$work/$name.log" 2>&1; echo "exit $?" >> "$work/$name.log") || true
}

as2805="$samples/python_sdk_example/as2805_node-to-node_examples"
for step in 1_1_KEK_and_keystore_setup_both_nodes 1_2_APC_PrepareForImport 1_3_Node1_Export_KEK_for_APC \
    1_4_APC_ImportKey 1_5_KEK_Validation 2_1_Working_Key_Exchange 3_1_pin_translation 4_1_mac_validation; do
  sample "as2805_$step" "$as2805" python3 "as2805_$step.py"
done
check "AS2805 1.1 KEK and key stores (RSA wrap both ways)" "$work/as2805_1_1_KEK_and_keystore_setup_both_nodes.log" \
  "Node1 has imported the AWS KEK" "^exit 0$"
check "AS2805 1.2 import parameters" "$work/as2805_1_2_APC_PrepareForImport.log" "PREPARATION COMPLETE" "^exit 0$"
check "AS2805 1.3 node KEK wrapped for import" "$work/as2805_1_3_Node1_Export_KEK_for_APC.log" "^exit 0$"
check "AS2805 1.4 node KEK imported" "$work/as2805_1_4_APC_ImportKey.log" "State: CREATE_COMPLETE" "^exit 0$"
check "AS2805 1.5 KEK validation, both ways" "$work/as2805_1_5_KEK_Validation.log" \
  "PASSED - Bidirectional KEK validation successful" "^exit 0$"
check "AS2805 2.1 working keys by As2805KeyCryptogram, both ways" "$work/as2805_2_1_Working_Key_Exchange.log" \
  "Bidirectional working key exchange complete" "^exit 0$"
check "AS2805 3.1 PIN translation under the session KPE" "$work/as2805_3_1_pin_translation.log" \
  "PIN successfully translated using AS2805 session key derivation" "^exit 0$"
check "AS2805 4.1 MAC verified and generated" "$work/as2805_4_1_mac_validation.log" \
  "MAC verified and regenerated using AS2805.4.1" "^exit 0$"

sample cvv "$samples/python_sdk_example/cvv-csc" python3 main.py
check "CVV2 generated and verified (then Amex CSC refused, as documented)" "$work/cvv.log" \
  "CVV [0-9]{3} is correct" "AmexCardSecurityCodeVersion2 is not served"

tr34="$samples/key-import-export/tr34"
sample tr34_import "$tr34/import_app" python3 import_raw_key_tr34.py --clearkey 8A8349794C9EE9A4C2927098F249FED6 \
  --algorithm T --keytype K0 --modeofuse B
reported="$(sed -n 's/^Reported KCV: //p' "$work/tr34_import.log")"
check "TR-34 import of a TDES KEK" "$work/tr34_import.log" "^Calculated KCV: ${reported:-none}$" "^exit 0$"
sample tr34_export "$tr34/export-app" python3 export_raw_key_from_apc.py
check "TR-34 export, opened by the sample" "$work/tr34_export.log" "Verifying TR-31 Header.*OK" "^Clear Key:" \
  "^exit 0$"

rsa="$samples/key-import-export/rsa"
sample rsa_import "$rsa/import_app" python3 import_raw_key_rsa.py
check "RSA-wrapped key import" "$work/rsa_import.log" "KCV Matches\? True" "^exit 0$"
sample rsa_export "$rsa/export_app" python3 export_raw_key_from_apc_with_rsa_wrap.py
check "RSA-wrapped key export" "$work/rsa_export.log" "matches with KCV from decrypted key: +True" "^exit 0$"

sample ecdh_exchange "$samples/key-import-export" python3 -m key_exchange.import_export_ecdh --kdh apc
check "ECDH key exchange between two Regions" "$work/ecdh_exchange.log" "Imported Key KCV : [0-9A-F]{6}" "^exit 0$"

# the Java sample: its Spring Boot server, then its ECDH PIN terminal (set, reset, then reveal both)
java_dir="$samples/java_sdk_example"
maven=(mvn -B -q -Daws.java.sdk.version=2.41.18 -Dexec.cleanupDaemonThreads=false)
(cd "$java_dir" && "${maven[@]}" compile > "$work/java-build.log" 2>&1) || true
(cd "$java_dir" && exec "${maven[@]}" exec:java -Dexec.mainClass=aws.sample.paymentcryptography.Application) \
  > "$work/java-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  grep -q "Started Application" "$work/java-server.log" && break
  sleep 1
done
terminal() {
  (cd "$java_dir" && printf '%b' "$1" | timeout 300 "${maven[@]}" exec:java \
    -Dexec.mainClass=aws.sample.paymentcryptography.terminal.ECDHPinTests) > "$work/$2.log" 2>&1 || true
}
terminal '1\n4111111111111111\n1234\n3\n4111111111111111\n4\n' java_ecdh_set_reset
check "Java ECDH terminal: PIN set and PIN reset" "$work/java_ecdh_set_reset.log" "PIN set successfully" \
  "PIN Reset Successfully"
set_block="$(sed -n -E 's/^ *PEK Encrypted PIN Block: ([0-9A-F]+)$/\1/p' "$work/java_ecdh_set_reset.log" | head -1)"
reset_pin="$(sed -n -E 's/^ *New PIN: ([0-9]+)$/\1/p' "$work/java_ecdh_set_reset.log" | head -1)"
reset_block="$(sed -n -E 's/^ *PEK Encrypted PIN Block \(for storage\): ([0-9A-F]+)$/\1/p' \
  "$work/java_ecdh_set_reset.log" | head -1)"
terminal "2\n4111111111111111\n${set_block:-none}\n2\n4111111111111111\n${reset_block:-none}\n4\n" java_ecdh_reveal
check "Java ECDH terminal: both PINs revealed" "$work/java_ecdh_reveal.log" "Actual PIN: 1234" \
  "Actual PIN: ${reset_pin:-none}$"

if [ "$failures" -gt 0 ]; then
  echo "$failures sample(s) failed"
  exit 1
fi
echo "every sample run passed"
