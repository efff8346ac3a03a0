# verdict: wrong
# misconception: no missing-value check: the range test flags values below or above the bounds, and NaN compares False with both, so a missing exposure or age passes
# feedback: accepted a book with a missing exposure
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


# (lowest, highest, lowest allowed?)
RANGES = {"exposure": (0, 1, False), "driver_age": (18, 99, True), "bonus_malus": (0, 22, True),
          "power": (0, float("inf"), False)}


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for column in ["id", *RANGES, "region"]:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
    if "id" in policies.columns and policies["id"].duplicated().any():
        problems.append(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    for column, (low, high, low_closed) in RANGES.items():
        if column not in policies.columns:
            continue
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: not numeric ({values.dtype})")
            continue
        too_low = values < low if low_closed else values <= low
        bad = int((too_low | (values > high)).sum())
        if bad:
            problems.append(f"{column}: {bad} values outside the range")
    if "region" in policies.columns:
        regions = policies["region"]
        unknown = regions.notna() & ~regions.isin(["urban", "suburban", "rural"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} unknown regions")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
