# verdict: wrong
# misconception: fail-fast: raises at the first problem it finds, so a book with three broken columns reports only one
# feedback: not only the first one found
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


RANGES = {"exposure": (0, 1), "driver_age": (18, 99), "bonus_malus": (0, 22), "power": (0, float("inf"))}


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    for column in ["id", *RANGES, "region"]:
        if column not in policies.columns:
            raise PolicyValidationError(f"{column}: missing column")
        n_missing = int(policies[column].isna().sum())
        if n_missing:
            raise PolicyValidationError(f"{column}: {n_missing} missing values")
    if policies["id"].duplicated().any():
        raise PolicyValidationError(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    for column, (low, high) in RANGES.items():
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            raise PolicyValidationError(f"{column}: expected numbers, found {values.dtype}")
        if column in ("exposure", "power"):
            bad = ~((values > low) & (values <= high))
        else:
            bad = ~values.between(low, high)
        if bad.any():
            raise PolicyValidationError(f"{column}: {bad.sum()} values outside the allowed range")
    unknown = ~policies["region"].astype(str).isin(["urban", "suburban", "rural"])
    if unknown.any():
        raise PolicyValidationError(f"region: {unknown.sum()} unknown values")
    return policies
