# verdict: wrong
# misconception: checks missing values in EVERY column (policies.isna().sum() over the whole frame), so the valid book is refused for its mileage, missing by design
# feedback: is valid, but validate_policies refused it
# score: 0
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


RANGES = {"exposure": (0, 1, False), "driver_age": (18, 99, True), "bonus_malus": (0, 22, True),
          "power": (0, float("inf"), False)}


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for column in ["id", *RANGES, "region"]:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
    missing = policies.isna().sum()
    for column, count in missing[missing > 0].items():
        problems.append(f"{column}: {count} missing values")
    for column, (low, high, low_closed) in RANGES.items():
        if column not in policies.columns:
            continue
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: expected numbers, found {values.dtype}")
            continue
        values = values.dropna()
        inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
        if not inside.all():
            problems.append(f"{column}: {(~inside).sum()} values outside the allowed range")
    if "id" in policies.columns and policies["id"].duplicated().any():
        problems.append(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    if "region" in policies.columns:
        unknown = ~policies["region"].dropna().astype(str).isin(["urban", "suburban", "rural"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} unknown values")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
