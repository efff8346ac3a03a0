# verdict: correct
# misconception: another structure: a dict from command name to handler, the heavy modules (model, persistence) imported inside the handlers so refusals answer fast, FileNotFoundError/KeyError turned into one exception type, errors written with sys.stderr.write and the code returned by main
%%writefile pricing/cli.py
"""Train and price from the shell. Usage: python -m pricing.cli {train,price} ..."""

import argparse
import json
import sys
from pathlib import Path

import pandas as pd


class UserError(Exception):
    pass


def _read(path_text):
    path = Path(path_text)
    if not path.exists():
        raise UserError(f"cannot find {path_text}")
    from pricing.validation import PolicyValidationError, validate_policies
    frame = pd.read_csv(path)
    try:
        return validate_policies(frame)
    except PolicyValidationError as problem:
        raise UserError(f"{path_text} refused: {' '.join(str(problem).split())}") from problem


def do_train(args):
    policies = _read(args.policies)
    for needed in ("nclaims", "amount"):
        if needed not in policies.columns:
            raise UserError(f"{args.policies} has no '{needed}' column, so there is nothing to learn from")
    from pricing.model import train
    from pricing.persistence import save_model
    save_model(train(policies), Path(args.model), policies)
    meta_file = Path(args.model) / "metadata.json"
    meta = json.loads(meta_file.read_text())
    meta["severity"] = float(policies["amount"].sum()) / float(policies["nclaims"].sum())
    meta_file.write_text(json.dumps(meta))


def do_price(args):
    if not (Path(args.model) / "metadata.json").exists():
        raise UserError(f"no model saved in {args.model}")
    policies = _read(args.policies)
    from pricing.model import predict_claims
    from pricing.persistence import load_model
    from pricing.tariff import premiums
    severity = json.loads((Path(args.model) / "metadata.json").read_text())["severity"]
    claims = predict_claims(load_model(Path(args.model)), policies)
    out = pd.DataFrame({"id": policies["id"].to_numpy(), "expected_claims": claims,
                        "premium": premiums(claims, severity=severity)})
    out.to_csv(args.out, index=False)


HANDLERS = {"train": do_train, "price": do_price}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="pricing.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train")
    t.add_argument("--policies", required=True)
    t.add_argument("--model", required=True)
    p = sub.add_parser("price")
    p.add_argument("--policies", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    try:
        HANDLERS[args.command](args)
    except UserError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
