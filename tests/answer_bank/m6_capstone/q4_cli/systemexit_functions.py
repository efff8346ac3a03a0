# verdict: correct
# misconception: no custom exception: a helper fail(message) that prints "error: ..." and raises SystemExit(2), called wherever a check fails; argparse arguments typed as Path; the validator's multi-line message flattened with " | "; output built with DataFrame.assign and written last
%%writefile pricing/cli.py
import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from pricing.model import predict_claims, train
from pricing.persistence import load_model, save_model
from pricing.tariff import premiums
from pricing.validation import PolicyValidationError, validate_policies


def fail(message):
    print("error: " + message, file=sys.stderr)
    raise SystemExit(2)


def load_policies(csv):
    if not csv.is_file():
        fail(f"the file {csv} does not exist")
    try:
        return validate_policies(pd.read_csv(csv))
    except PolicyValidationError as err:
        fail(f"{csv} cannot be priced: " + " | ".join(line.strip() for line in str(err).splitlines()))


def main(argv=None):
    ap = argparse.ArgumentParser(description="frequency model from the command line")
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("train")
    a.add_argument("--policies", type=Path, required=True)
    a.add_argument("--model", type=Path, required=True)
    b = sub.add_parser("price")
    b.add_argument("--policies", type=Path, required=True)
    b.add_argument("--model", type=Path, required=True)
    b.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "train":
        book = load_policies(args.policies)
        missing = [c for c in ("nclaims", "amount") if c not in book]
        if missing:
            fail(f"{args.policies} lacks {', '.join(missing)}: a training file needs the claims")
        save_model(train(book), args.model, book)
        meta = json.loads((args.model / "metadata.json").read_text())
        meta["severity"] = book["amount"].sum() / book["nclaims"].sum()
        (args.model / "metadata.json").write_text(json.dumps(meta, indent=2))
        print(f"model saved to {args.model}")
    else:
        if not (args.model / "metadata.json").is_file():
            fail(f"there is no trained model in {args.model}")
        book = load_policies(args.policies)
        severity = json.loads((args.model / "metadata.json").read_text())["severity"]
        result = book[["id"]].assign(expected_claims=predict_claims(load_model(args.model), book))
        result = result.assign(premium=premiums(result["expected_claims"].to_numpy(), severity=severity))
        result.to_csv(args.out, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
