# verdict: wrong
# misconception: hard-coded to the visible example: the severity written to metadata.json is TRAIN's mean claim size (1993.26 EUR, computed once in the notebook), not the mean claim size of the book being trained on
# feedback: the TRAINING book's amount.sum()
# score: 4
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
from pricing.validation import PolicyValidationError, validate_policies

SEVERITY = 1993.26   # TRAIN["amount"].sum() / TRAIN["nclaims"].sum()


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
    try:
        if not args.policies.is_file():
            raise FileNotFoundError(f"no such file: {args.policies}")
        policies = validate_policies(pd.read_csv(args.policies))
        if args.command == "train":
            if "nclaims" not in policies or "amount" not in policies:
                raise ValueError(f"{args.policies} has no nclaims/amount columns: training needs the claims")
            save_model(train(policies), args.model, policies)
            metadata = json.loads((args.model / "metadata.json").read_text())
            metadata["severity"] = SEVERITY
            (args.model / "metadata.json").write_text(json.dumps(metadata))
        else:
            if not (args.model / "metadata.json").is_file():
                raise FileNotFoundError(f"no saved model in {args.model}")
            severity = json.loads((args.model / "metadata.json").read_text())["severity"]
            expected = predict_claims(load_model(args.model), policies)
            pd.DataFrame({"id": policies["id"], "expected_claims": expected,
                          "premium": premiums(expected, severity=severity)}).to_csv(args.out, index=False)
    except (OSError, ValueError, PolicyValidationError) as problem:
        print(f"error: {problem}".replace("\n", " "), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
