# verdict: wrong
# misconception: no error handling: a refused CSV, a missing file or model folder raises out of main, so the underwriter sees a Python traceback and exit code 1
# feedback: traceback
# score: 2
%%writefile pricing/cli.py
"""Command line: train the frequency model on a CSV, price a CSV of policies."""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from pricing.model import predict_claims, train
from pricing.persistence import load_model, save_model
from pricing.tariff import premiums
from pricing.validation import validate_policies


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m pricing.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    training = commands.add_parser("train")
    training.add_argument("--policies", type=Path, required=True)
    training.add_argument("--model", type=Path, required=True)
    pricing = commands.add_parser("price")
    pricing.add_argument("--policies", type=Path, required=True)
    pricing.add_argument("--model", type=Path, required=True)
    pricing.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    policies = validate_policies(pd.read_csv(args.policies))
    if args.command == "train":
        save_model(train(policies), args.model, policies)
        metadata_path = args.model / "metadata.json"
        metadata = json.loads(metadata_path.read_text())
        metadata["severity"] = float(policies["amount"].sum() / policies["nclaims"].sum())
        metadata_path.write_text(json.dumps(metadata))
    else:
        model = load_model(args.model)
        severity = json.loads((args.model / "metadata.json").read_text())["severity"]
        expected = predict_claims(model, policies)
        pd.DataFrame({"id": policies["id"], "expected_claims": expected,
                      "premium": premiums(expected, severity=severity)}).to_csv(args.out, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
