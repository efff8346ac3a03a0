# verdict: wrong
# misconception: --out is an argparse.FileType("w"): the output file is created when the arguments are parsed, before the policies are validated or the model is found, so a refused run leaves an empty premiums file behind
# feedback: no output file may be written
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
from pricing.validation import PolicyValidationError, validate_policies


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m pricing.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    training = commands.add_parser("train")
    training.add_argument("--policies", type=Path, required=True)
    training.add_argument("--model", type=Path, required=True)
    pricing = commands.add_parser("price")
    pricing.add_argument("--policies", type=Path, required=True)
    pricing.add_argument("--model", type=Path, required=True)
    pricing.add_argument("--out", type=argparse.FileType("w"), required=True)
    args = parser.parse_args(argv)
    try:
        policies = validate_policies(pd.read_csv(args.policies))
        if args.command == "train":
            if not {"nclaims", "amount"} <= set(policies.columns):
                raise ValueError("the training file needs the claims: nclaims and amount")
            save_model(train(policies), args.model, policies)
            metadata = json.loads((args.model / "metadata.json").read_text())
            metadata["severity"] = float(policies["amount"].sum() / policies["nclaims"].sum())
            (args.model / "metadata.json").write_text(json.dumps(metadata))
        else:
            if not args.model.is_dir():
                raise FileNotFoundError(f"model folder {args.model} does not exist")
            severity = json.loads((args.model / "metadata.json").read_text())["severity"]
            expected = predict_claims(load_model(args.model), policies)
            priced = pd.DataFrame({"id": policies["id"], "expected_claims": expected,
                                   "premium": premiums(expected, severity=severity)})
            with args.out:
                priced.to_csv(args.out, index=False)
    except (OSError, ValueError, KeyError, PolicyValidationError) as problem:
        print(f"error: {problem}".replace("\n", " "), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
