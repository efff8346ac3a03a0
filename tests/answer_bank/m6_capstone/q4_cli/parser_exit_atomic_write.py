# verdict: correct
# misconception: another structure: one function per command registered with set_defaults(handler=...), every check done before any work, refusals through parser.exit(2, "error: ...\n"), the premiums written to a temporary file in the target folder and moved into place with os.replace
%%writefile pricing/cli.py
"""python -m pricing.cli train|price — the frequency model from the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

from pricing.model import predict_claims, train
from pricing.persistence import load_model, save_model
from pricing.tariff import premiums
from pricing.validation import PolicyValidationError, validate_policies


class Refusal(Exception):
    pass


def _policies(path: str) -> pd.DataFrame:
    if not os.path.isfile(path):
        raise Refusal(f"policies file not found: {path}")
    try:
        return validate_policies(pd.read_csv(path))
    except PolicyValidationError as error:
        raise Refusal(f"{path} was refused: " + " ".join(str(error).split())) from error
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise Refusal(f"{path} is not a readable CSV ({error})") from error


def command_train(args: argparse.Namespace) -> None:
    policies = _policies(args.policies)
    for column in ("nclaims", "amount"):
        if column not in policies.columns:
            raise Refusal(f"{args.policies} lacks the claims column {column!r}: cannot train without claims")
    model = train(policies)
    save_model(model, args.model, policies)
    metadata_file = Path(args.model) / "metadata.json"
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    metadata["severity"] = float(policies["amount"].sum()) / float(policies["nclaims"].sum())
    metadata_file.write_text(json.dumps(metadata, indent=2), encoding="utf-8")


def command_price(args: argparse.Namespace) -> None:
    metadata_file = Path(args.model) / "metadata.json"
    if not metadata_file.is_file():
        raise Refusal(f"model folder {args.model} holds no saved model")
    policies = _policies(args.policies)
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    if "severity" not in metadata:
        raise Refusal(f"{metadata_file} has no severity: retrain with `python -m pricing.cli train`")
    claims = predict_claims(load_model(args.model), policies)
    table = pd.DataFrame({"id": policies["id"].to_numpy(), "expected_claims": claims,
                          "premium": premiums(claims, severity=metadata["severity"])})
    out = Path(args.out)
    handle, temporary = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", suffix=".csv.part")
    os.close(handle)
    try:
        table.to_csv(temporary, index=False)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pricing.cli")
    sub = parser.add_subparsers(required=True)
    t = sub.add_parser("train", help="fit and save the frequency model")
    t.add_argument("--policies", required=True)
    t.add_argument("--model", required=True)
    t.set_defaults(handler=command_train)
    p = sub.add_parser("price", help="price policies with a saved model")
    p.add_argument("--policies", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(handler=command_price)
    args = parser.parse_args(argv)
    try:
        args.handler(args)
    except Refusal as refusal:
        parser.exit(2, f"error: {refusal}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
