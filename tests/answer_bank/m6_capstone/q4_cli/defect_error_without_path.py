# verdict: wrong
# misconception: defect q4 (the statement asked only for a line "naming the problem", the test wanted the path): for a file or model folder that does not exist the error line names the problem but not WHICH path ("error: the policies file does not exist"); the statement now says the message must contain the path as given on the command line
# feedback: its path as given
# score: 4
%%writefile pricing/cli.py
"""Command line: train the frequency model on a CSV, price a CSV of policies."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from pricing.model import predict_claims, train
from pricing.persistence import load_model, save_model
from pricing.tariff import premiums
from pricing.validation import PolicyValidationError, validate_policies



class Refused(Exception):
    """Input the command cannot work with; the message tells the user what to fix."""


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process's exit code (2: the input was refused)."""
    parser = argparse.ArgumentParser(prog="python -m pricing.cli", description="Train and price motor policies.")
    commands = parser.add_subparsers(dest="command", required=True)
    training = commands.add_parser("train", help="train the frequency model on policies with their claims")
    training.add_argument("--policies", type=Path, required=True, help="CSV of policies with nclaims and amount")
    training.add_argument("--model", type=Path, required=True, help="folder to save the model in")
    pricing = commands.add_parser("price", help="price a CSV of policies with a saved model")
    pricing.add_argument("--policies", type=Path, required=True, help="CSV of policies to price")
    pricing.add_argument("--model", type=Path, required=True, help="folder of a model saved by `train`")
    pricing.add_argument("--out", type=Path, required=True, help="CSV to write: id, expected_claims, premium")
    args = parser.parse_args(argv)
    try:
        if args.command == "train":
            run_train(args.policies, args.model)
        else:
            run_price(args.policies, args.model, args.out)
    except (Refused, PolicyValidationError) as problem:
        print(f"error: {problem}".replace("\n", " "), file=sys.stderr)
        return 2
    return 0


def read_policies(path: Path) -> pd.DataFrame:
    """Read and validate a CSV of policies."""
    if not path.is_file():
        raise Refused("the policies file does not exist")
    return validate_policies(pd.read_csv(path))


def run_train(policies_path: Path, model_dir: Path) -> None:
    """Train on a CSV and save the model with its metadata and the book's mean claim size."""
    policies = read_policies(policies_path)
    lacking = [c for c in ("nclaims", "amount") if c not in policies.columns]
    if lacking:
        raise Refused(f"{policies_path} has no {' or '.join(lacking)} column: training needs the claims")
    save_model(train(policies), model_dir, policies)
    metadata_path = model_dir / "metadata.json"
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    metadata["severity"] = float(policies["amount"].sum() / policies["nclaims"].sum())
    metadata_path.write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    print(f"trained on {len(policies)} policies; model saved in {model_dir}")


def run_price(policies_path: Path, model_dir: Path, out: Path) -> None:
    """Price a CSV with a saved model and write id, expected_claims, premium."""
    metadata_path = model_dir / "metadata.json"
    if not metadata_path.is_file():
        raise Refused("the model folder holds no saved model: run `train` first")
    policies = read_policies(policies_path)
    severity = json.loads(metadata_path.read_text(encoding="utf-8"))["severity"]
    expected = predict_claims(load_model(model_dir), policies)
    priced = pd.DataFrame({"id": policies["id"], "expected_claims": expected,
                           "premium": premiums(expected, severity=severity)})
    priced.to_csv(out, index=False)
    print(f"priced {len(priced)} policies into {out}: {priced['premium'].sum():,.0f} EUR in all")


if __name__ == "__main__":
    sys.exit(main())
