# verdict: wrong
# misconception: passes the visible example (every column is there): checks each rule with policies[column] straight away, so a book WITHOUT a column raises KeyError instead of a PolicyValidationError naming it
# feedback: raise PolicyValidationError naming the column
# score: 0
%%writefile pricing/validation.py
"""Validate a book of policies before pricing it."""

import pandas as pd


class PolicyValidationError(ValueError):
    pass


RANGES = {"exposure": (0, 1, False), "driver_age": (18, 99, True), "bonus_malus": (0, 22, True),
          "power": (0, None, False), "car_age": (0, None, True), "mileage": (0, None, False)}
LEVELS = {"region": {"urban", "suburban", "rural"}, "fuel": {"petrol", "diesel"}}


def validate_policies(policies):
    problems = []
    ids = policies["id"]
    if ids.isna().any() or ids.duplicated().any():
        problems.append("id: missing or duplicated")
    for column, (low, high, closed) in RANGES.items():
        values = policies[column]
        if not pd.api.types.is_numeric_dtype(values):
            problems.append(f"{column}: not numeric")
            continue
        if column != "mileage" and values.isna().any():
            problems.append(f"{column}: missing values")
        present = values.dropna()
        bad = (present < low) if closed else (present <= low)
        if high is not None:
            bad |= present > high
        if bad.any():
            problems.append(f"{column}: {int(bad.sum())} out of range")
    for column, levels in LEVELS.items():
        if not policies[column].astype(str).isin(levels).all():
            problems.append(f"{column}: unknown level")
    if problems:
        raise PolicyValidationError("; ".join(problems))
    return policies
