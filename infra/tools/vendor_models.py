#!/usr/bin/env python3
"""Vendors the AWS Payment Cryptography service models into the api module, without documentation.

Usage: infra/tools/vendor_models.py PATH/TO/aws-models
Reads payment-cryptography.service-2.json and payment-cryptography-data.service-2.json (botocore format) and
writes them, with every "documentation"/"documentationUrl" string removed, to
shared/api/src/main/resources/dev/paycrypto/api/models/. Everything else is kept: metadata,
operations, shapes and their constraints, in the model's own order: a structure's member order is the order AWS
writes members in, which the records generated in shared/api follow.
"""
import json
import pathlib
import sys

DROP = {"documentation", "documentationUrl"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main(source):
    target = pathlib.Path(__file__).resolve().parents[2] / "shared/api/src/main/resources/dev/paycrypto/api/models"
    target.mkdir(parents=True, exist_ok=True)
    for name in ("payment-cryptography", "payment-cryptography-data"):
        model = json.loads((pathlib.Path(source) / f"{name}.service-2.json").read_text())
        (target / f"{name}.json").write_text(json.dumps(strip(model), separators=(",", ":")) + "\n")
        print(f"wrote {name}.json")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/aws-models")
