# verdict: wrong
# misconception: passes the visible example but not the hidden checks: checks only one end of two ranges: driver_age >= 18 (no upper bound 99) and bonus_malus <= 22 (no lower bound 0), so a 120-year-old driver or a bonus-malus of -3 passes
# feedback: accepted a book
# score: 2
%%writefile pricing/validation.py
import pandas as pd


class PolicyValidationError(ValueError):
    pass


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for column in ["id", "exposure", "driver_age", "bonus_malus", "power", "region"]:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
        elif policies[column].isna().any():
            problems.append(f"{column}: {policies[column].isna().sum()} missing values")
    present = set(policies.columns)
    if "id" in present and policies["id"].dropna().duplicated().any():
        problems.append(f"id: {policies['id'].dropna().duplicated().sum()} duplicated ids")
    rules = {
        "exposure": (lambda s: (s > 0) & (s <= 1), "outside (0, 1]"),
        "driver_age": (lambda s: s >= 18, "below 18"),            # drivers must be adults
        "bonus_malus": (lambda s: s <= 22, "above 22"),           # the top of the scale
        "power": (lambda s: s > 0, "not > 0 kW"),
    }
    for column, (ok, what) in rules.items():
        if column not in present:
            continue
        values = policies[column]
        if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: expected numbers, found dtype {values.dtype}")
            continue
        bad = int((~ok(values.dropna())).sum())
        if bad:
            problems.append(f"{column}: {bad} values {what}")
    if "region" in present:
        unknown = ~policies["region"].dropna().astype(str).isin(["urban", "suburban", "rural"])
        if unknown.any():
            problems.append(f"region: {unknown.sum()} values not urban/suburban/rural")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
