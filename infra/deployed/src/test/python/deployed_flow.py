"""The getting-started flow against a deployed-mode PayCrypto stack, through boto3 and the AWS CLI v1 with the
paycrypto_stack helper. Run by DeployedPythonE2ETest, which starts the stack; prints one JSON object of results.

Usage: deployed_flow.py API_ENDPOINT REGION   (credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)
"""
import json
import os
import subprocess
import sys
import tempfile

import boto3
import botocore.exceptions

import paycrypto_stack

PAN = "4111111111111111"


def boto3_flow(endpoint, region):
    control = paycrypto_stack.client(None, "payment-cryptography", endpoint, region_name=region)
    data = paycrypto_stack.client(None, "payment-cryptography-data", endpoint, region_name=region)
    key = control.create_key(
        Exportable=True,
        KeyAttributes={
            "KeyAlgorithm": "TDES_2KEY",
            "KeyUsage": "TR31_C0_CARD_VERIFICATION_KEY",
            "KeyClass": "SYMMETRIC_KEY",
            "KeyModesOfUse": {"Generate": True, "Verify": True},
        },
    )["Key"]
    cvv2 = data.generate_card_validation_data(
        KeyIdentifier=key["KeyArn"],
        PrimaryAccountNumber=PAN,
        GenerationAttributes={"CardVerificationValue2": {"CardExpiryDate": "1229"}},
    )["ValidationData"]
    verified = data.verify_card_validation_data(
        KeyIdentifier=key["KeyArn"],
        PrimaryAccountNumber=PAN,
        VerificationAttributes={"CardVerificationValue2": {"CardExpiryDate": "1229"}},
        ValidationData=cvv2,
    )["KeyArn"]
    wrong = "%03d" % ((int(cvv2) + 1) % 1000)
    try:
        data.verify_card_validation_data(
            KeyIdentifier=key["KeyArn"],
            PrimaryAccountNumber=PAN,
            VerificationAttributes={"CardVerificationValue2": {"CardExpiryDate": "1229"}},
            ValidationData=wrong,
        )
        failure = None
    except botocore.exceptions.ClientError as error:
        failure = {"code": error.response["Error"]["Code"], "reason": error.response.get("Reason")}
    listed = [k["KeyArn"] for k in control.list_keys()["Keys"]]
    return {"keyArn": key["KeyArn"], "cvv2Digits": len(cvv2), "verifiedArn": verified, "wrong": failure,
            "listed": key["KeyArn"] in listed}


def cli(endpoint, region, *arguments):
    here = os.path.dirname(os.path.abspath(__file__))
    helper = os.path.normpath(os.path.join(here, "..", "..", "..", "..", "clients", "python"))
    with tempfile.TemporaryDirectory() as home:
        config = os.path.join(home, "config")
        with open(config, "w") as f:
            f.write("[plugins]\npaycrypto = paycrypto_stack\n")
        environment = dict(os.environ, AWS_CONFIG_FILE=config, AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "none"),
                           PYTHONPATH=helper, AWS_DEFAULT_REGION=region)
        done = subprocess.run(["aws", "--endpoint-url", endpoint, "--output", "json", *arguments],
                              env=environment, capture_output=True, text=True, timeout=120)
        return done.returncode, done.stdout, done.stderr


def cli_flow(endpoint, region):
    code, out, err = cli(endpoint, region, "payment-cryptography", "create-key", "--exportable", "--key-attributes",
                         "KeyAlgorithm=TDES_2KEY,KeyUsage=TR31_C0_CARD_VERIFICATION_KEY,KeyClass=SYMMETRIC_KEY,"
                         "KeyModesOfUse={Generate=true,Verify=true}")
    if code != 0:
        return {"createKey": err}
    arn = json.loads(out)["Key"]["KeyArn"]
    code, out, err = cli(endpoint, region, "payment-cryptography-data", "generate-card-validation-data",
                         "--key-identifier", arn, "--primary-account-number", PAN,
                         "--generation-attributes", "CardVerificationValue2={CardExpiryDate=1229}")
    if code != 0:
        return {"generate": err}
    cvv2 = json.loads(out)["ValidationData"]
    code, out, err = cli(endpoint, region, "payment-cryptography-data", "verify-card-validation-data",
                         "--key-identifier", arn, "--primary-account-number", PAN,
                         "--verification-attributes", "CardVerificationValue2={CardExpiryDate=1229}",
                         "--validation-data", cvv2)
    verified = json.loads(out)["KeyArn"] if code == 0 else err
    code, out, err = cli(endpoint, region, "payment-cryptography", "get-key", "--key-identifier", arn)
    state = json.loads(out)["Key"]["KeyState"] if code == 0 else err
    return {"keyArn": arn, "cvv2Digits": len(cvv2), "verifiedArn": verified, "keyState": state}


def main():
    endpoint, region = sys.argv[1], sys.argv[2]
    print(json.dumps({"boto3": boto3_flow(endpoint, region), "cli": cli_flow(endpoint, region)}))


if __name__ == "__main__":
    main()
