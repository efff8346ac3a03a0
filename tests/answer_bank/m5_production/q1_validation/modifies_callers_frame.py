# verdict: wrong
# misconception: modifies the caller's frame: normalises the region column in place (astype(str).str.lower()) before checking it
# feedback: modified the caller's frame
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
        elif policies[column].isna().any():
            problems.append(f"{column}: {policies[column].isna().sum()} missing values")
    if "region" in policies.columns:
        policies["region"] = policies["region"].astype(str).str.strip().str.lower()
        unknown = ~policies["region"].isin(["urban", "suburban", "rural", "nan", "none"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} unknown regions")
    for column, (low, high, low_closed) in RANGES.items():
        if column not in policies.columns:
            continue
        values = policies[column].dropna()
        if not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: not numeric")
            continue
        inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
        if not inside.all():
            problems.append(f"{column}: {(~inside).sum()} values outside the range")
    if "id" in policies.columns and policies["id"].duplicated().any():
        problems.append(f"id: {policies['id'].duplicated().sum()} duplicated ids")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
