# verdict: wrong
# misconception: never checks that the columns exist: a book without power dies with pandas' KeyError 'power' instead of a PolicyValidationError naming it
# feedback: raised KeyError
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
        n_missing = int(policies[column].isna().sum())
        if n_missing:
            problems.append(f"{column}: {n_missing} missing values")
    n_dup = int(policies["id"].dropna().duplicated().sum())
    if n_dup:
        problems.append(f"id: {n_dup} duplicated ids")
    for column, (low, high, low_closed) in RANGES.items():
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: expected numbers, found {values.dtype}")
            continue
        values = values.dropna()
        inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
        if not inside.all():
            problems.append(f"{column}: {(~inside).sum()} values outside the allowed range")
    regions = policies["region"].dropna().astype(str)
    unknown = ~regions.isin(["urban", "suburban", "rural"])
    if unknown.any():
        problems.append(f"region: {unknown.sum()} unknown values")
    if problems:
        raise PolicyValidationError("\n".join(problems))
    return policies
