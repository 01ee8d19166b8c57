"""PayCrypto getting started with boto3, unmodified, by endpoint.

    pip install boto3          # 1.34 or later
    AWS_ENDPOINT_URL=http://127.0.0.1:8090 python3 getting_started.py

boto3 reads AWS_ENDPOINT_URL (and the credentials and Region below, unless already set) from the environment.
"""
import os

import boto3
from botocore.exceptions import ClientError

os.environ.setdefault("AWS_ENDPOINT_URL", "http://127.0.0.1:8090")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "test")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "test")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

control = boto3.client("payment-cryptography")
data = boto3.client("payment-cryptography-data")

# 1. a card verification key
key = control.create_key(Exportable=True, KeyAttributes={
    "KeyAlgorithm": "TDES_2KEY",
    "KeyUsage": "TR31_C0_CARD_VERIFICATION_KEY",
    "KeyClass": "SYMMETRIC_KEY",
    "KeyModesOfUse": {"Generate": True, "Verify": True},
})["Key"]
print(f"key: {key['KeyArn']} (KCV {key['KeyCheckValue']})")

card = {"PrimaryAccountNumber": "171234567890123"}
cvv2_attributes = {"CardVerificationValue2": {"CardExpiryDate": "0123"}}

# 2. a CVV2 for a card
cvv2 = data.generate_card_validation_data(KeyIdentifier=key["KeyArn"], GenerationAttributes=cvv2_attributes,
                                          **card)["ValidationData"]
print("CVV2 generated")

# 3. verified
data.verify_card_validation_data(KeyIdentifier=key["KeyArn"], VerificationAttributes=cvv2_attributes,
                                 ValidationData=cvv2, **card)
print("CVV2 verified")

# 4. a wrong value is refused; its Reason is a member of the error response
try:
    data.verify_card_validation_data(KeyIdentifier=key["KeyArn"], VerificationAttributes=cvv2_attributes,
                                     ValidationData="998" if cvv2 == "999" else "999", **card)
    raise SystemExit("a wrong CVV2 was accepted")
except ClientError as refused:
    print(f"wrong CVV2 refused: {refused.response['Error']['Code']} {refused.response['Reason']}")

# 5. deleted (pending deletion for 7 days; restore_key cancels)
print("key state: " + control.delete_key(KeyIdentifier=key["KeyArn"])["Key"]["KeyState"])
