# verdict: wrong
# misconception: passes the visible example (live.csv comes sorted by id): sorts the priced policies by id before writing ("a tidy file"): right when the input came sorted, but the output no longer follows the input's rows
# feedback: follow the input's order
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


def read(path):
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path} does not exist")
    return validate_policies(pd.read_csv(path))


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
        if args.command == "train":
            policies = read(args.policies)
            if "nclaims" not in policies.columns or "amount" not in policies.columns:
                raise ValueError("training needs the claims: nclaims and amount columns")
            save_model(train(policies), args.model, policies)
            metadata = json.loads((args.model / "metadata.json").read_text())
            metadata["severity"] = float(policies["amount"].sum() / policies["nclaims"].sum())
            (args.model / "metadata.json").write_text(json.dumps(metadata))
        else:
            if not (args.model / "metadata.json").exists():
                raise FileNotFoundError(f"no model in {args.model}")
            policies = read(args.policies)
            severity = json.loads((args.model / "metadata.json").read_text())["severity"]
            expected = predict_claims(load_model(args.model), policies)
            priced = pd.DataFrame({"id": policies["id"], "expected_claims": expected,
                                   "premium": premiums(expected, severity=severity)})
            priced.sort_values("id").to_csv(args.out, index=False)
    except (OSError, ValueError, PolicyValidationError) as problem:
        print(f"error: {problem}".replace("\n", " "), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
