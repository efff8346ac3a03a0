# verdict: wrong
# misconception: swallows the errors: collects every problem but only warnings.warn()s them and returns the book, so a bad book is priced anyway
# feedback: accepted a book with two negative exposures
# score: 0
%%writefile pricing/validation.py
import warnings

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
        if column in policies.columns and pd.api.types.is_numeric_dtype(policies[column]):
            values = policies[column].dropna()
            inside = ((values >= low) if low_closed else (values > low)) & (values <= high)
            if not inside.all():
                problems.append(f"{column}: {(~inside).sum()} values outside the range")
    if problems:
        warnings.warn(PolicyValidationError("; ".join(problems)).args[0])
    return policies
