# verdict: wrong
# misconception: treats every missing value as an error, mileage included: TRAIN itself is refused, though an undeclared mileage is normal and carries signal (module 3 lesson 4)
# feedback: missing mileages
# score: 0
%%writefile pricing/validation.py
"""Check a book of policies against the pricing schema before it is priced."""

import pandas as pd


class PolicyValidationError(ValueError):
    """The policies break the schema; the message lists every problem."""


RANGES = {"exposure": (0.0, 1.0, False), "driver_age": (18.0, 99.0, True), "bonus_malus": (0.0, 22.0, True),
          "power": (0.0, float("inf"), False), "car_age": (0.0, float("inf"), True),
          "mileage": (0.0, float("inf"), False)}
CATEGORIES = {"region": {"urban", "suburban", "rural"}, "fuel": {"petrol", "diesel"}}
REQUIRED = ["id", *RANGES, *CATEGORIES]


def validate_policies(policies: pd.DataFrame) -> pd.DataFrame:
    problems = []
    for column in REQUIRED:
        if column not in policies.columns:
            problems.append(f"{column}: missing column")
            continue
        values = policies[column]
        if values.isna().any():                                   # no missing values, anywhere
            problems.append(f"{column}: {int(values.isna().sum())} missing values")
            continue
        if column == "id":
            if values.duplicated().any():
                problems.append("id: duplicated ids")
        elif column in CATEGORIES:
            unknown = set(values.astype(str)) - CATEGORIES[column]
            if unknown:
                problems.append(f"{column}: unknown values {sorted(unknown)}")
        elif not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: not numeric")
        else:
            low, high, closed = RANGES[column]
            inside = ((values >= low) if closed else (values > low)) & (values <= high)
            if not inside.all():
                problems.append(f"{column}: {int((~inside).sum())} values out of range")
    if problems:
        raise PolicyValidationError("; ".join(problems))
    return policies
