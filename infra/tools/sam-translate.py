#!/usr/bin/env python3
"""Prints the CloudFormation template that AWS SAM makes of a SAM template, as JSON, offline.

Usage: infra/tools/sam-translate.py [TEMPLATE] [--region REGION]
TEMPLATE defaults to template.yaml at the top of the checkout, REGION to us-east-1.

It runs the SAM translator (the `samtranslator` package that cfn-lint uses) the way cfn-lint does: local code
paths (CodeUri, ContentUri) become placeholder S3 locations, the Region comes from AWS_DEFAULT_REGION, and
nothing calls AWS. Parameters keep their defaults. The tests read its output to check what a deployment would
create (roles and their policies, queues, alarms), not what the SAM shorthand says.
"""
import argparse
import json
import os
import pathlib
import sys

PLACEHOLDER = "s3://bucket/value"


def managed_policy_map():
    """Names of AWS managed policies to ARNs, as cfn-lint bundles them; only named policies need it."""
    try:
        import importlib.resources

        import cfnlint.data.Serverless as serverless

        return json.loads(importlib.resources.files(serverless).joinpath("ManagedPolicies.json").read_text())
    except (ImportError, FileNotFoundError):
        return {}


def with_placeholder_code(template):
    for resource in template.get("Resources", {}).values():
        properties = resource.get("Properties")
        if not isinstance(properties, dict):
            continue
        kind = resource.get("Type")
        if kind == "AWS::Serverless::Function" and properties.get("PackageType") != "Image":
            properties["CodeUri"] = PLACEHOLDER
        elif kind == "AWS::Serverless::LayerVersion":
            properties["ContentUri"] = PLACEHOLDER
    return template


def translate(path, region):
    os.environ["AWS_DEFAULT_REGION"] = region
    import logging

    logging.getLogger("samtranslator").setLevel(logging.CRITICAL)
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator
    from samtranslator.yaml_helper import yaml_parse

    template = with_placeholder_code(yaml_parse(pathlib.Path(path).read_text()))
    if "CodeUri" in template.get("Globals", {}).get("Function", {}):
        template["Globals"]["Function"]["CodeUri"] = PLACEHOLDER
    translator = Translator(managed_policy_map=managed_policy_map(), sam_parser=Parser())
    return translator.translate(sam_template=template, parameter_values={}, passthrough_metadata=True)


def main():
    default = pathlib.Path(__file__).resolve().parents[2] / "template.yaml"
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("template", nargs="?", default=str(default))
    arguments.add_argument("--region", default="us-east-1")
    options = arguments.parse_args()
    try:
        translated = translate(options.template, options.region)
    except Exception as failure:  # the translator reports invalid documents as exceptions with causes
        causes = getattr(failure, "causes", None) or [failure]
        for cause in causes:
            print(f"sam-translate: {getattr(cause, 'message', cause)}", file=sys.stderr)
        return 1
    json.dump(translated, sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
