# verdict: wrong
# misconception: compares regions case-insensitively (str.lower() on a copy), so 'Urban' is accepted — and then matches no tariff cell downstream
# feedback: 'Urban'
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
        regions = policies["region"].dropna().astype(str).str.strip().str.lower()
        unknown = ~regions.isin(["urban", "suburban", "rural"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} unknown values")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
