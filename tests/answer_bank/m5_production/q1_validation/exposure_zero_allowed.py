# verdict: wrong
# misconception: lets an exposure of 0 through: checks exposure in [0, 1] (between) instead of (0, 1], and power >= 0 — a policy that was never in force divides the claims by zero
# feedback: exposure of exactly 0
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


RANGES = {"exposure": (0, 1), "driver_age": (18, 99), "bonus_malus": (0, 22), "power": (0, 1e9)}
REGIONS = ["urban", "suburban", "rural"]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for column in ["id", *RANGES, "region"]:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
            continue
        values = policies[column]
        if values.isna().any():
            problems.append(f"{column}: {values.isna().sum()} missing values")
        values = values.dropna()
        if column == "id":
            if values.duplicated().any():
                problems.append(f"id: {values.duplicated().sum()} duplicated ids")
        elif column == "region":
            unknown = ~values.astype(str).isin(REGIONS)
            if unknown.any():
                problems.append(f"region: {unknown.sum()} values not in {REGIONS}")
        elif not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: not numeric ({values.dtype})")
        else:
            low, high = RANGES[column]
            outside = ~values.between(low, high)
            if outside.any():
                problems.append(f"{column}: {outside.sum()} values outside [{low}, {high}]")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
