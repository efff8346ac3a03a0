# verdict: correct
# misconception: plain Python: one pass over the rows with itertuples, each value checked by a small function per column (math.isnan for gaps, isinstance for numbers), problems counted per column in a dict, one error listing the columns with their counts
%%writefile pricing/validation.py
"""Row-by-row validation, the way a reviewer reads a spreadsheet."""

import math
import numbers


class PolicyValidationError(ValueError):
    """Raised with every column that breaks the schema."""


def _number(value):
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _gap(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


RULES = {
    "exposure": lambda v: _number(v) and 0 < v <= 1,
    "driver_age": lambda v: _number(v) and 18 <= v <= 99,
    "bonus_malus": lambda v: _number(v) and 0 <= v <= 22,
    "power": lambda v: _number(v) and v > 0,
    "car_age": lambda v: _number(v) and v >= 0,
    "mileage": lambda v: _gap(v) or (_number(v) and v > 0),
    "region": lambda v: str(v) in ("urban", "suburban", "rural"),
    "fuel": lambda v: str(v) in ("petrol", "diesel"),
}


def validate_policies(policies):
    counts = {}
    for column in ["id", *RULES]:
        if column not in policies.columns:
            counts[column] = "column missing"
    seen = set()
    if "id" in policies.columns:
        for value in policies["id"]:
            if _gap(value) or value in seen:
                counts["id"] = counts.get("id", 0) + 1
            seen.add(value)
    present = [c for c in RULES if c in policies.columns]
    for row in policies[present].itertuples(index=False):
        for column, value in zip(present, row):
            if (_gap(value) and column != "mileage") or not RULES[column](value):
                counts[column] = counts.get(column, 0) + 1
    if counts:
        listed = ", ".join(f"{column} ({n} bad)" if isinstance(n, int) else f"{column} ({n})"
                           for column, n in counts.items())
        raise PolicyValidationError(f"cannot price these policies: {listed}")
    return policies
