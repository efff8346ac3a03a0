# verdict: wrong
# misconception: drops the rows that break the schema and returns the rest, refusing only a book with nothing left to price
# feedback: filled or dropped data silently
# score: 0
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    columns = ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]
    missing = [c for c in columns if c not in policies.columns]
    if missing:
        raise PolicyValidationError(f"missing columns: {', '.join(missing)}")
    numbers = {c: pd.to_numeric(policies[c], errors="coerce") for c in ["exposure", "driver_age", "bonus_malus", "power"]}
    keep = (
        (numbers["exposure"] > 0) & (numbers["exposure"] <= 1)
        & numbers["driver_age"].between(18, 99)
        & numbers["bonus_malus"].between(0, 22)
        & (numbers["power"] > 0)
        & policies["region"].astype(str).isin(["urban", "suburban", "rural"])
        & ~policies["id"].duplicated()
        & policies[columns].notna().all(axis=1)
    )
    if not keep.any():
        raise PolicyValidationError("no valid policy in the book")
    return policies[keep]
