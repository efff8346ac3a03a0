# verdict: wrong
# misconception: converts before checking: pd.to_numeric(errors="coerce") on a copy, so a driver_age column of text ('34') is judged as numbers and accepted
# feedback: driver_age column is text
# score: 2
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
        elif policies[column].isna().any():
            problems.append(f"{column}: {policies[column].isna().sum()} missing values")
    for column, (low, high, low_closed) in RANGES.items():
        if column not in policies.columns:
            continue
        values = pd.to_numeric(policies[column], errors="coerce")   # "34" -> 34.0
        unreadable = values.isna() & policies[column].notna()
        if unreadable.any():
            problems.append(f"{column}: {unreadable.sum()} values that are not numbers")
        values = values.dropna()
        inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
        if not inside.all():
            problems.append(f"{column}: {(~inside).sum()} values outside the range")
    if "id" in policies.columns and policies["id"].duplicated().any():
        problems.append(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    if "region" in policies.columns:
        unknown = policies["region"].notna() & ~policies["region"].astype(str).isin(["urban", "suburban", "rural"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} unknown regions")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
